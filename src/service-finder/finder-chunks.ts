/**
 * The finder's lazy chunks, each needed only once a parent uses its feature: the search
 * engine (a typed query), the detail view (opening a service), URL sync (`sync-url`) and
 * "near me" (a postcode or the parent's location).
 * @internal One object so tests can stand in a failed fetch.
 */
export const finderChunks = {
  searchEngine: () => import('./search-index.js'),
  detailView: () => import('./service-detail.js'),
  urlState: () => import('./url-state.js'),
  nearMe: () => import('./near-me.js'),
};
