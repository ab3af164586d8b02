/**
 * Case- and accent-blind text, for name order and matching. Apart from the search engine
 * (`search-text.ts`), which loads only when a parent types a query.
 */
const MARKS = /\p{M}+/gu;

/** Lower-cased, accent-free text. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Name order key: case- and accent-blind, numbers in numeric order ("Group 2" before "Group 10"). */
export function nameSortKey(name: string): string {
  return foldText(name).trim().replace(/\d+/g, (digits) => digits.padStart(8, '0'));
}
