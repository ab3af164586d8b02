/**
 * A result card and the pieces the detail view shares with it. Feed text is untrusted: it
 * is only ever bound as text, and links go through the safe-url helpers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Contact, Service } from '../data/feed-schema.js';
import type { FinderEnglish } from './strings/en-GB.js';
import { isWebUrl, safeLink } from '../data/safe-url.js';
import { mailtoLink, telLink } from '../data/contact-links.js';
import { clampHeadingLevel, isolated, sentenceWith } from '../ui/states.js';
import type { PlacedService } from './distance.js';
import { formatSchedule, type NextDate } from './schedule-text.js';
import { ageRangeText, costText, distanceText } from './service-text.js';

/** What rendering a service needs to know about the page and the programme. */
export interface CardContext {
  t: FinderEnglish;
  /** Locale for `Intl` (numbers, day names, language names). */
  locale: string;
  headingLevel: number;
  categoryLabels: ReadonlyMap<string, string>;
  areaLabels: ReadonlyMap<string, string>;
  num: (value: number) => string;
  /** The programme's timezone: today there, for the next date of an opening every few weeks. */
  timeZone: string;
  /** The next date of an opening every few weeks or months: once the detail view's chunk, which works them out, is here. */
  nextDate?: NextDate;
}

/** A heading at the page's level holding any content (the shared `heading()` takes text only). */
export function richHeading(level: number, className: string, content: unknown, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (clampHeadingLevel(level)) {
    case 1:
      return html`<h1 class=${className} id=${i} tabindex=${id ? -1 : nothing}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} id=${i} tabindex=${id ? -1 : nothing}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} id=${i} tabindex=${id ? -1 : nothing}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${i} tabindex=${id ? -1 : nothing}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${i} tabindex=${id ? -1 : nothing}>${content}</h5>`;
    default:
      return html`<h6 class=${className} id=${i} tabindex=${id ? -1 : nothing}>${content}</h6>`;
  }
}

/** One labelled fact; nothing when there is no value. */
export function fact(label: string, value: unknown): TemplateResult | typeof nothing {
  return value === undefined || value === '' || value === nothing
    ? nothing
    : html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

export function categoryTags(service: Service, ctx: CardContext): TemplateResult | typeof nothing {
  const labels = (service.categories ?? []).map((id) => ctx.categoryLabels.get(id)).filter((l): l is string => !!l);
  return labels.length ? html`<ul class="tags">${labels.map((label) => html`<li dir="auto">${label}</li>`)}</ul>` : nothing;
}

export function costValue(service: Service, ctx: CardContext): unknown {
  const cost = costText(service.cost, ctx.t);
  if (!cost) return undefined;
  // A paid service's label is the feed's own words ("£2 per family").
  const label = cost.label === service.cost?.details ? isolated(cost.label) : cost.label;
  return html`<strong>${label}</strong>${cost.details ? html` · ${isolated(cost.details)}` : nothing}`;
}

export function whereValue(placed: PlacedService, ctx: CardContext, withName = false): unknown {
  const location = placed.service.location;
  const parts = [withName ? location?.name : undefined, location?.address, location?.postcode].filter(Boolean).join(', ');
  const distance = placed.km !== undefined ? distanceText(placed.km, ctx.t, ctx.locale) : '';
  if (!parts && !distance) return undefined;
  // <bdi>: an English address ("3 Castle Street") keeps its order inside Arabic text.
  return html`${parts ? html`<bdi>${parts}</bdi>` : nothing}${distance
    ? html`${parts ? ' · ' : ''}<strong class="distance">${distance}</strong>`
    : nothing}`;
}

/**
 * Tap-to-call, email and website links: only those that are safe to follow. `owner` names whose
 * website it is, for screen readers ("Website (Little Acorns Nursery)", in brackets: Chromium puts a
 * space before hidden text, which made "Website : Little Acorns Nursery" of a colon).
 */
export function contactList(contact: Contact | undefined, t: CardContext['t'], owner?: string): TemplateResult | typeof nothing {
  const phone = contact?.phone ? telLink(contact.phone) : undefined;
  const email = contact?.email ? mailtoLink(contact.email) : undefined;
  const website = contact?.website && isWebUrl(contact.website) ? safeLink(contact.website) : undefined;
  if (!phone && !email && !website) return nothing;
  return html`<ul class="contact">
    ${phone ? html`<li><span class="contact__label">${t.finderPhone}:</span> <a href=${phone} dir="ltr">${contact!.phone}</a></li>` : nothing}
    ${email ? html`<li><span class="contact__label">${t.finderEmail}:</span> <a href=${email} dir="ltr">${contact!.email}</a></li>` : nothing}
    ${website ? html`<li><a href=${website}>${t.finderWebsite}${owner ? html`<span class="visually-hidden"> (${isolated(owner)})</span>` : nothing}</a></li>` : nothing}
  </ul>`;
}

/** A service's contact links. */
export function contactLinks(service: Service, ctx: CardContext): TemplateResult | typeof nothing {
  return contactList(service.contact, ctx.t, service.name);
}

/** One result: the name opens the detail view. */
export function renderCard(
  placed: PlacedService,
  ctx: CardContext,
  onOpen: (placed: PlacedService, opener: HTMLElement) => void,
): TemplateResult {
  const { service } = placed;
  const t = ctx.t;
  const schedule = formatSchedule(service.schedule, ctx.locale, t, ctx.nextDate);
  return html`<li class="card" part="result-card">
    ${richHeading(
      ctx.headingLevel,
      'card__title',
      html`<button
        type="button"
        class="card__open"
        part="result-open"
        dir="auto"
        aria-haspopup="dialog"
        data-id=${service.id}
        @click=${(event: Event) => onOpen(placed, event.currentTarget as HTMLElement)}
      >
        ${service.name}
      </button>`,
    )}
    ${service.organisation ? html`<p class="card__org">${sentenceWith(t.finderRunBy, service.organisation)}</p>` : nothing}
    ${categoryTags(service, ctx)}
    <dl class="facts">
      ${fact(t.finderAges, ageRangeText(service.ageRange, t, ctx.num))}
      ${fact(t.finderCost, costValue(service, ctx))}
      ${fact(
        t.finderWhen,
        schedule.length
          ? // The note ("term time only") changes what the times mean: it shows on the card too.
            html`${schedule.join('; ')}${service.scheduleNote ? html`<br />${isolated(service.scheduleNote)}` : nothing}`
          : service.scheduleNote && isolated(service.scheduleNote),
      )}
      ${fact(t.finderWhere, whereValue(placed, ctx))}
    </dl>
    ${contactLinks(service, ctx)}
  </li>`;
}
