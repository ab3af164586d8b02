/**
 * Turns what a parent typed into "concepts": each concept is a word or a known phrase,
 * plus the synonym groups it belongs to. The index then asks for every concept (AND)
 * and, for each, its own words or any phrase of its groups (OR).
 *
 * Synonyms are matched on both sides: while indexing, every phrase of the table found in
 * a service's text adds a hidden group term (`groupTerm(3)`); a query concept in group 3
 * then looks that single term up, instead of one search per synonym.
 */
import type { SynonymGroup } from './synonyms.js';
import { editDistance, terms, typoAllowance } from './search-text.js';

/** One typed search term and how loosely it may match. */
export interface QueryTerm {
  term: string;
  /** Also match longer words starting with it (the parent may still be typing). */
  prefix: boolean;
  /** Maximum edits (typos) allowed; 0 for exact. */
  fuzzy: number;
}

/** A word or phrase of the query, with its synonyms. */
export interface QueryConcept {
  /** The parent's own words (all must match), or the known phrase they misspelt. */
  typed: QueryTerm[];
  /**
   * Another spelling that counts as much as the typed words: a phrase's one-word form
   * ("breast feeding" → breastfeeding). Synonyms proper count a little less.
   */
  spellings: QueryTerm[][];
  /** Equivalent phrases, each a list of exact terms (for display and debugging). */
  synonyms: string[][];
  /** Synonym groups (indexes into the table) the concept belongs to. */
  groups: number[];
}

/**
 * The hidden index term for a synonym group. It starts with a control character, which
 * the tokenizer removes from anything typed, so no query can reach it by prefix or typo.
 */
export function groupTerm(group: number): string {
  return `\u0001syn${group}`;
}

interface Phrase {
  terms: string[];
  groups: number[];
}

/** A synonym table prepared for fast phrase lookup in queries. */
export class SynonymMatcher {
  readonly #phrases: Phrase[];
  readonly #groupPhrases: string[][][];
  /** Phrases by their first term, longest first, for scanning indexed text. */
  readonly #byFirstTerm = new Map<string, Phrase[]>();
  /** Every term of every phrase, to tell a typo from a word the table knows. */
  readonly vocabulary: ReadonlySet<string>;

