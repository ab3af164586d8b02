import { html, nothing } from 'lit';
import { baseStyles } from '../theme/base.styles.js';
import { stateStyles } from '../ui/states.styles.js';
import { PcFeedElement } from '../internal/feed-element.js';
import { heading, isolated } from '../ui/states.js';
import type { FeedView } from '../context/feed-controller.js';
import { feedStatusStyles } from './feed-status.styles.js';
import { feedStatusEnglish, type FeedStatusEnglish } from './strings/en-GB.js';
import { lastUpdatedText } from './last-updated.js';


/**
 * A short summary of the feed: the programme's name and area, how many services and
 * events it lists, how many entries could not be shown, and when its data last changed (the
 * feed's own date; when it gives none, when this page loaded it). Useful on
 * a scheme's landing page, and for a data team checking a feed (details go to the console).
 *
 * @summary Summarises a Parent Champion feed: programme, counts and problems.
 * @tagname pc-feed-status
 * @csspart base - The wrapper around everything.
 * @csspart heading - The programme name (absent when the feed names none).
 * @csspart counts - The list of counts.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button in the error box.
 * @csspart stale-notice - The notice shown when the data is a saved copy.
 * @cssprop [--pc-colour-text=#0b0c0c] - Text colour.
 * @cssprop [--pc-colour-surface-alt=#f3f2f1] - Background of the summary box.
 */
export class PcFeedStatus extends PcFeedElement<FeedStatusEnglish> {
  static override styles = [baseStyles, stateStyles, feedStatusStyles];

  protected override skeletonRows = 1;

  constructor() {
    super(feedStatusEnglish);
  }

  protected override renderReady(view: Extract<FeedView, { status: 'ready' }>) {
    const { feed, diagnostics } = view;
    const t = this.t;
    const skipped = diagnostics.filter((d) => d.action === 'skipped').length;
    const services = feed.services.length;
    const events = feed.events.length;
    const locale = this.localize.intlLocale;
    const num = (n: number) => new Intl.NumberFormat(locale).format(n);
    const updated = lastUpdatedText(feed.programme, locale);
    return html`<section class="summary" aria-label=${t.feedStatusLabel}>
      ${feed.programme.name.trim()
        ? heading(this.headingLevel, 'summary__title', isolated(feed.programme.name), 'heading')
        : nothing /* a feed that names no programme (JSON-LD without an organisation): no empty heading */}
      ${feed.programme.area ? html`<p class="summary__area">${isolated(feed.programme.area)}</p>` : nothing}
      <ul class="summary__counts" part="counts">
        <li>${t.servicesCount(services, num(services))}</li>
        <li>${t.eventsCount(events, num(events))}</li>
        ${skipped ? html`<li class="summary__skipped">${t.skippedCount(skipped, num(skipped))}</li>` : nothing}
      </ul>
      <p class="summary__updated">
        ${updated
          ? t.updatedAt(updated)
          : t.loadedAt(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(view.fetchedAt))}
      </p>
    </section>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'pc-feed-status': PcFeedStatus;
  }
}
