/**
 * Ways out of a search that found nothing, each with the number of services it would give:
 * another spelling of a word the directory does not hold, a category that matches the words,
 * and each filter taken away. (Several words never find nothing while one of them matches:
 * the search falls back to any of them, so "each word on its own" is no way out.) Pure logic: the no-results view
 * (no-results.ts) draws them, in the filter panel's chunk.
 */
import type { Service } from '../data/feed-schema.js';
import { emptyFilters, hasActiveFilters, type FacetProgramme, type ServiceFilters } from './filters.js';
import { runSearch, type Searcher } from './finder-search.js';
import type { ListFilter } from './filter-panel.js';
import { terms } from './search-text.js';

/** What a search that found nothing is made of, and how to search again. */
export interface DeadEndSearch {
  /** The services searched, in name order. */
  services: readonly Service[];
  programme: FacetProgramme;
  /** The parent's ticks and typed words. */
  filters: ServiceFilters;
  /** The filters the search ran with: the ticks and what the words said. */
  effective: ServiceFilters;
  searcher?: Searcher;
}

/** A filter value to take away ("Saturday"), and what the search would then find. */
export interface FilterRoute {
  filter: ListFilter | 'freeOnly';
  value: string;
  total: number;
}

/** A new search (words and ticks) to run instead, and what it would find. */
export interface SearchRoute {
  to: ServiceFilters;
  total: number;
  /** Nothing is found with the filters set: this search leaves them out. */
  withoutFilters: boolean;
}

export interface DeadEndRoutes {
  /** "Did you mean “rhyme time”?": the typed words, each the directory does not hold spelt as one it does. */
  spellings: (SearchRoute & { words: string })[];
  /** Categories the words name, with the words taken away. */
  categories: (SearchRoute & { id: string })[];
  /** Each filter set, taken away. */
  filters: FilterRoute[];
  /** What clearing every filter would find, when more than one is set. */
  clearAll?: number;
}

/** How many services a search would find: the words read as the finder reads them. */
function totalFor(search: DeadEndSearch, filters: ServiceFilters): number {
  const reading = filters.query.trim() && search.searcher?.read(filters.query, search.programme.categories);
  const effective = reading ? reading.filtersWith(filters) : filters;
  return runSearch({ services: search.services, programme: search.programme, filters: effective, searcher: search.searcher })?.results.length ?? 0;
}

/** Replaces the first whole-word `word` of a query (any case) with `by`. */
function replaceWord(query: string, word: string, by: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return query.replace(new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'iu'), (_, before: string) => before + by).trim();
}

/** The words of the query left to search after the filters were read out, as typed. */
function typedWords(effective: ServiceFilters): string[] {
  return [...effective.query.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]).filter((word) => terms(word).length > 0);
}

/** True when two words start alike enough to be kin: "childminding" and "childcare", not "child" and "chips". */
function sharesStart(a: string, b: string): boolean {
  const shortest = Math.min(a.length, b.length);
  if (shortest < 4) return false;
  let common = 0;
  while (common < shortest && a[common] === b[common]) common++;
  return common >= Math.min(5, shortest);
}

/** Every way out, best first within each kind; ways that find nothing are left out. */
export function deadEndRoutes(search: DeadEndSearch): DeadEndRoutes {
  const { filters, effective, searcher } = search;
  const words = typedWords(effective);
  const routes: DeadEndRoutes = { spellings: [], categories: [], filters: [] };
  const byTotal = <T extends { total: number }>(list: T[]) => list.filter((r) => r.total > 0).sort((a, b) => b.total - a.total);

  const anyFilter = hasActiveFilters(effective);
  /** The search with the ticks as they are, else (finding nothing, with filters set) without any. */
  const route = (withTicks: ServiceFilters, bare: ServiceFilters): SearchRoute => {
    const total = totalFor(search, withTicks);
    if (total > 0 || !anyFilter) return { to: withTicks, total, withoutFilters: false };
    return { to: bare, total: totalFor(search, bare), withoutFilters: true };
  };

  if (searcher) {
    let query = filters.query;
    let bare = words.join(' ');
    const changed: string[] = [];
    for (const word of words) {
      const spelling = searcher.suggest(word);
      if (!spelling) continue;
      query = replaceWord(query, word, spelling);
      bare = replaceWord(bare, word, spelling);
      changed.push(spelling);
    }
    if (changed.length) {
      const found = route({ ...filters, query }, { ...emptyFilters(), query: bare });
      // Named as the parent's words with the spelling put right ("rhyme time"), not the one word alone.
      routes.spellings = byTotal([{ ...found, words: bare }]);
    }
  }

  if (searcher && words.length) {
    const ids = new Set<string>();
    const wordTerms = words.flatMap((word) => terms(word));
    for (const word of words) for (const id of searcher.read(word, search.programme.categories).filters.categories) ids.add(id);
    // A word sharing its start with a label's word ("childminding", Childcare): a likely category.
    for (const category of search.programme.categories ?? []) {
      if (terms(category.label).some((labelTerm) => wordTerms.some((term) => sharesStart(term, labelTerm)))) ids.add(category.id);
    }
    const withoutWords = words.reduce((text, word) => replaceWord(text, word, ''), filters.query).replace(/\s+/g, ' ').trim();
    routes.categories = byTotal(
      [...ids]
        .filter((id) => !effective.categories.includes(id))
        .map((id) => ({
          id,
          ...route({ ...filters, query: withoutWords, categories: [...filters.categories, id] }, { ...emptyFilters(), categories: [id] }),
        })),
    );
  }

  const lists: ListFilter[] = ['categories', 'ages', 'days', 'languages', 'accessibility', 'areas', 'booking'];
  const filterRoutes: FilterRoute[] = [];
  if (effective.freeOnly) filterRoutes.push({ filter: 'freeOnly', value: '', total: totalWithout(search, 'freeOnly', '') });
  for (const filter of lists) {
    for (const value of effective[filter]) filterRoutes.push({ filter, value, total: totalWithout(search, filter, value) });
  }
  routes.filters = byTotal(filterRoutes);
  if (filterRoutes.length > 1) {
    const cleared = { ...emptyFilters(), query: effective.query };
    const total = runSearch({ services: search.services, programme: search.programme, filters: cleared, searcher })?.results.length ?? 0;
    if (total > 0) routes.clearAll = total;
  }
  return routes;
}

/** What the search would find without one filter value (ticked, or read from the words). */
function totalWithout(search: DeadEndSearch, filter: ListFilter | 'freeOnly', value: string): number {
  const effective = search.effective;
  const without: ServiceFilters =
    filter === 'freeOnly' ? { ...effective, freeOnly: false } : { ...effective, [filter]: effective[filter].filter((v) => v !== value) };
  return runSearch({ services: search.services, programme: search.programme, filters: without, searcher: search.searcher })?.results.length ?? 0;
}
