/**
 * What a query's words were read to mean (query-reading.ts, in the search engine's chunk): the
 * filters they set, where each phrase sits, and the words left to search. The types only: the
 * finder's entry uses a reading without loading the reader.
 */
import type { Weekday } from '../data/feed-schema.js';
import type { AgeBand, BookingKind, ServiceFilters } from './filters.js';

/** The filters typed words can set. */
export interface ReadFilters {
  categories: string[];
  ages: AgeBand[];
  days: Weekday[];
  booking: BookingKind[];
  freeOnly: boolean;
}

export type ReadFilter = keyof ReadFilters;

/** A phrase of the query read as a filter, by its place in the query. */
export interface ReadPhrase {
  start: number;
  end: number;
  filter: ReadFilter | 'nearMe';
  values: readonly string[];
}

export interface QueryReading {
  /** The query with the phrases read as filters blanked out: the words to search for. */
  text: string;
  filters: ReadFilters;
  /** The parent asked for what is near them. */
  nearMe: boolean;
  phrases: ReadPhrase[];
  /** The filters a search runs with: the parent's ticks and what the words said, searching the words left. */
  filtersWith(ticks: ServiceFilters): ServiceFilters;
  /** The query without some of its phrases ("free on saturday" without Saturday: "free on"). */
  queryWithout(phrases: readonly ReadPhrase[]): string;
}
