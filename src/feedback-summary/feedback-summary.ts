/**
 * `<pc-feedback-summary>`: what parents said about a service, in public and with no one in it
 * identifiable. Counts only (how many responded, how many gave each rating), shown for a service
 * only once the scheme's minimum of responses is reached, and the scheme's "you said, we did"
 * notes. It reads the feed's `feedbackSummary` section; it never fetches or shows a comment.
 * What to show is worked out in summary-view.ts.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { FeedView } from '../context/feed-controller.js';
import type { Feed } from '../data/feed-schema.js';
import { PcFeedElement } from '../internal/feed-element.js';
import { baseStyles } from '../theme/base.styles.js';
import { clampHeadingLevel, heading, isolated, renderEmpty, sentenceWith } from '../ui/states.js';
import { stateStyles } from '../ui/states.styles.js';
import { feedbackSummaryStyles } from './feedback-summary.styles.js';
import { feedbackSummaryEnglish, type FeedbackSummaryEnglish } from './strings/en-GB.js';
import { RATINGS_SHOWN, share, summaryView, type Note, type SummaryView, type Tally } from './summary-view.js';

/** Services shown at first, and added by "Show more services" (without `service-id`). */
const SERVICES_PAGE = 10;
/** Notes shown at first, and added by "Show earlier changes". */
const NOTES_PAGE = 5;

/**
 * The published summary of parents' feedback: for one service (`service-id`) or every service
 * with enough responses, how many responded and how many gave each rating, in words ("Very good
 * 7"), with a bar for each; then the scheme's "you said, we did" notes, newest first. A service
 * below the scheme's minimum of responses shows only that there are not enough responses yet,
 * never how many there are. Reads the feed's `feedbackSummary` (the receiver's `GET /summary`,
 * or written by hand); anything in it that carries raw comments is refused before it is read.
 *
 * @summary "What parents told us": a service's ratings, once enough parents responded, and "you said, we did".
 * @tagname pc-feedback-summary
 * @csspart base - The wrapper around everything.
 * @csspart heading - "What parents told us".
 * @csspart services - The list of services (without `service-id`).
 * @csspart service - One service in that list.
 * @csspart service-name - A service's name (without `service-id`).
 * @csspart tally - One service's counts: the responses and the ratings.
 * @csspart responses - "Based on 12 responses".
 * @csspart ratings - The list of the five ratings with their counts.
 * @csspart not-enough - Said instead of the counts while there are not enough responses.
 * @csspart notes-heading - "You said, we did".
 * @csspart notes - The list of "you said, we did" notes.
 * @csspart note - One note.
 * @csspart show-more - "Show more services" and "Show earlier changes".
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button in the error box.
 * @csspart empty - Shown when the feed publishes no summary.
 * @csspart stale-notice - The notice shown when the data is a saved copy.
 * @cssprop [--pc-colour-brand=#1d70b8] - The rating bars and the notes' bar.
 * @cssprop [--pc-colour-text=#0b0c0c] - Text colour.
 * @cssprop [--pc-colour-text-secondary=#505a5f] - Dates and "Based on …".
 * @cssprop [--pc-colour-surface=#ffffff] - The cards' background.
 * @cssprop [--pc-colour-surface-alt=#f3f2f1] - The empty part of the rating bars.
 * @cssprop [--pc-colour-border-subtle=#b1b4b6] - Card and bar borders.
 * @cssprop [--pc-font-size=max(1rem, 16px)] - Base text size.
 * @cssprop [--pc-radius=4px] - Corner radius (never of the coloured bars on a side).
 * @cssprop [--pc-space=1em] - Base spacing.
 */
export class PcFeedbackSummary extends PcFeedElement<FeedbackSummaryEnglish> {
  static override properties: PropertyDeclarations = {
    servicesShown: { state: true, attribute: false },
    notesShown: { state: true, attribute: false },
    serviceId: { attribute: 'service-id' },
  };

  static override styles = [baseStyles, stateStyles, feedbackSummaryStyles];

  protected override skeletonRows = 2;

  /** How many services show (without `service-id`): "Show more services" adds more. */
  private servicesShown = SERVICES_PAGE;

  /** How many notes show: "Show earlier changes" adds more. */
  private notesShown = NOTES_PAGE;

  /** The service to summarise (an id from the feed's services). Without it, every service with enough responses. */
  serviceId?: string;

  /** The last view worked out, and what it was worked out from. */
  #memo?: { feed: Feed; serviceId?: string; locale: string; view: SummaryView };
  /** Focus to move once the next update has rendered. */
  #afterUpdate?: () => void;

  constructor() {
    super(feedbackSummaryEnglish);
  }

  protected override updated(): void {
    const after = this.#afterUpdate;
    this.#afterUpdate = undefined;
    after?.();
  }

