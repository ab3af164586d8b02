/**
 * The schema.org Event JSON-LD adapter as the calendar registers it. `format="auto"` runs its
 * shape test on every feed, so the test is cheap and lives in the entry: JSON-LD's own keys
 * (`@context`, `@type`, `@graph`) on the document, its first items, or an OpenActive RPDE
 * page's first item with `data`; or an RPDE page itself (items of `{state, kind, id, modified}`),
 * whose items may use the OpenActive context's short forms `type` and `id` and no `@context`. The
 * converter, which walks the whole document for Event nodes, loads with `import()` only then, and
 * answers "not a feed" when it finds none (so a JSON-LD document without events is this adapter's
 * to refuse, with that reason in the console). An RPDE page is followed by the pages it names
 * (`expand`, rpde.ts), inside the data client's load.
 */
import type { FeedAdapter } from '../types.js';
import { isJsonObject } from '../../data/json-object.js';
import { chunkError, reportMissingFile } from '../../internal/lazy-chunk.js';

const SAMPLE = 5;

const hasJsonLdKeys = (value: unknown): boolean =>
  isJsonObject(value) && ('@context' in value || '@type' in value || '@graph' in value);

/** An RPDE item: `{ state, kind, id, modified }` (OpenActive's feed protocol), with or without data. */
const isRpdeItem = (item: unknown): boolean =>
  isJsonObject(item) && typeof item.state === 'string' && typeof item.kind === 'string' && 'modified' in item;

/** An RPDE page's items, when `json` is one: `items` and the `next` page RPDE requires. */
const rpdeItems = (json: unknown): unknown[] | undefined =>
  isJsonObject(json) && Array.isArray(json.items) && typeof json.next === 'string' ? json.items : undefined;

/** An RPDE page with no items (the page after a feed's last change), with the `license` RPDE requires. */
export const isEmptyRpdePage = (json: unknown): boolean => rpdeItems(json)?.length === 0 && typeof (json as { license?: unknown }).license === 'string';

/**
 * True when the document is written in JSON-LD (a native feed never is). An RPDE page's items
 * are all looked at, up to the first with data: a page may open with deleted items.
 */
export function looksLikeJsonLd(json: unknown): boolean {
  const nodes = Array.isArray(json) ? json.slice(0, SAMPLE) : [json];
  return (
    isEmptyRpdePage(json) ||
    nodes.some(
      (node) =>
        hasJsonLdKeys(node) ||
        (isJsonObject(node) && Array.isArray(node.items) && node.items.some((item) => isRpdeItem(item) || (isJsonObject(item) && hasJsonLdKeys(item.data)))),
    )
  );
}

/** The converter; when its file is missing from the site, the calendar says "not working" and the console names the file. */
const loadConverter = () =>
  import('./convert.js').catch((error: unknown) => {
    throw chunkError(error);
  });

export const jsonLdAdapter: FeedAdapter = {
  name: 'jsonld',
  detect: looksLikeJsonLd,
  convert: async (data, options) => (await loadConverter()).convertEventsDocument(data, options),
  prepare: () => void loadConverter().catch(() => undefined),
  // JSON-LD's own keys, or an RPDE item's state.
  sniff: (head) => /"@(?:context|type|graph)"\s*:|"state"\s*:\s*"(?:updated|deleted)"/.test(head),
  // An RPDE page is a part of a feed, whose later pages it names (rpde.ts). That travels in the
  // converter's chunk, which the page needs next: no chunk of its own to wait for.
  expand: (data, context) =>
    rpdeItems(data)?.some(isRpdeItem) || isEmptyRpdePage(data)
      ? loadConverter().then(
          ({ followRpde }) => followRpde(data, context),
          // Its file missing from the site: the page that did arrive is shown, and the console names the file.
          (error: unknown) => (reportMissingFile(error), data),
        )
      : undefined,
};
