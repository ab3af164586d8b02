/**
 * `ParentLocation`: where the parent is, for "near me". A postcode they type (its district
 * first; with the site's geocoder, nearest first with distances) or their device's position
 * (nearest first). Postcodes and coordinates are read by the "near me" chunk (near-me.ts),
 * fetched when the parent first goes to the postcode box; the geocoder (geocode.ts) is asked
 * only when the site opts in with one.
 *
 * Named for the parent, not `Location`, which is the DOM's `window.location` type and the
 * feed's `Location` (a venue).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyChunk } from '../internal/lazy-chunk.js';
import type { LatLng, PlacedService } from './distance.js';
import type { Service } from '../data/feed-schema.js';

type NearMe = typeof import('./near-me.js');

const GEOCODE_TIMEOUT = 10_000;

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
  moved: (change: { page?: number; refused?: boolean }) => void;
}

/** How the results are ordered: nearest a point first (`from`: `here` or the postcode), or the postcode's district first. */
export type Order = { nearest: string } | { district: string };

export class ParentLocation implements ReactiveController {
  /** What the postcode box holds. */
  text = '';
  /** The applied postcode (normalised), for the district order or a geocoded origin. */
  #postcode?: string;
  #origin?: LatLng;
  /** `here` for the device's location, else the postcode the origin was looked up from. */
  #originFrom?: string;
  #error?: 'invalid' | 'not-found';
  #status?: 'locating' | 'failed';
  /** The "near me" chunk failed to load for the last postcode or location. */
  #chunkFailed = false;
  /** The postcode waiting for the "near me" chunk; a newer one (or clearing it) replaces it. */
  #waiting?: { text: string; fromSubmit: boolean; page: number };
  #geocodeAbort?: AbortController;
  readonly #nearMe: LazyChunk<NearMe>;

  readonly #host: ReactiveControllerHost;
  readonly #options: ParentLocationOptions;

  constructor(host: ReactiveControllerHost, options: ParentLocationOptions) {
    this.#host = host;
    this.#options = options;
    this.#nearMe = new LazyChunk(options.load);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#geocodeAbort?.abort();
  }

  /** The postcode for the address: the applied one, or one still waiting for "near me" (the parent's choice all the same). */
  get postcode(): string | undefined {
    return this.#postcode ?? this.#waiting?.text.trim();
  }

  /** The parent has given a place: a postcode in the box, or their location. */
  get given(): boolean {
    return !!this.text.trim() || !!this.#originFrom;
  }

  /** Why the postcode is not used: not a postcode, or one the geocoder does not know. */
  get error(): 'invalid' | 'not-found' | undefined {
    return this.#error;
  }

  /** What the parent should hear about finding them: `offline` when "near me" could not load. */
  get status(): 'offline' | 'locating' | 'failed' | undefined {
    return this.#chunkFailed ? 'offline' : this.#status;
  }

  /** How the results are ordered, if by place. */
  get order(): Order | undefined {
    if (this.#origin) return { nearest: this.#originFrom ?? '' };
    if (!this.#postcode) return undefined;
    return { district: this.#nearMe.value?.parsePostcode(this.#postcode, { allowOutward: true })?.district ?? this.#postcode };
  }

  /** What a search's results depend on here (compare them to know whether to search again). */
  get key(): readonly unknown[] {
    return [this.#origin, this.#postcode];
  }

  /** Orders services near the parent; `undefined` when there is no place (name order). */
  get place(): ((services: readonly Service[]) => PlacedService[]) | undefined {
    return this.#nearMe.value?.placer({ origin: this.#origin, postcode: this.#postcode });
  }

  /** A parent in the postcode box will likely need "near me": fetched while they type. */
  prefetch = (): void => void this.#nearMe.load();

  /** What the postcode box holds, as the parent types. */
  input = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
  };

  /** The box lost focus with a new postcode in it. */
  changed = (): void => {
    if (this.text.trim() !== (this.#postcode ?? '')) this.apply(this.text, false);
  };

  /** The address's postcode, or none: a location from the device stays unless the address gives a postcode. */
  fromAddress(postcode: string | undefined, page: number): void {
    if (postcode) this.apply(postcode, false, page);
    else if (this.#originFrom !== 'here') this.apply('', false, page);
  }

  /** Applies a postcode (or clears it with ''); `page` is the results page to show after (the address's, or 1). */
  apply(text: string, fromSubmit: boolean, page = 1): void {
    this.#geocodeAbort?.abort();
    const trimmed = text.trim();
    const nearMe = this.#nearMe.value;
    const earlier = this.#waiting;
    this.#waiting = undefined;
    this.#chunkFailed = false;
    if (trimmed && !nearMe) {
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
      return;
    }
    this.#error = undefined;
    this.#postcode = undefined;
    if (this.#originFrom !== 'here' || trimmed) {
      this.#origin = undefined;
      this.#originFrom = undefined;
    }
    const geocoder = this.#options.geocoder();
    const parts = trimmed ? nearMe!.parsePostcode(trimmed, { allowOutward: !geocoder }) : undefined;
    if (trimmed && !parts) {
      this.#error = 'invalid';
    } else if (parts) {
      this.text = parts.normalised;
      this.#postcode = parts.normalised;
      this.#status = undefined;
      if (geocoder) void this.#geocode(geocoder, parts.normalised);
    }
    this.#options.moved({ page, refused: fromSubmit && this.#error === 'invalid' });
    this.#host.requestUpdate();
  }

  /** "Use my location": the device's position, once the parent allows it. */
  useDevice = (): void => {
    const geolocation = navigator.geolocation;
    if (this.#status === 'locating') return;
    this.#chunkFailed = false;
    this.#status = geolocation ? 'locating' : 'failed';
    this.#host.requestUpdate();
    // Fetched while the browser asks the parent's permission.
    if (geolocation) void this.#nearMe.load();
    geolocation?.getCurrentPosition(
      ({ coords }) => void this.#nearMe.load().then((nearMe) => this.#placeHere(coords, nearMe)),
      () => {
        this.#status = 'failed';
        this.#host.requestUpdate();
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  #placeHere(coords: GeolocationCoordinates, nearMe: NearMe | undefined): void {
    const point = { lat: coords.latitude, lng: coords.longitude };
    this.#chunkFailed = !nearMe;
    if (!nearMe) {
      this.#status = undefined;
    } else if (!nearMe.isLatLng(point)) {
      this.#status = 'failed';
    } else {
      this.#geocodeAbort?.abort();
      this.#status = undefined;
      this.#origin = point;
      this.#originFrom = 'here';
      this.#postcode = undefined;
      this.text = '';
      this.#error = undefined;
      this.#options.moved({ page: 1 });
    }
    this.#host.requestUpdate();
  }

  /** Looks the postcode up with the site's geocoder; until it answers, the district order stands. */
  async #geocode(template: string, postcode: string): Promise<void> {
    const abort = new AbortController();
    this.#geocodeAbort = abort;
    const timer = setTimeout(() => abort.abort(), GEOCODE_TIMEOUT);
    try {
      const { lookupPostcode } = await import('./geocode.js');
      const outcome = await lookupPostcode(template, postcode, { signal: abort.signal });
      if (abort.signal.aborted) return;
      if (outcome.ok) {
        this.#origin = outcome.point;
        this.#originFrom = postcode;
      } else if (outcome.reason !== 'network') {
        this.#error = 'not-found';
        this.#postcode = undefined;
        this.#options.moved({});
      }
      this.#host.requestUpdate();
    } catch {
      // Replaced by a newer look-up, or timed out: the district order stands.
    } finally {
      clearTimeout(timer);
    }
  }
}
