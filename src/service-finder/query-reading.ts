/**
 * Reads the filters a parent means out of what they typed: "free on saturday" is the Free and
 * Saturday filters, "2 year old" the age, "near me" a wish to sort by distance, and "autism"
 * (when that is all they typed) the feed's SEND category. What is left is searched as words.
 *
 * Everyday phrases come from a data table (everyday-words.ts); categories from the feed's own
 * labels and ids, and the synonym groups of those labels (synonyms.ts). Phrases of the synonym
 * table ("free food", "toddler group") are searched as words, never read as filters.
 */
import { foldText, idWords } from '../text/fold.js';
import { AGE_BAND_MONTHS, AGE_BANDS, type AgeBand } from './filters.js';
import type { QueryReading, ReadFilter, ReadFilters, ReadPhrase } from './query-filters.js';
import type { ServiceFilters } from './filters.js';
import type { AgeWords, EverydayWords, WordMeaning } from './everyday-words.js';
import type { SynonymMatcher } from './query.js';
import { processTerm, stem, terms } from './search-text.js';

/** A category as the reader knows it: the term sequences that name it, and its labels' synonym groups. */
export interface CategoryNames {
  id: string;
  names: string[][];
  groups: Set<number>;
}

interface Token {
  /** Folded and singular ("Saturdays" → "saturday"). */
  key: string;
  /** The search term, or null for a glue word ("on", "the"). */
  term: string | null;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function tokens(query: string): Token[] {
  const out: Token[] = [];
  for (const match of query.matchAll(WORD)) {
    const folded = foldText(match[0]);
    out.push({ key: stem(folded), term: processTerm(folded), start: match.index, end: match.index + match[0].length });
  }
  return out;
}

function phraseKeys(phrase: string): string[] {
  return [...foldText(phrase).matchAll(WORD)].map((m) => stem(m[0]));
}

/** The term sequences and synonym groups that name each category: its label, and its id's words. */
export function categoryNames(categories: readonly { id: string; label: string }[], synonyms: SynonymMatcher): CategoryNames[] {
  return categories.map(({ id, label }) => {
    const names = [terms(label), terms(idWords(id))].filter((name) => name.length > 0);
    return { id, names, groups: new Set(names.flatMap((name) => synonyms.groupsIn(name))) };
  });
}

/** A query's reading: see `QueryReading`. */
class Reading implements QueryReading {
  text: string;
  readonly filters: ReadFilters = { categories: [], ages: [], days: [], booking: [], freeOnly: false };
  nearMe = false;
  readonly phrases: ReadPhrase[] = [];
  readonly #query: string;

  constructor(query: string) {
    this.#query = query;
    this.text = query;
  }

  filtersWith(ticks: ServiceFilters): ServiceFilters {
    const union = <T>(a: readonly T[], b: readonly T[]) => (b.length ? [...new Set([...a, ...b])] : (a as T[]));
    const read = this.filters;
    return {
      ...ticks,
      query: this.text,
      categories: union(ticks.categories, read.categories),
      ages: union(ticks.ages, read.ages),
      days: union(ticks.days, read.days),
      booking: union(ticks.booking, read.booking),
      freeOnly: ticks.freeOnly || read.freeOnly,
    };
  }

