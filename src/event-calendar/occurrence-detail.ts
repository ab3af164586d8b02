/**
 * What a parent sees after opening a session: title, when (in words), where (with a
 * directions link; "Online", or "You can also join online." under a place), cost, ages, booking, description, and "Add to your calendar". Feed text is rendered as text; the only
 * link taken from the feed is the booking URL, and only when `safeLink` accepts it. Without
 * one, booking is worded from the event's service (drop-in, booking, referral), and left out
 * when there is none: an event that does not say is never promised to be a drop-in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Location, Service } from '../data/feed-schema.js';
import { safeLink } from '../data/safe-url.js';
import { withEnglish } from '../i18n/registry.js';
import { directionsUrl } from '../ui/directions.js';
import { heading, isolated } from '../ui/states.js';
import { feedbackOffer } from '../ui/feedback-offer.js';
import type { CalendarExport } from './calendar-export.js';
import type { CalendarFormat } from './calendar-format.js';
import type { Occurrence } from './occurrences.js';
import { ageRangeWords, sessionWhen } from './session-words.js';
import type { CalendarEnglish } from './strings/en-GB.js';
import { calendarDetailEnGB, type CalendarDetailText } from './strings/detail.en-GB.js';

export { occurrenceDetailStyles } from './occurrence-detail.styles.js';

export interface DetailContext {
  /** The calendar's strings: the detail's own English is laid under them here. */
  t: CalendarEnglish;
  fmt: CalendarFormat;
  level: number;
  /** The event's location, else its service's (none for a session joined online without one: `locationOf`). */
  location?: Location;
  /** How the event's service takes people, for an event without a booking link. */
  booking?: Service['booking'];
  /** Loaded on open; absent for the moment it takes. */
  exports?: CalendarExport;
  /** The feed has a feedback form: offer "Tell us what you think" about this session's event. */
  takesFeedback?: boolean;
  close(): void;
}

const fact = (label: string, value: unknown) => html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;

export function renderDetail(o: Occurrence, ctx: DetailContext): TemplateResult {
  const { fmt } = ctx;
  const t: CalendarDetailText = withEnglish(ctx.t, calendarDetailEnGB);
  const event = o.event;
  const where = [ctx.location?.name, ctx.location?.address, ctx.location?.postcode].filter(Boolean).join(', ');
  const directions = directionsUrl(ctx.location);
  const booking = safeLink(event.bookingUrl);
  const ages = ageRangeWords(fmt, t, event.ageRange);
  const cost = event.cost;
  const exports = ctx.exports;
  const newTab = (href: string, label: string) => html`<li>
    <a href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden"> ${t.calendarNewTab}</span></a>
  </li>`;
  // A cancelled session is not worth adding, and Google and Outlook links cannot say it is
  // cancelled; the rest of its series still may be.
  const addLinks = exports
    ? [
        ...(o.cancelled
          ? []
          : [html`<li><a href=${exports.session.href} download=${exports.session.fileName} part="ics-link">${t.calendarDownloadSession}</a></li>`]),
        ...(exports.series
          ? [html`<li><a href=${exports.series.href} download=${exports.series.fileName} part="ics-series-link">${t.calendarDownloadSeries}</a></li>`]
          : []),
        ...(o.cancelled ? [] : [newTab(exports.google, t.calendarGoogle), newTab(exports.outlook, t.calendarOutlook)]),
      ]
    : [];
  return html`<div class="detail__head">
      ${heading(ctx.level, 'detail__title', isolated(event.title), 'detail-title')}
      <button type="button" class="button button--secondary detail__close" @click=${ctx.close}>${t.calendarClose}</button>
    </div>
    ${o.cancelled ? html`<p class="detail__cancelled" part="cancelled">${t.calendarCancelledNotice}</p>` : nothing}
    <dl class="facts">
      ${fact(t.calendarWhen, sessionWhen(fmt, o))}
      ${where
        ? fact(t.calendarWhere, event.online ? [isolated(where), html`<br />${t.calendarAlsoOnline}`] : isolated(where))
        : event.online
          ? fact(t.calendarWhere, t.calendarOnline)
          : nothing}
      ${cost ? fact(t.calendarCost, cost.free ? [t.calendarFree, cost.details ? html`<br />${isolated(cost.details)}` : nothing] : cost.details ? isolated(cost.details) : nothing) : nothing}
      ${ages ? fact(t.calendarAges, ages) : nothing}
      ${o.cancelled || !(booking || ctx.booking)
        ? nothing
        : fact(t.calendarBooking, booking ? html`<a href=${booking} part="booking-link">${t.calendarBook}</a>` : t.calendarBookingKind(ctx.booking!))}
    </dl>
    ${directions ? html`<p class="detail__directions"><a href=${directions} part="directions-link">${t.calendarDirections}</a></p>` : nothing}
    ${event.description ? html`<p class="detail__text" dir="auto">${event.description}</p>` : nothing}
    ${addLinks.length
      ? html`<div class="detail__add">
          ${heading(ctx.level + 1, 'detail__subtitle', t.calendarAddToCalendar)}
          <ul class="links">
            ${addLinks}
          </ul>
        </div>`
      : nothing}
    ${ctx.takesFeedback ? html`<div>${feedbackOffer('event-id', o.eventId, ctx.level + 1, t.calendarFeedback)}</div>` : nothing}`;
}
