/**
 * The finder's lazy chunks, each needed only once a parent uses its feature: the search
 * engine (a typed query), the filter panel (where the filters show, or opening them), a service's
 * detail view (opening a service),
 * URL sync (`sync-url`) and "near me" (a postcode or the parent's location).
 *
 * The element passes these loaders to its controllers. Nothing swaps them at run time: a test
 * (or a story) that needs a chunk to fail or wait defines a subclass of the element with its
 * own `chunks` (see `PcServiceFinder.chunks`).
 */
export interface FinderChunks {
  readonly searchEngine: () => Promise<typeof import('./search-index.js')>;
  readonly filterPanel: () => Promise<typeof import('./finder-filter-panel.js')>;
  readonly detail: () => Promise<typeof import('./finder-detail.js')>;
  readonly address: () => Promise<typeof import('./url-address.js')>;
  readonly nearMe: () => Promise<typeof import('./near-me.js')>;
}

export const FINDER_CHUNKS: FinderChunks = Object.freeze({
  searchEngine: () => import('./search-index.js'),
  filterPanel: () => import('./finder-filter-panel.js'),
  detail: () => import('./finder-detail.js'),
  address: () => import('./url-address.js'),
  nearMe: () => import('./near-me.js'),
});
