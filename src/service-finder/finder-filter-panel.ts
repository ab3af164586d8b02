/**
 * The chunk the filter panel brings: its fieldsets with counts, the selected filters as chips, the
 * ways out of a search that found nothing (no-results.ts), the
 * counting itself (`filterAndCount`), the panel's styles (`styles`, added to the finder's shadow
 * root as the chunk arrives) and its British English (strings/panels.en-GB.ts, laid under the
 * finder's strings where the panel reads them: `panelText`). Fetched beside the feed where the
 * filters show beside the results, else when the browser is idle after the first results or
 * when a parent opens the filters.
 */
export { filterAndCount, filterPanelStyles as styles, renderChips, renderFilterBody } from './filter-panel.js';
export { renderNoResults } from './no-results.js';
