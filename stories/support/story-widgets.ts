/** Helpers the widget stories share. */

/** Waits (up to five seconds) for the widget `tag` in a story to show `ready`; returns its shadow root. */
export async function settledWidget(canvas: HTMLElement, tag: string, ready: string): Promise<ShadowRoot> {
  const el = canvas.querySelector(tag)!;
  for (let i = 0; i < 100; i++) {
    if (el.shadowRoot?.querySelector(ready)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return el.shadowRoot!;
}

/**
 * Makes the named lazy chunks fail, as when the connection drops after the widget loaded.
 * Returns the undo, for a story's `beforeEach`.
 */
export function failChunks<T extends object>(chunks: T, ...keys: (keyof T)[]): () => void {
  const real = { ...chunks };
  const failed = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  for (const key of keys) chunks[key] = failed as T[keyof T];
  return () => void Object.assign(chunks, real);
}

/**
 * Makes the named lazy chunks never arrive, as on a connection too slow to bring them yet.
 * Returns the undo, for a story's `beforeEach`.
 */
export function holdChunks<T extends object>(chunks: T, ...keys: (keyof T)[]): () => void {
  const real = { ...chunks };
  const held = () => new Promise<never>(() => undefined);
  for (const key of keys) chunks[key] = held as T[keyof T];
  return () => void Object.assign(chunks, real);
}
