/**
 * A small inverted index: terms → (document, field, count), BM25+ ranking with field
 * boosts, prefix matching over a sorted vocabulary and typo matching over the words of
 * similar length. It replaces a general search library (6 KB gzipped) with just what the
 * service finder needs. Documents are numbers; text arrives already split into terms.
 */
import { editDistance } from './search-text.js';

/** BM25+ constants (the usual k and b; d lifts a match in a very long field above zero). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * Weight of a longer word found by prefix, and of a misspelling, before their length
 * penalty: an exact word always counts most.
 */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** How a term may match: as typed, as the start of longer words, with up to `fuzzy` typos. */
export interface TermQuery {
  term: string;
  prefix: boolean;
  fuzzy: number;
}

/**
 * Scores by document and field (`document * fieldCount + field`) in a flat array, and the
 * keys set so far: the search's hot loop, several times cheaper than a Map.
 */
export class FieldScores {
  readonly values: Float64Array;
  readonly keys: number[] = [];

  constructor(size: number) {
    this.values = new Float64Array(size);
  }

  /** Scores are always above 0, so 0 means "not set yet". */
  add(key: number, score: number): void {
    if (this.values[key] === 0) this.keys.push(key);
    this.values[key] += score;
  }

  /** Empty again, touching only what was set: the arrays are reused from keystroke to keystroke. */
  clear(): this {
    for (const key of this.keys) this.values[key] = 0;
    this.keys.length = 0;
    return this;
  }
}

export class TermIndex {
  /** Per term: flat triples of document, field number and count in that field. */
  readonly #postings = new Map<string, number[]>();
  /** Per field: each document's number of distinct terms, and their sum. */
  readonly #lengths: number[][];
  readonly #totals: number[];
  /** Sorted searchable vocabulary, and the same by length; rebuilt after new words. */
  #sorted: string[] | undefined;
  #byLength: string[][] = [];

  readonly #boosts: readonly number[];
  readonly #documents: number;

  /**
   * `boosts`: the weight of a match in each field, by field number. `documents`: how many
   * documents there will be (numbered from 0), for term rarity.
   */
  constructor(
    boosts: readonly number[],
    documents: number,
  ) {
    this.#boosts = boosts;
    this.#documents = documents;
    this.#lengths = boosts.map(() => []);
    this.#totals = boosts.map(() => 0);
  }

  /** Adds the terms of one field of a document. Fields may arrive at different times. */
  add(doc: number, field: number, fieldTerms: readonly string[]): void {
    const counts = new Map<string, number>();
    for (const term of fieldTerms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      const list = this.#postings.get(term);
      if (list) list.push(doc, field, count);
      else {
        this.#postings.set(term, [doc, field, count]);
        this.#sorted = undefined;
      }
    }
    this.#lengths[field][doc] = counts.size;
    this.#totals[field] += counts.size;
  }

  /** True when some document holds exactly this term. */
  has(term: string): boolean {
    return this.#postings.has(term);
  }

  /** Adds each matching document's score for one query term into `into`, per document and field. */
  score(query: TermQuery, into: FieldScores): void {
    const { term, prefix, fuzzy } = query;
    this.#addTerm(term, 1, into);
    if (!prefix && !fuzzy) return;
    const vocabulary = this.#vocabulary();
    const n = term.length;
    if (prefix) {
      // Binary search for the first word at or after the prefix; its neighbours follow.
      let lo = 0;
      let hi = vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (vocabulary[mid] < term) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < vocabulary.length && vocabulary[i].startsWith(term); i++) {
        const word = vocabulary[i];
        if (word.length > n) this.#addTerm(word, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - n)), into);
      }
    }
    for (let length = Math.max(1, n - fuzzy); fuzzy && length <= n + fuzzy; length++) {
      for (const word of this.#byLength[length] ?? []) {
        // Prefix matches were scored as such; the exact word already counted in full.
        if (word === term || (prefix && word.startsWith(term))) continue;
        const distance = editDistance(term, word, fuzzy);
        if (distance <= fuzzy) this.#addTerm(word, (FUZZY_WEIGHT * word.length) / (word.length + distance), into);
      }
    }
  }

  #addTerm(term: string, weight: number, into: FieldScores): void {
    const list = this.#postings.get(term);
    if (!list) return;
    // Documents holding the term, per field, for its rarity (idf).
    const holders = this.#boosts.map(() => 0);
    for (let i = 1; i < list.length; i += 3) holders[list[i]]++;
    for (let i = 0; i < list.length; i += 3) {
      const doc = list[i];
      const field = list[i + 1];
      const count = list[i + 2];
      const matching = holders[field];
      const idf = Math.log(1 + (this.#documents - matching + 0.5) / (matching + 0.5));
      // Field length over the mean length of the field (totals is never 0 here: doc has terms).
      const relativeLength = (this.#lengths[field][doc] * this.#documents) / this.#totals[field];
      const score = idf * (D + (count * (K + 1)) / (count + K * (1 - B + B * relativeLength)));
      into.add(doc * this.#boosts.length + field, weight * this.#boosts[field] * score);
    }
  }

  /**
   * The word of the index closest to `term` within `maxEdits` (a spelling to suggest when a
   * search finds nothing): fewest edits first, then the word most documents hold.
   */
  nearest(term: string, maxEdits: number): string | undefined {
    this.#vocabulary();
    let best: { word: string; distance: number; holders: number } | undefined;
    for (let length = Math.max(1, term.length - maxEdits); length <= term.length + maxEdits; length++) {
      for (const word of this.#byLength[length] ?? []) {
        if (word === term) continue;
        const distance = editDistance(term, word, maxEdits);
        if (distance > maxEdits) continue;
        const holders = this.#postings.get(word)!.length / 3;
        if (!best || distance < best.distance || (distance === best.distance && holders > best.holders)) best = { word, distance, holders };
      }
    }
    return best?.word;
  }

  /** The searchable words in order; hidden terms (starting with a control character) left out. */
  #vocabulary(): string[] {
    if (!this.#sorted) {
      this.#sorted = [...this.#postings.keys()].filter((term) => term > '\u001f').sort();
      this.#byLength = [];
      for (const word of this.#sorted) (this.#byLength[word.length] ??= []).push(word);
    }
    return this.#sorted;
  }
}
