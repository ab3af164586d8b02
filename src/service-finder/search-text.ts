/**
 * How text becomes search terms, shared by the index and the query parser so both sides
 * agree: lower case, accents removed ("café" = "cafe"), split on anything that is not a
 * letter or digit, common English glue words dropped, and plurals folded ("nurseries" →
 * "nursery") with a deliberately tiny stemmer, because a full stemmer would merge words
 * parents mean differently.
 */

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'i', 'in', 'is', 'it', 'me', 'my',
  'near', 'of', 'on', 'or', 'our', 'the', 'to', 'we', 'with', 'you', 'your',
]);

import { foldText } from '../text/fold.js';

export { foldText, nameSortKey } from '../text/fold.js';

const SPLIT = /[^\p{L}\p{N}]+/u;

const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_SPLIT = /[^a-z0-9]+/;

/** Raw tokens of a text, before stop words and plurals are handled. */
export function tokenize(text: string): string[] {
  // Most feed text is plain ASCII: skip Unicode normalisation for it (index build time).
  const tokens = NON_ASCII.test(text) ? foldText(text).split(SPLIT) : text.toLowerCase().split(ASCII_SPLIT);
  return tokens.filter(Boolean);
}

/** Folds common English plurals so singular and plural find each other. */
export function stem(term: string): string {
  // Character checks rather than regular expressions: this runs for every word indexed.
  const n = term.length;
  if (n <= 3 || term.charCodeAt(n - 1) !== 115 /* s */) return term;
  const a = term.charCodeAt(n - 2);
  if (a === 115 /* s */ || a === 117 /* u */ || a === 105 /* i */) return term; // -ss, -us, -is
  if (n > 4 && a === 101 /* e */) {
    if (term.charCodeAt(n - 3) === 105 /* i */) return `${term.slice(0, -3)}y`; // -ies
    const b = term.charCodeAt(n - 3);
    const c = term.charCodeAt(n - 4);
    if (b === 120 /* x */ || (b === 104 /* h */ && (c === 115 || c === 99)) || (b === 115 && c === 115)) {
      return term.slice(0, -2); // -xes, -shes, -ches, -sses
    }
  }
  return term.slice(0, -1);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * One token to its index term, or `null` to skip it. Single letters are skipped (the "s"
 * of "children's"); one- and two-digit numbers kept (ages: "2 year olds", "0-19"), longer
 * ones skipped (house numbers and years only bloat the index).
 */
export function processTerm(token: string): string | null {
  const first = token.charCodeAt(0);
  if (token.length === 1) return isDigit(first) ? token : null;
  if (isDigit(first) && token.length > 2 && /^\d+$/.test(token)) return null;
  if (STOP_WORDS.has(token)) return null;
  return stem(token);
}

/** A text's search terms, in order. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

/**
 * The typo allowance for a term: none for short words (so "dab" never finds "dad" and
 * four letters never match half the index), one edit up to 8 letters ("nursary"), two
 * for longer words ("brestfeeding").
 */
export function typoAllowance(term: string): number {
  if (term.length <= 4) return 0;
  if (term.length <= 8) return 1;
  return 2;
}

/** Three rows of the distance table, kept between calls. */
let rows = [0, 0, 0].map(() => new Int32Array(32));

/**
 * Edit distance counting a swap of neighbouring letters as one typo ("nusrery"), giving
 * up early once it exceeds `max` (then returns `max + 1`). Runs over thousands of index
 * words per keystroke, so it reuses its rows instead of allocating.
 */
export function editDistance(a: string, b: string, max: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  if (rows[0].length <= n) rows = rows.map(() => new Int32Array(n + 1));
  let [before, previous, current] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[n], max + 1);
}
