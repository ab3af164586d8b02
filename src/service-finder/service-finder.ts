import { html, nothing, type PropertyDeclarations } from 'lit';
import type { FeedView } from '../context/feed-controller.js';
import { PcFeedElement } from '../internal/feed-element.js';
import { baseStyles } from '../theme/base.styles.js';
import { stateStyles } from '../ui/states.styles.js';
import { FinderController } from './finder-controller.js';
import { serviceFinderStyles } from './service-finder.styles.js';


/**
 * A directory of local family services a parent can search in their own words (typos and
 * everyday synonyms are fine), filter by their child's age, cost, day, language,
 * accessibility, area and how to go, and sort by distance from a postcode or their
 * location. Each result opens a detail view with everything the feed knows.
 *
 * Reads the native feed or Open Referral UK (a static service list or a live API base
 * URL). Postcodes are looked up only with a geocoder the site opts into; without one,
 * services in the parent's postcode district come first and no request leaves the page.
 *
 * @summary Search, filter and sort local family services; open one for the details.
 * @tagname pc-service-finder
 * @fires pc-search - After each search (typing is debounced): `detail: { query, filters, total }`.
 * @fires pc-service-select - When a parent opens a service: `detail: { service }`. Cancelable: call `preventDefault()` to show the service your own way instead of the built-in detail view.
 * @csspart base - The wrapper around everything.
 * @csspart search-box - The search form.
 * @csspart search-input - The search text box.
 * @csspart postcode-input - The postcode text box.
 * @csspart postcode-error - The postcode's error message.
 * @csspart search-button - The "Search" button.
 * @csspart location-button - The "Use my location" button.
 * @csspart filter-panel - The filters (a disclosure on narrow screens).
 * @csspart clear-filters - The "Clear filters" button in the filter panel.
 * @csspart count - The number of services found.
 * @csspart results - The list of result cards.
 * @csspart result-card - One result.
 * @csspart result-open - The service name button that opens the detail view.
 * @csspart show-more - The "Show more results" button.
 * @csspart detail - The detail view (a modal dialog).
 * @csspart detail-close - The detail view's "Close" button.
 * @csspart empty - The message shown when nothing matches.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button in the error box.
 * @csspart stale-notice - The notice shown when the data is a saved copy.
 * @csspart incomplete-notice - The notice shown when part of a live directory could not be loaded (a page failed or timed out).
 * @cssprop [--pc-finder-sidebar-width=17rem] - Width of the filter panel beside the results on wide layouts.
 * @cssprop [--pc-colour-brand=#1d70b8] - Buttons and the result cards' accent.
 * @cssprop [--pc-colour-text=#0b0c0c] - Text colour.
 * @cssprop [--pc-colour-text-secondary=#505a5f] - Hints, organisation names and counts.
 * @cssprop [--pc-colour-surface=#ffffff] - Card and dialog background.
 * @cssprop [--pc-colour-surface-alt=#f3f2f1] - Filter panel and tag background.
 * @cssprop [--pc-colour-border=#505a5f] - Text box borders.
 * @cssprop [--pc-colour-border-subtle=#b1b4b6] - Card borders.
 * @cssprop [--pc-colour-error=#d4351c] - Postcode error.
 * @cssprop [--pc-colour-focus=#ffdd00] - Focus highlight.
 * @cssprop [--pc-radius=0.25rem] - Corner radius.
 * @cssprop [--pc-space=1rem] - Base spacing.
 */
export class PcServiceFinder extends PcFeedElement {
  static override properties: PropertyDeclarations = {
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    geocoder: {},
    categories: {},
  };

  static override styles = [baseStyles, stateStyles, serviceFinderStyles];

  // One file with the element: a second request (or a chunk per part) would cost more than it saves.
  readonly #finder = new FinderController(this, this.localize);

  /** How many results to show before "Show more results". */
  pageSize = 10;

  /** Keep the search, filters, postcode and page in the page's address, to share or bookmark. */
  syncUrl = false;

  /** Postcode look-up URL with `{postcode}`, e.g. `https://api.postcodes.io/postcodes/{postcode}`. None by default. */
  geocoder?: string;

  /** Category ids to limit the finder to, separated by spaces or commas. All when empty. */
  categories?: string;

  protected override renderReady(view: Extract<FeedView, { status: 'ready' }>) {
    // Part of the list could not be loaded (a live API's page failed): show the rest, and say so.
    const incomplete = view.diagnostics.some((d) => d.incomplete);
    return html`${incomplete
      ? html`<p class="stale-notice" part="incomplete-notice" role="status">${this.t.finderIncomplete}</p>`
      : nothing}${this.#finder.render(view)}`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'pc-service-finder': PcServiceFinder;
  }
}
