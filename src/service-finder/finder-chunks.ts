/**
 * The finder's lazy chunks, each needed only once a parent uses its feature: the search
 * engine (a typed query), the panels (opening a service, or the filters where they show),
 * URL sync (`sync-url`) and "near me" (a postcode or the parent's location).
 * @internal One object so tests can stand in a failed fetch.
 */
export const finderChunks = {
  searchEngine: () => import('./search-index.js'),
  panels: () => import('./finder-panels.js'),
  urlState: () => import('./url-state.js'),
  nearMe: () => import('./near-me.js'),
};
