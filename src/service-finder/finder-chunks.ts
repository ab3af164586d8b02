/**
 * The finder's lazy chunks, each needed only once a parent uses its feature: the search
 * engine (a typed query), the detail view (opening a service) and URL sync (`sync-url`).
 * @internal One object so tests can stand in a failed fetch.
 */
export const finderChunks = {
  searchEngine: () => import('./search-index.js'),
  detailView: () => import('./service-detail.js'),
  urlState: () => import('./url-state.js'),
};
