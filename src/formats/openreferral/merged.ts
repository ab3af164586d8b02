/**
 * Where each page of a live directory starts in its merged list, so a diagnostic names the item
 * as the council's data team sees it (`page 9, contents[10]`), not by its merged position. The
 * pager (paging.ts) writes it into the merged document, which is also the saved copy, so a saved
 * copy read offline names items the same way; a copy edited since is read only if well formed.
 */
export const PAGE_STARTS = 'x-parent-champion-pages';

/** `[page, index of its first item in the merged list]`, pages in order. */
export type PageStarts = [page: number, start: number][];

/** The page starts a merged directory carries, or `undefined` (a single page, or not well formed). */
export function pageStartsOf(document: Record<string, unknown>, length: number): PageStarts | undefined {
  const starts = document[PAGE_STARTS];
  if (!Array.isArray(starts) || starts.length < 2 || starts.length > 1000) return undefined;
  let previous = -1;
  for (const entry of starts) {
    const [page, start] = Array.isArray(entry) ? (entry as unknown[]) : [];
    if (!Number.isInteger(page) || (page as number) < 1 || !Number.isInteger(start) || (start as number) <= previous || (start as number) > length) {
      return undefined;
    }
    previous = start as number;
  }
  return starts as PageStarts;
}

/** `page 9, contents[10]` for the merged list's `index`, named by the pages' own list key (`content` on ORUK v1 and Outpost pages). */
export function mergedItemPath(starts: PageStarts, index: number, list = 'contents'): string {
  let at = starts[0]!;
  for (const entry of starts) if (entry[1] <= index) at = entry;
  return `page ${at[0]}, ${list}[${index - at[1]}]`;
}
