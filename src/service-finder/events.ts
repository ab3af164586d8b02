/**
 * The events `<pc-service-finder>` fires, one class each, with their public detail types. Both
 * bubble and cross shadow roots, so a page can listen on `document`:
 *
 *   document.addEventListener('pc-search', (event) => track(event.detail.query, event.detail.total));
 *
 * (`event` is a `PcSearchEvent` there: `HTMLElementEventMap` below types it.)
 */
import type { Service, Weekday } from '../data/feed-schema.js';
import { PcEvent } from '../internal/pc-event.js';

/**
 * The filters of a search, as `pc-search` reports them: the parent's words and every filter
 * they set. Within one filter any value matches; across filters, all must (accessibility needs:
 * every one must be met). A copy, yours to keep.
 */
export interface SearchFilters {
  /** The words typed in the search box (empty when none). */
  query: string;
  /** Category ids (the feed's `programme.categories`). */
  categories: string[];
  /** The child's age bands. */
  ages: ('under-1' | '1' | '2' | '3' | '4' | '5-plus')[];
  /** Only free services. */
  freeOnly: boolean;
  /** Days the service is open, as RFC 5545 codes (`MO`…`SU`). */
  days: Weekday[];
  /** Languages spoken, as the feed names them. */
  languages: string[];
  /** Accessibility needs, as the feed names them. */
  accessibility: string[];
  /** Area ids (the feed's `programme.areas`). */
  areas: string[];
  /** How a parent goes: just turn up, book first, or be referred. */
  booking: ('drop-in' | 'booking' | 'referral')[];
}

/** `detail` of `pc-search`. */
export interface SearchDetail {
  /** The words searched for (the same as `filters.query`). */
  query: string;
  filters: SearchFilters;
  /** How many services were found. */
  total: number;
}

/**
 * A service as the finder hands it to a page: the feed's service, in the library's own (native)
 * model whatever format the feed was in (the `Service` type).
 */
export type ServiceSummary = Service;

/** `detail` of `pc-service-select`. */
export interface ServiceSelectDetail {
  /** The service the parent opened. */
  service: ServiceSummary;
}

/**
 * Fired after each search (typing is debounced), and once for the first results shown.
 */
export class PcSearchEvent extends PcEvent<SearchDetail> {
  constructor(detail: SearchDetail) {
    super('pc-search', detail);
  }
}

/**
 * Fired when a parent opens a service. Cancelable: `preventDefault()` keeps the built-in detail
 * view shut, to show the service the page's own way.
 */
export class PcServiceSelectEvent extends PcEvent<ServiceSelectDetail> {
  constructor(detail: ServiceSelectDetail) {
    super('pc-service-select', detail, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'pc-search': PcSearchEvent;
    'pc-service-select': PcServiceSelectEvent;
  }
  /** The events bubble out of shadow roots (`composed`): a site may listen on the document. */
  interface DocumentEventMap {
    'pc-search': PcSearchEvent;
    'pc-service-select': PcServiceSelectEvent;
  }
}
