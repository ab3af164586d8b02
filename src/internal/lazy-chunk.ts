/**
 * A code chunk fetched on first need and kept. A failed fetch is forgotten, so the next
 * need asks again (a parent's connection may have come back).
 */
export class LazyChunk<T> {
  /** The module, once it has arrived. */
  value?: T;
  #pending?: Promise<T | undefined>;

  readonly #fetch: () => Promise<T>;

  /** `fetch` is called each time a fetch starts, so a stand-in set later (tests) is used. */
  constructor(fetch: () => Promise<T>) {
    this.#fetch = fetch;
  }

  /** A fetch is under way. */
  get loading(): boolean {
    return !!this.#pending && !this.value;
  }

  /** The module, or `undefined` when this fetch failed. */
  load(): Promise<T | undefined> {
    this.#pending ??= this.#fetch().then(
      (module) => (this.value = module),
      () => {
        this.#pending = undefined;
        return undefined;
      },
    );
    return this.#pending;
  }
}