  constructor(groups: readonly SynonymGroup[]) {
    const byKey = new Map<string, Phrase>();
    this.#groupPhrases = groups.map((group, index) => {
      const unique = new Map<string, string[]>();
      for (const phrase of group) {
        const phraseTerms = terms(phrase);
        if (phraseTerms.length === 0) continue;
        const key = phraseTerms.join(' ');
        unique.set(key, phraseTerms);
        const entry = byKey.get(key) ?? { terms: phraseTerms, groups: [] };
        if (!entry.groups.includes(index)) entry.groups.push(index);
        byKey.set(key, entry);
      }
      return [...unique.values()];
    });
    // Longest phrases first, so "special educational needs" wins over "special needs".
    this.#phrases = [...byKey.values()].sort((a, b) => b.terms.length - a.terms.length);
    this.vocabulary = new Set(this.#phrases.flatMap((p) => p.terms));
    for (const phrase of this.#phrases) {
      const list = this.#byFirstTerm.get(phrase.terms[0]) ?? [];
      list.push(phrase);
      this.#byFirstTerm.set(phrase.terms[0], list);
    }
  }

  /**
   * The group terms for every table phrase found in a text's terms, to index beside them.
   * One map lookup per term, so it costs little at index time.
   */
  groupTermsIn(textTerms: readonly string[]): string[] {
    return this.groupsIn(textTerms).map(groupTerm);
  }

  /** The synonym groups of every table phrase found in a text's terms (repeats included). */
  groupsIn(textTerms: readonly string[]): number[] {
    let out: number[] | undefined;
    for (let i = 0; i < textTerms.length; i++) {
      const candidates = this.#byFirstTerm.get(textTerms[i]);
      if (!candidates) continue;
      for (const phrase of candidates) {
        let k = 1;
        while (k < phrase.terms.length && textTerms[i + k] === phrase.terms[k]) k++;
        if (k === phrase.terms.length) {
          out ??= [];
          out.push(...phrase.groups);
        }
      }
    }
    return out ?? [];
  }

  /**
   * The phrase starting at `start` of `queryTerms`, if any. A term may match a phrase term
   * with a typo only when `isKnownTerm` says it is not a real word of the index, so
   * "career" does not turn into "carer" in a directory that mentions careers.
   */
  match(queryTerms: readonly string[], start: number, isKnownTerm: (term: string) => boolean): Phrase | undefined {
    for (const phrase of this.#phrases) {
      if (start + phrase.terms.length > queryTerms.length) continue;
      let ok = true;
      for (let k = 0; k < phrase.terms.length && ok; k++) {
        const typed = queryTerms[start + k];
        const wanted = phrase.terms[k];
        if (typed === wanted) continue;
        const allowance = typoAllowance(typed);
        // Cheapest checks first: the index lookup runs only for a near miss.
        ok =
          allowance > 0 &&
          !this.vocabulary.has(typed) &&
          editDistance(typed, wanted, allowance) <= allowance &&
          !isKnownTerm(typed);
      }
      if (ok) return phrase;
    }
    return undefined;
  }

  /** Every phrasing of the groups a phrase belongs to, except the phrase itself. */
  alternatives(phrase: Phrase): string[][] {
    const self = phrase.terms.join(' ');
    const seen = new Set([self]);
    const out: string[][] = [];
    for (const group of phrase.groups) {
      for (const alt of this.#groupPhrases[group]) {
        const key = alt.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(alt);
      }
    }
    return out;
  }
}

function queryTerm(term: string, isLast: boolean): QueryTerm {
  return {
    term,
    // Prefix from 3 letters, or 2 for the word being typed, so "ba" already finds "baby".
    prefix: term.length >= 3 || (isLast && term.length >= 2),
    fuzzy: typoAllowance(term),
  };
}

/**
 * Splits a query into concepts. `isKnownTerm` (from the index vocabulary) limits typo
 * matching of synonyms to words that are not themselves in the index.
 */
export function parseQuery(
  query: string,
  synonyms: SynonymMatcher,
  isKnownTerm: (term: string) => boolean = () => false,
): QueryConcept[] {
  const queryTerms = terms(query);
  const known = new Map<string, boolean>();
  const isKnown = (term: string) => {
    let answer = known.get(term);
    if (answer === undefined) known.set(term, (answer = isKnownTerm(term)));
    return answer;
  };
  const concepts: QueryConcept[] = [];
  let i = 0;
  while (i < queryTerms.length) {
    const phrase = synonyms.match(queryTerms, i, isKnown);
    const length = phrase ? phrase.terms.length : 1;
    const alternatives = phrase ? synonyms.alternatives(phrase) : [];
    // Matched with a typo: the correctly spelt phrase is what the parent meant, so it is
    // searched as if typed (still allowing typos, so a misspelt service is found too).
    const words = phrase ? phrase.terms : queryTerms.slice(i, i + 1);
    const typed = words.map((term, k) => queryTerm(term, i + k === queryTerms.length - 1));
    const spellings: QueryTerm[][] = [];
    // Written as one word ("breast feeding" ~ breastfeeding). Not the other way round: two
    // words anywhere in a service ("breast, bottle and mixed feeding") are not the phrase.
    const compact = words.join('');
    if (words.length > 1 && alternatives.some((alternative) => alternative.join(' ') === compact)) {
      spellings.push([{ term: compact, prefix: false, fuzzy: 0 }]);
    }
    concepts.push({ typed, spellings, synonyms: alternatives, groups: phrase ? [...phrase.groups] : [] });
    i += length;
  }
  return concepts;
}
