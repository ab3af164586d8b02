/**
 * Reading the whole of an OpenActive RPDE feed. An RPDE page lists changes (an item updated or
 * deleted) oldest first, and names the page after it in `next`; the feed ends with a page of no
 * items whose `next` is its own address. Its first page alone holds the oldest changes, often
 * past sessions only, so the calendar follows `next` to the end, as RPDE's consumers must, and
 * keeps each item's latest state: an item changed again later moves to its later place, and a
 * deleted one is left as the deletion (which the converter passes over).
 *
 * It runs inside the data client's load (`FeedAdapter.expand`, like an Open Referral UK API's
 * pages), so the feed is fetched once per page however many widgets show it, stops when nobody
 * needs it, and the merged feed is the last-good copy. Pages are asked for one at a time (each
 * names the next), only from the feed's own origin (a site opted in to that server, not to
 * others), at most `MAX_RPDE_PAGES` of them, and never the same address twice (a static copy of
 * a page whose `next` the server ignores).
 */
import type { Diagnostic } from '../../data/errors.js';
import { FeedError } from '../../data/errors.js';
import { isJsonObject } from '../../data/json-object.js';
import { fetchPage, PAGING_NOTES, type PageContext } from '../paging.js';
import { RPDE_PAGES, type RpdePages } from './rpde-pages.js';

/**
 * RPDE pages hold up to 500 items each (its recommended size): 20 pages are some 10,000 changes,
 * many megabytes, and as much as a phone should fetch for one calendar.
 */
export const MAX_RPDE_PAGES = 20;

export interface RpdeContext extends PageContext {
  maxPages?: number;
}

/** A page of an RPDE feed: its `items` and the `next` page's address. */
interface RpdePage extends Record<string, unknown> {
  items: unknown[];
  next: string;
}

const isRpdePage = (value: unknown): value is RpdePage => isJsonObject(value) && Array.isArray(value.items) && typeof value.next === 'string';

/** An item's identity across pages (RPDE's `kind` and `id`); `undefined` for an item without one, kept as it is. */
function identityOf(item: unknown): string | undefined {
  if (!isJsonObject(item)) return undefined;
  const { id, kind } = item;
  return (typeof id === 'string' || typeof id === 'number') && typeof kind === 'string' ? `${kind}\n${id}` : undefined;
}

/** The address `next` names, resolved against the page it is on; `undefined` when it is not an http(s) address. */
function addressOf(next: string, page: string): URL | undefined {
  try {
    const url = new URL(next, page);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The whole feed when `data` is an RPDE page with items (see the file comment), with what the
 * paging found under `PAGING_NOTES` and the items' pages under `RPDE_PAGES`; `data` itself when
 * the page after it is the end. A page that cannot be had ends the paging with a note: the items
 * already read are shown.
 */
export async function followRpde(data: unknown, context: RpdeContext): Promise<unknown> {
  if (!isRpdePage(data) || !data.items.length) return data;
  const maxPages = context.maxPages ?? MAX_RPDE_PAGES;
  const notes: Diagnostic[] = [];
  const note = (path: string, message: string) => notes.push({ path, message, action: 'warning', incomplete: true });
  // Latest state by identity; Map order is insertion order, so a key deleted and set again moves to its
  // later place. A deleted item stays as RPDE gives it (no data): its change is the feed's latest, maybe.
  const items = new Map<unknown, { item: unknown; origin: [number, number] }>();
  const read = (page: RpdePage, number: number) =>
    page.items.forEach((item, index) => {
      const identity = identityOf(item);
      if (identity !== undefined) items.delete(identity);
      items.set(identity ?? {}, { item, origin: [number, index] });
    });
  read(data, 1);
  let pagesRead = 1;
  const origin = new URL(context.url).origin;
  const asked = new Set([context.url]);
  let page: RpdePage = data;
  let url = context.url;
  let number = 1;
  for (;;) {
    const next = addressOf(page.next, url);
    // The last page names itself.
    if (next?.href === url) break;
    const where = `page ${number}, next`;
    if (!next) {
      note(where, `is not an http(s) address (got ${JSON.stringify(page.next.slice(0, 200))}), so the pages after it were not read`);
      break;
    }
    if (next.origin !== origin) {
      note(where, `is on another site (${next.origin}) than the feed (${origin}), so it was not asked for: only this site's pages are read`);
      break;
    }
    if (asked.has(next.href)) {
      note(where, `names a page already read (${next.href}): the feed goes round in a circle, so the paging stopped there`);
      break;
    }
    if (number >= maxPages) {
      note(where, `names more pages: only the first ${maxPages} were read. An RPDE feed lists changes oldest first, so the newest sessions may be on the pages not read`);
      break;
    }
    asked.add(next.href);
    let answer: unknown;
    try {
      // A later page that does not answer in time ends the paging: what arrived is shown.
      answer = await fetchPage(next.href, context, false, context.signal);
    } catch (error) {
      if (context.signal.aborted) break;
      note(`page ${number + 1}`, `could not be loaded: ${(error as Error).message}`);
      break;
    }
    if (!isRpdePage(answer)) {
      note(`page ${number + 1}`, `(${next.href}) is not an RPDE page (a JSON object with "items" and "next")`);
      break;
    }
    page = answer;
    url = next.href;
    number += 1;
    // A page with no items is the end of the feed.
    if (!page.items.length) break;
    read(page, number);
    pagesRead += 1;
  }
  if (context.signal.aborted) throw new FeedError('network', `${context.url}: paging stopped, as no widget needs the feed any more`);
  // Whole already: nothing after it, and nothing on it changed twice.
  if (pagesRead === 1 && !notes.length && items.size === data.items.length) return data;
  const merged = [...items.values()];
  const pages: RpdePages = { pages: number, origins: merged.map(({ origin: at }) => at) };
  return {
    ...data,
    items: merged.map(({ item }) => item),
    next: page.next,
    [RPDE_PAGES]: pages,
    ...(notes.length ? { [PAGING_NOTES]: notes } : {}),
  };
}