  #view(feed: Feed): SummaryView {
    const serviceId = this.serviceId?.trim() || undefined;
    const locale = this.localize.intlLocale;
    const memo = this.#memo;
    if (memo && memo.feed === feed && memo.serviceId === serviceId && memo.locale === locale) return memo.view;
    const collator = new Intl.Collator(locale);
    const view = summaryView(feed, serviceId, collator.compare);
    this.#memo = { feed, serviceId, locale, view };
    return view;
  }

  #number(n: number): string {
    return new Intl.NumberFormat(this.localize.intlLocale).format(n);
  }

  /** A YYYY-MM-DD date in the locale's words: "3 November 2026". */
  #date(iso: string): string {
    const [year, month, day] = iso.split('-').map(Number);
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return new Intl.DateTimeFormat(this.localize.intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }

  /** Shows the next page of `selector`'s items, and moves focus to the first one it adds. */
  #showMore(selector: string, first: number, add: () => void): void {
    add();
    this.#afterUpdate = () => this.renderRoot.querySelectorAll<HTMLElement>(selector)[first]?.focus();
  }

  #handleMoreServices = (): void =>
    this.#showMore('.service', this.servicesShown, () => (this.servicesShown += SERVICES_PAGE));

  #handleMoreNotes = (): void => this.#showMore('.note', this.notesShown, () => (this.notesShown += NOTES_PAGE));

  protected override renderReady(view: Extract<FeedView, { status: 'ready' }>) {
    const t = this.t;
    const summary = this.#view(view.feed);
    if (summary.kind === 'none') return renderEmpty(t.emptyHeading, t.feedbackSummaryNone, undefined, this.headingLevel);
    const level = clampHeadingLevel(this.headingLevel);
    return html`<div class="summary">
      ${heading(level, 'summary__heading', t.feedbackSummaryHeading, 'heading')}
      ${this.#renderTallies(summary, level + 1)}
      ${summary.notes.length ? this.#renderNotes(summary.notes, level + 1) : nothing}
    </div>`;
  }

  #renderTallies({ single, tallies, minimum }: Extract<SummaryView, { kind: 'summary' }>, level: number): TemplateResult {
    const t = this.t;
    if (!tallies.length) {
      const notEnough = single ? t.feedbackSummaryNotEnough : t.feedbackSummaryNotEnoughAny;
      return html`<p class="summary__not-enough" part="not-enough">${notEnough(minimum, this.#number(minimum))}</p>`;
    }
    if (single) return html`<div class="tally tally--single" part="tally">${this.#renderCounts(tallies[0])}</div>`;
    const shown = tallies.slice(0, this.servicesShown);
    return html`<ul class="services" part="services">
        ${shown.map(
          (tally) => html`<li class="service tally" part="service tally" tabindex="-1">
            ${heading(level, 'service__name', isolated(tally.name!), 'service-name')} ${this.#renderCounts(tally)}
          </li>`,
        )}
      </ul>
      ${shown.length < tallies.length ? this.#renderMore(t.feedbackSummaryMoreServices, this.#handleMoreServices) : nothing}`;
  }

  /** "Based on 12 responses", then each rating in words with its count and a bar. */
  #renderCounts(tally: Tally): TemplateResult {
    const t = this.t;
    return html`<p class="tally__responses" part="responses">${t.feedbackSummaryResponses(tally.responses, this.#number(tally.responses))}</p>
      <ul class="ratings" part="ratings" aria-label=${t.feedbackSummaryRatings}>
        ${RATINGS_SHOWN.map((rating) => {
          const count = tally.ratings[rating - 1];
          // The bar's length as a property (the CSSOM), not a style attribute: a strict
          // Content-Security-Policy (no 'unsafe-inline' styles) blocks the one, not the other.
          return html`<li class="rating">
            <span class="rating__word">${t.feedbackSummaryRating(rating)}</span>
            <span class="rating__bar" aria-hidden="true"
              ><span class="rating__fill" .style=${`--share: ${share(count, tally.responses)}%`}></span
            ></span>
            <span class="rating__count">${this.#number(count)}</span>
          </li>`;
        })}
      </ul>`;
  }

  #renderNotes(notes: Note[], level: number): TemplateResult {
    const t = this.t;
    const shown = notes.slice(0, this.notesShown);
    return html`<div class="notes-section">
      ${heading(level, 'notes__heading', t.feedbackSummaryNotesHeading, 'notes-heading')}
      <ul class="notes" part="notes">
        ${shown.map(
          (note) => html`<li class="note" part="note" tabindex="-1">
            <p class="note__meta">
              <time datetime=${note.date}>${this.#date(note.date)}</time>
              ${note.serviceName ? html`<span class="note__service">${sentenceWith(t.feedbackSummaryAbout, note.serviceName)}</span>` : nothing}
            </p>
            <dl class="note__body">
              <div>
                <dt>${t.feedbackSummaryYouSaid}</dt>
                <dd>${isolated(note.youSaid)}</dd>
              </div>
              <div>
                <dt>${t.feedbackSummaryWeDid}</dt>
                <dd>${isolated(note.weDid)}</dd>
              </div>
            </dl>
          </li>`,
        )}
      </ul>
      ${shown.length < notes.length ? this.#renderMore(t.feedbackSummaryMoreNotes, this.#handleMoreNotes) : nothing}
    </div>`;
  }

  #renderMore(label: string, onClick: () => void): TemplateResult {
    return html`<button type="button" class="button button--secondary more" part="show-more" @click=${onClick}>${label}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pc-feedback-summary': PcFeedbackSummary;
  }
}
