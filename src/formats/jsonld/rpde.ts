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
 * names the next), only from the feed's own origin or its host moved to https (a site opted in to
 * that server, not to others), at most `MAX_RPDE_PAGES` of them, and never the same address twice
 * (a static copy of a page whose `next` the server ignores).
 */
import type { Diagnostic } from '../../data/errors.js';
import { FeedError } from '../../data/errors.js';
import { isJsonObject } from '../../data/json-object.js';
import { fetchPage, PAGING_NOTES, type PageContext } from '../paging.js';
import { addressKey, isRpdePage, RPDE_PAGES, type RpdePage, type RpdePages } from './rpde-pages.js';

/**
 * RPDE pages hold up to 500 items each (its recommended size): 20 pages are some 10,000 changes,
 * many megabytes, and as much as a phone should fetch for one calendar.
 */
export const MAX_RPDE_PAGES = 20;

export interface RpdeContext extends PageContext {
  maxPages?: number;
}

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

/** An item's `modified` when it is a number (RPDE's recommended change counter or timestamp): comparable. */
const changeNumber = (item: unknown): number | undefined =>
  isJsonObject(item) && typeof item.modified === 'number' && Number.isFinite(item.modified) ? item.modified : undefined;

/**
 * The whole feed when `data` is an RPDE page (see the file comment): its items merged with the
 * later pages', what the paging found under `PAGING_NOTES`, and the pages read and where each item
 * came from under `RPDE_PAGES` (which also tells the converter the pages were followed). A page
 * that cannot be had ends the paging with a note: the items already read are shown.
 */
export async function followRpde(data: unknown, context: RpdeContext): Promise<unknown> {
  if (!isRpdePage(data)) return data;
  // A feed's own words in the keys the merged copy keeps its notes in are not trusted.
  const { [PAGING_NOTES]: _notes, [RPDE_PAGES]: _pages, ...first } = data;
  const maxPages = context.maxPages ?? MAX_RPDE_PAGES;
  const notes: Diagnostic[] = [];
  /** `lasting`: asking again cannot fill the gap (the feed itself says where its pages are, and the paging would stop there again). */
  const note = (path: string, message: string, lasting = false) =>
    notes.push({ path, message, action: 'warning', incomplete: true, ...(lasting ? { lasting } : {}) });
  // Latest state by identity; Map order is insertion order, so a key deleted and set again moves to its later
  // place. A deleted item stays as RPDE gives it (no data): its change may be the feed's latest. An item met
  // again with a lower change number than the one kept (a page read twice) is older, and left.
  const items = new Map<unknown, { item: unknown; origin: [number, number] }>();
  const read = (page: RpdePage, number: number) =>
    page.items.forEach((item, index) => {
      const identity = identityOf(item);
      const kept = identity === undefined ? undefined : items.get(identity);
      const [was, now] = [changeNumber(kept?.item), changeNumber(item)];
      if (was !== undefined && now !== undefined && now < was) return;
      if (identity !== undefined) items.delete(identity);
      items.set(identity ?? {}, { item, origin: [number, index] });
    });
  read(data, 1);
  const feed = new URL(context.url);
  const { origin } = feed;
  // The feed's own origin, or its host moved from http to https (a publisher's `next` often is).
  const ownSite = (url: URL) => url.origin === origin || (feed.protocol === 'http:' && url.protocol === 'https:' && url.hostname === feed.hostname);
  const asked = new Set([addressKey(context.url)]);
  let page: RpdePage = data;
  let url = context.url;
  let number = 1;
  for (;;) {
    const next = addressOf(page.next, url);
    // The last page has no items and names itself; a page emptied by the publisher's filtering names the next.
    if (next && addressKey(next.href) === addressKey(url)) break;
    const where = `page ${number}, next`;
    if (!next) {
      note(where, `is not an http(s) address (got ${JSON.stringify(page.next.slice(0, 200))}), so the pages after it were not read`, true);
      break;
    }
    if (!ownSite(next)) {
      note(where, `is on another site (${next.origin}) than the feed (${origin}), so it was not asked for: only this site's pages are read`, true);
      break;
    }
    if (asked.has(addressKey(next.href))) {
      note(where, `names a page already read (${next.href}): the feed goes round in a circle, so the paging stopped there`, true);
      break;
    }
    asked.add(addressKey(next.href));
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
      note(`page ${number + 1}`, `(${next.href}) is not an RPDE page (a JSON object with "items" and "next")`, true);
      break;
    }
    const isLast = !answer.items.length && addressKey(addressOf(answer.next, next.href)?.href ?? '') === addressKey(next.href);
    // One page past the limit is asked for only to see whether it is the feed's end.
    if (number >= maxPages && !isLast) {
      note(where, `names more pages: only the first ${maxPages} were read. An RPDE feed lists changes oldest first, so the newest sessions may be on the pages not read`, true);
      break;
    }
    page = answer;
    url = next.href;
    number += 1;
    read(page, number);
  }
  if (context.signal.aborted) throw new FeedError('network', `${context.url}: paging stopped, as no widget needs the feed any more`);
  const merged = [...items.values()];
  const pages: RpdePages = { pages: number, origins: merged.map(({ origin: at }) => at) };
  return {
    ...first,
    items: merged.map(({ item }) => item),
    next: page.next,
    [RPDE_PAGES]: pages,
    ...(notes.length ? { [PAGING_NOTES]: notes } : {}),
  };
}
