/**
 * The service picker's search: the feed's services whose names hold every word typed, in any
 * case and with or without accents ("cafe" finds "Café"), names starting with the words first.
 * Pure: tests call it without a page.
 */
import type { Subject } from './card-setup.js';

/** How many services the picker lists at once: a screenful on a phone. */
export const PICKER_LIMIT = 8;

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB');

/** Each service's name folded once (a directory of thousands is searched again on every key). */
const foldedNames = new WeakMap<Subject, string>();

function foldedName(service: Subject): string {
  let folded = foldedNames.get(service);
  if (folded === undefined) foldedNames.set(service, (folded = fold(service.name)));
  return folded;
}

export interface ServiceMatches {
  /** The services to list, at most `limit`. */
  shown: readonly Subject[];
  /** How many match in all. */
  total: number;
}

/** Names in alphabetical order as people read them ("Café" beside "Cafe"), one collator for every search. */
const byName = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * The services to list and how many match. Only the best `limit` are kept in order as the list is
 * read (a short insertion, not a sort of thousands on every key).
 */
export function searchServices(services: readonly Subject[], typed: string, limit = PICKER_LIMIT): ServiceMatches {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const best: { service: Subject; score: number }[] = [];
  const before = (a: { service: Subject; score: number }, b: { service: Subject; score: number }) =>
    a.score - b.score || byName.compare(a.service.name, b.service.name);
  let total = 0;
  for (const service of services) {
    const name = foldedName(service);
    if (!words.every((word) => name.includes(word))) continue;
    total += 1;
    // 0: the name starts with the first word; 1: a word of it does; 2: the words are only inside.
    const entry = { service, score: name.startsWith(first) ? 0 : name.includes(` ${first}`) ? 1 : 2 };
    if (best.length === limit && before(entry, best[limit - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1]) < 0) at -= 1;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return { shown: best.map((entry) => entry.service), total };
}
