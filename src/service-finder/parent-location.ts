/**
 * `ParentLocation`: where the parent is, for "near me". A postcode they type (its district
 * first; with the site's geocoder, nearest first with distances) or their device's position
 * (nearest first). This controller holds what the form shows and the results are ordered by;
 * the work of reading a postcode or a position, and of asking the site's geocoder, is the
 * "near me" chunk's (near-me.ts), fetched when the parent first goes to the postcode box.
 *
 * Named for the parent, not `Location`, which is the DOM's `window.location` type and the
 * feed's `Location` (a venue).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyChunk } from '../internal/lazy-chunk.js';
import type { LatLng, PlacedService } from './distance.js';
import type { Service } from '../data/feed-schema.js';

type NearMe = typeof import('./near-me.js');

export interface ParentLocationOptions {
  /** Fetches near-me.ts. */
  load: () => Promise<NearMe>;
  /** The site's postcode look-up URL template (the `geocoder` attribute), if any. */
  geocoder: () => string | undefined;
  /**
   * The order of the results changed for a new place (a postcode applied, refused or
   * cleared; the device's position): show `page` (1 unless the address asked for another) and
   * save the place in the address. `refused` when a postcode given with Search was not one:
   * the box gets the focus. Without `page`: the postcode turned out unknown to the geocoder
   * and no longer orders the results.
   */
  moved: (change: { page?: number; refused?: boolean; located?: boolean }) => void;
}

/** Where the parent is: what the "near me" chunk's work leaves for the form and the results. */
export interface PlaceState {
  /** What the postcode box holds. */
  text: string;
  /** The applied postcode (normalised), for the district order or a geocoded origin. */
  postcode?: string;
  origin?: LatLng;
  /** `here` for the device's location, else the postcode the origin was looked up from. */
  originFrom?: string;
  error?: 'invalid' | 'not-found';
  status?: 'locating' | 'failed';
  /** The geocoder's look-up under way: a newer postcode (or the parent's location) aborts it. */
  geocodeAbort?: AbortController;
}

/** What the "near me" chunk works on: the state, and whom to tell when it changes. */
export interface PlaceWork {
  readonly state: PlaceState;
  readonly host: ReactiveControllerHost;
  readonly options: ParentLocationOptions;
}

/** How the results are ordered: nearest a point first (`from`: `here` or the postcode), or the postcode's district first. */
export type Order = { nearest: string } | { district: string };

export class ParentLocation implements ReactiveController {
  readonly #state: PlaceState = { text: '' };
  /** The "near me" chunk failed to load for the last postcode or location. */
  #chunkFailed = false;
  /** The postcode waiting for the "near me" chunk; a newer one (or clearing it) replaces it. */
  #waiting?: { text: string; fromSubmit: boolean; page: number };
  readonly #nearMe: LazyChunk<NearMe>;

  readonly #host: ReactiveControllerHost;
  readonly #work: PlaceWork;

  constructor(host: ReactiveControllerHost, options: ParentLocationOptions) {
    this.#host = host;
    this.#work = { state: this.#state, host, options };
    this.#nearMe = new LazyChunk(options.load);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#state.geocodeAbort?.abort();
  }

  /** What the postcode box holds. */
  get text(): string {
    return this.#state.text;
  }

  set text(text: string) {
    this.#state.text = text;
  }

  /** The postcode for the address: the applied one, or one still waiting for "near me" (the parent's choice all the same). */
  get postcode(): string | undefined {
    return this.#state.postcode ?? this.#waiting?.text.trim();
  }

  /** The parent has given a place: a postcode in the box, or their location. */
  get given(): boolean {
    return !!this.text.trim() || !!this.#state.originFrom;
  }

  /** Why the postcode is not used: not a postcode, or one the geocoder does not know. */
  get error(): 'invalid' | 'not-found' | undefined {
    return this.#state.error;
  }

  /** What the parent should hear about finding them: `unavailable` when "near me" (its chunk) could not load. */
  get status(): 'unavailable' | 'locating' | 'failed' | undefined {
    return this.#chunkFailed ? 'unavailable' : this.#state.status;
  }

  /** How the results are ordered, if by place. */
  get order(): Order | undefined {
    const { origin, originFrom, postcode } = this.#state;
    if (origin) return { nearest: originFrom ?? '' };
    if (!postcode) return undefined;
    return { district: this.#nearMe.value?.parsePostcode(postcode, { allowOutward: true })?.district ?? postcode };
  }

  /** What a search's results depend on here (compare them to know whether to search again). */
  get key(): readonly unknown[] {
    return [this.#state.origin, this.#state.postcode];
  }

  /** Orders services near the parent; `undefined` when there is no place (name order). */
  get place(): ((services: readonly Service[]) => PlacedService[]) | undefined {
    return this.#nearMe.value?.placer(this.#state);
  }

  /** A parent in the postcode box will likely need "near me": fetched while they type. */
  prefetch = (): void => void this.#nearMe.load();

  /** What the postcode box holds, as the parent types. */
  input = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
  };

  /** The box lost focus with a new postcode in it. */
  changed = (): void => {
    if (this.text.trim() !== (this.#state.postcode ?? '')) this.apply(this.text, false);
  };

  /** The address's postcode, or none: a location from the device stays unless the address gives a postcode. */
  fromAddress(postcode: string | undefined, page: number): void {
    if (postcode) this.apply(postcode, false, page);
    else if (this.#state.originFrom !== 'here') this.apply('', false, page);
  }

  /** Applies a postcode (or clears it with ''); `page` is the results page to show after (the address's, or 1). */
  apply(text: string, fromSubmit: boolean, page = 1): void {
    this.#state.geocodeAbort?.abort();
    const nearMe = this.#nearMe.value;
    const earlier = this.#waiting;
    this.#waiting = undefined;
    this.#chunkFailed = false;
    if (nearMe) {
      nearMe.applyPostcode(this.#work, text, fromSubmit, page);
    } else if (text.trim()) {
      // Postcodes are read by the "near me" chunk: fetch it, then apply the latest one asked for.
      // The same postcode asked twice (the box's change, then Search) keeps the Search's focus move.
      const waiting = { text, fromSubmit: fromSubmit || (earlier?.text === text && earlier.fromSubmit), page };
      this.#waiting = waiting;
      this.text = text;
      void this.#nearMe.load().then((module) => {
        if (this.#waiting !== waiting) return;
        this.#chunkFailed = !module;
        if (module) this.apply(waiting.text, waiting.fromSubmit, waiting.page);
        else this.#host.requestUpdate();
      });
      this.#host.requestUpdate();
    } else {
      // Cleared before "near me" arrived: no postcode or position was ever applied, so none to clear.
      this.#work.options.moved({ page, refused: false });
      this.#host.requestUpdate();
    }
  }

  /** "Use my location": the device's position, once the parent allows it. */
  useDevice = (): void => {
    const geolocation = navigator.geolocation;
    const state = this.#state;
    if (state.status === 'locating') return;
    this.#chunkFailed = false;
    state.status = geolocation ? 'locating' : 'failed';
    this.#host.requestUpdate();
    // Fetched while the browser asks the parent's permission.
    if (geolocation) void this.#nearMe.load();
    geolocation?.getCurrentPosition(
      ({ coords }) =>
        void this.#nearMe.load().then((nearMe) => {
          this.#chunkFailed = !nearMe;
          if (nearMe) nearMe.placeHere(this.#work, coords);
          else state.status = undefined;
          this.#host.requestUpdate();
        }),
      () => {
        state.status = 'failed';
        this.#host.requestUpdate();
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };
}
