/**
 * What a merged OpenActive RPDE feed (rpde.ts) carries about its pages, read by the converter so a
 * diagnostic names an item as the publisher's feed has it (`page 3, items[12]`), not by its place
 * in the merged list. The merged feed is also the saved copy, so a copy edited since is read only
 * if well formed.
 */
import { isJsonObject } from '../../data/json-object.js';

/**
 * Where the merged feed keeps how many pages were read, and which page each item came from
 * (`[page, index on it]`), so a diagnostic names an item as the publisher's feed has it.
 */
export const RPDE_PAGES = 'x-parent-champion-rpde';

/** A page of an RPDE feed: its `items` and the `next` page's address, which RPDE requires. */
export interface RpdePage extends Record<string, unknown> {
  items: unknown[];
  next: string;
}

export const isRpdePage = (value: unknown): value is RpdePage => isJsonObject(value) && Array.isArray(value.items) && typeof value.next === 'string';

export interface RpdePages {
  pages: number;
  origins: [page: number, index: number][];
}

/** The pages a merged feed carries, or `undefined` (a single page, or a saved copy edited since that is not well formed). */
export function rpdePagesOf(data: unknown, length: number): RpdePages | undefined {
  const pages = isJsonObject(data) ? data[RPDE_PAGES] : undefined;
  if (!isJsonObject(pages) || !Number.isInteger(pages.pages) || (pages.pages as number) < 1) return undefined;
  if (!Array.isArray(pages.origins) || pages.origins.length !== length) return undefined;
  const wellFormed = pages.origins.every((at) => Array.isArray(at) && at.length === 2 && Number.isInteger(at[0]) && at[0] >= 1 && Number.isInteger(at[1]) && at[1] >= 0);
  return wellFormed ? (pages as unknown as RpdePages) : undefined;
}

/** `page 3, items[12].data.name` for a merged feed's `items[N]…` path. */
export function rpdeItemPath(path: string, pages: RpdePages): string {
  const match = /^items\[(\d+)\]/.exec(path);
  const at = match ? pages.origins[Number(match[1])] : undefined;
  return at ? `page ${at[0]}, items[${at[1]}]${path.slice(match![0].length)}` : path;
}

/**
 * An address as RPDE pages are compared: without its fragment, and with its query's parameters in
 * one order and one encoding, so `?afterTimestamp=1&afterId=a` and `?afterId=a&afterTimestamp=1`
 * are the same page. Not an address (`''`) stays as it is.
 */
export function addressKey(address: string): string {
  try {
    const url = new URL(address);
    url.hash = '';
    url.searchParams.sort();
    return url.href;
  } catch {
    return address;
  }
}
