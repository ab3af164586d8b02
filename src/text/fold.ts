/**
 * Case- and accent-blind text, for name order and matching. Apart from the search engine
 * (`search-text.ts`), which loads only when a parent types a query.
 */
const MARKS = /\p{M}+/gu;

/** Lower-cased, accent-free text. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** An id's words, for an id the feed gives no label: "early-years_hub" → "early years hub". */
export function idWords(id: string): string {
  return id.replace(/[-_.:]+/g, ' ');
}

/** Name order key: case- and accent-blind, numbers in numeric order ("Group 2" before "Group 10"). */
export function nameSortKey(name: string): string {
  return foldText(name).trim().replace(/\d+/g, (digits) => digits.padStart(8, '0'));
}

/** A service's key in name order: its name's key, then its id, so equal names always come out alike. */
export function nameOrderKey(service: { name: string; id: string }): string {
  return `${nameSortKey(service.name)}\u0000${service.id}`;
}

/**
 * Positions 0…n−1 sorted by their keys. Plain comparison of precomputed keys: an
 * Intl.Collator sort of 5,000 names costs more than the rest of the ordering work together.
 */
export function orderByKeys(keys: readonly string[]): number[] {
  const order = keys.map((_, position) => position);
  return order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
}
