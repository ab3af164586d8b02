/**
 * The finder's two panels as one chunk: a service's detail view and the filter panel (its
 * fieldsets, counts and chips). One chunk, not two: a third lazy chunk importing Lit makes
 * Rolldown move Lit out of the all-in-one entry into a chunk of its own, a second request
 * before anything renders. Fetched beside the feed where the filters show beside the results,
 * else when the browser is idle after the first results. Its British English (strings/panels.en-GB.ts)
 * travels with it, laid under the finder's strings where the panels read them (`panelText`).
 */
export { renderDetail, serviceDetailStyles } from './service-detail.js';
export { filterAndCount, filterPanelStyles, renderChips, renderFilterBody } from './filter-panel.js';
