/**
 * The finder's lazy chunks, each needed only once a parent uses its feature: the search
 * engine (a typed query), the panels (opening a service, or the filters where they show),
 * URL sync (`sync-url`) and "near me" (a postcode or the parent's location).
 *
 * The element passes these loaders to its controllers. Nothing swaps them at run time: a test
 * (or a story) that needs a chunk to fail or wait defines a subclass of the element with its
 * own `chunks` (see `PcServiceFinder.chunks`).
 */
export interface FinderChunks {
  readonly searchEngine: () => Promise<typeof import('./search-index.js')>;
  readonly panels: () => Promise<typeof import('./finder-panels.js')>;
  readonly address: () => Promise<typeof import('./url-address.js')>;
  readonly nearMe: () => Promise<typeof import('./near-me.js')>;
}

export const FINDER_CHUNKS: FinderChunks = Object.freeze({
  searchEngine: () => import('./search-index.js'),
  panels: () => import('./finder-panels.js'),
  address: () => import('./url-address.js'),
  nearMe: () => import('./near-me.js'),
});
