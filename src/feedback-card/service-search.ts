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

export interface ServiceMatches {
  /** The services to list, at most `limit`. */
  shown: readonly Subject[];
  /** How many match in all. */
  total: number;
}

export function searchServices(services: readonly Subject[], typed: string, limit = PICKER_LIMIT): ServiceMatches {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  const scored: { service: Subject; score: number }[] = [];
  for (const service of services) {
    const name = fold(service.name);
    if (!words.every((word) => name.includes(word))) continue;
    // 0: the name starts with the first word; 1: a word of it does; 2: the words are only inside.
    const first = words[0] ?? '';
    const score = name.startsWith(first) ? 0 : name.includes(` ${first}`) ? 1 : 2;
    scored.push({ service, score });
  }
  scored.sort((a, b) => a.score - b.score || a.service.name.localeCompare(b.service.name));
  return { shown: scored.slice(0, limit).map((s) => s.service), total: scored.length };
}