  queryWithout(phrases: readonly ReadPhrase[]): string {
    let text = this.#query;
    for (const phrase of [...phrases].sort((a, b) => b.start - a.start)) text = text.slice(0, phrase.start) + text.slice(phrase.end);
    return text.replace(/\s+/g, ' ').trim();
  }
}

/** An age band of a number of months. */
function bandOf(months: number): AgeBand | undefined {
  return AGE_BANDS.find((band) => months >= AGE_BAND_MONTHS[band].min && months <= AGE_BAND_MONTHS[band].max);
}

/** "2", "two" or "5s" as a number, else undefined. */
function numberOf(key: string, words: AgeWords): number | undefined {
  const digits = /^(\d{1,2})s?$/.exec(key);
  if (digits) return Number(digits[1]);
  return words.numbers[key] ?? words.numbers[key.replace(/s$/, '')];
}

/** An age phrase at `i` ("2 year old", "aged 3", "18 months", "under 5s"): the bands and its length. */
function readAge(list: Token[], i: number, words: AgeWords): { bands: AgeBand[]; length: number } | undefined {
  const has = (group: readonly string[], k: number) => k < list.length && group.includes(list[k].key);
  let k = i;
  const under = has(words.under, k);
  const aged = !under && has(words.aged, k);
  if (under || aged) k++;
  const value = k < list.length ? numberOf(list[k].key, words) : undefined;
  if (value === undefined) return undefined;
  k++;
  const unit = has(words.month, k) ? 'month' : has(words.year, k) ? 'year' : undefined;
  if (unit) k++;
  if (unit && has(words.old, k)) k++;
  // A bare number is an age only after "under" or "aged": "2" alone may be anything.
  if (!unit && !under && !aged) return undefined;
  const months = unit === 'month' ? value : value * 12;
  if (!under) {
    const band = unit === 'month' || months <= 18 * 12 ? bandOf(months) : undefined;
    return band ? { bands: [band], length: k - i } : undefined;
  }
  const bands = AGE_BANDS.filter((band) => AGE_BAND_MONTHS[band].min < months);
  return bands.length ? { bands, length: k - i } : undefined;
}

interface Found {
  from: number;
  to: number;
  filter: ReadFilter | 'nearMe';
  values: readonly string[];
}

function meaningValues(means: WordMeaning): { filter: Found['filter']; values: readonly string[] } {
  return { filter: means.filter, values: 'values' in means ? means.values : [] };
}

/** The tokens from `i` that equal one of the sequences, longest first. */
function longestAt(keys: readonly string[], i: number, sequences: readonly (readonly string[])[]): number {
  let best = 0;
  for (const sequence of sequences) {
    if (sequence.length <= best || i + sequence.length > keys.length) continue;
    if (sequence.every((key, k) => keys[i + k] === key)) best = sequence.length;
  }
  return best;
}

/** Each everyday word's phrases as key sequences: worked out once per table, not on every keystroke. */
const sequencesByTable = new WeakMap<EverydayWords, { word: EverydayWords['words'][number]; sequences: string[][] }[]>();

function everydaySequences(table: EverydayWords) {
  let sequences = sequencesByTable.get(table);
  if (!sequences) sequencesByTable.set(table, (sequences = table.words.map((word) => ({ word, sequences: word.phrases.map(phraseKeys) }))));
  return sequences;
}

export interface ReadingTables {
  words: EverydayWords;
  synonyms: SynonymMatcher;
  categories: readonly CategoryNames[];
}

/**
 * Reads a query. Categories are read only when nothing else would be left to search for:
 * "autism" is the SEND category, but "autism swimming" searches for both words.
 */
export function readQuery(query: string, tables: ReadingTables): QueryReading {
  const list = tokens(query);
  const reading = new Reading(query);
  if (!list.length) return reading;
  const keys = list.map((token) => token.key);
  // Search terms only (glue words out), and where each sits in `list`, for phrase lookups.
  const content = list.flatMap((token, i) => (token.term ? [i] : []));
  const contentTerms = content.map((i) => list[i].term!);
  const contentAt = new Map(content.map((i, j) => [i, j]));
  const everyday = everydaySequences(tables.words);

  const found: Found[] = [];
  const categoryFound: Found[] = [];
  /** Tokens left as words to search. */
  const searched: number[] = [];
  let i = 0;
  while (i < list.length) {
    const j = contentAt.get(i);
    // A category's own name, or a synonym phrase sharing a group with its label.
    if (j !== undefined) {
      const phrase = tables.synonyms.match(contentTerms, j, () => true);
      let length = 0;
      const ids: string[] = [];
      for (const category of tables.categories) {
        const byName = longestAt(contentTerms, j, category.names);
        const bySynonym = phrase && phrase.groups.some((group) => category.groups.has(group)) ? phrase.terms.length : 0;
        const matched = Math.max(byName, bySynonym);
        if (!matched || matched < length) continue;
        if (matched > length) ids.length = 0;
        length = matched;
        ids.push(category.id);
      }
      if (length) {
        const to = content[j + length - 1];
        categoryFound.push({ from: i, to, filter: 'categories', values: ids });
        i = to + 1;
        continue;
      }
      // A phrase of the synonym table ("free food") is words to search, not filters.
      if (phrase && phrase.terms.length > 1) {
        const to = content[j + phrase.terms.length - 1];
        for (let k = i; k <= to; k++) searched.push(k);
        i = to + 1;
        continue;
      }
    }
    const age = readAge(list, i, tables.words.ages);
    if (age) {
      found.push({ from: i, to: i + age.length - 1, filter: 'ages', values: age.bands });
      i += age.length;
      continue;
    }
    let best: { length: number; means: WordMeaning } | undefined;
    for (const { word, sequences } of everyday) {
      const length = longestAt(keys, i, sequences);
      if (length > (best?.length ?? 0)) best = { length, means: word.means };
    }
    if (best) {
      found.push({ from: i, to: i + best.length - 1, ...meaningValues(best.means) });
      i += best.length;
      continue;
    }
    searched.push(i);
    i++;
  }
  // Words left to search: categories stay words too, so "autism swimming" finds both.
  if (searched.some((k) => list[k].term)) {
    for (const category of categoryFound) for (let k = category.from; k <= category.to; k++) searched.push(k);
  } else {
    found.push(...categoryFound);
  }
  if (!found.length) return reading;

  let text = query;
  const { filters } = reading;
  for (const item of [...found].sort((a, b) => b.from - a.from)) {
    const start = list[item.from].start;
    const end = list[item.to].end;
    text = `${text.slice(0, start)}${' '.repeat(end - start)}${text.slice(end)}`;
    reading.phrases.unshift({ start, end, filter: item.filter, values: item.values });
    if (item.filter === 'nearMe') reading.nearMe = true;
    else if (item.filter === 'freeOnly') filters.freeOnly = true;
    else for (const value of item.values) if (!(filters[item.filter] as string[]).includes(value)) (filters[item.filter] as string[]).push(value);
  }
  reading.text = searched.some((k) => list[k].term) ? text : '';
  return reading;
}
