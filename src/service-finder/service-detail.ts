/**
 * Everything about one service, in a native modal `<dialog>`: focus moves into it,
 * Escape and "Close" shut it, and the element puts focus back on the card that opened it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlacedService } from './distance.js';
import { scheduleLines, formatScheduleLine } from './schedule-text.js';
import { categoryTags, contactLinks, costValue, fact, richHeading, whereValue, type CardContext } from './service-card.js';
import { directionsUrl } from '../ui/directions.js';
import { languageName, panelText } from './panel-text.js';
import type { FinderPanelText } from './strings/panels.en-GB.js';
import { ageRangeText } from './service-text.js';
import { isolated, sentenceWith } from '../ui/states.js';
import { feedbackOffer } from '../ui/feedback-offer.js';
export { serviceDetailStyles } from './service-detail.styles.js';

export interface DetailContext extends CardContext {
  /** "3 weeks ago", for the date the entry was last checked. */
  relativeTime: (date: Date) => string;
  onClose: () => void;
  /** The feed has a feedback form: offer "Tell us what you think" about this service. */
  takesFeedback?: boolean;
}

function when(placed: PlacedService, t: FinderPanelText, { locale, nextDate }: CardContext): unknown {
  const { service } = placed;
  const lines = scheduleLines(service.schedule);
  if (!lines.length && !service.scheduleNote) return undefined;
  return html`<ul class="plain">
      ${lines.map(
        (line) =>
          html`<li>${formatScheduleLine(line, locale, t, nextDate)}${line.notes.length ? html` (${isolated(line.notes.join('; '))})` : nothing}</li>`,
      )}
    </ul>
    ${service.scheduleNote ? html`<p dir="auto">${service.scheduleNote}</p>` : nothing}`;
}

function list(values: readonly string[] | undefined): unknown {
  return values?.length ? html`<ul class="plain">${values.map((v) => html`<li>${isolated(v)}</li>`)}</ul>` : undefined;
}

/** The dialog's content for one service. */
const feedLabel = (label: string | undefined) => (label ? isolated(label) : undefined);

export function renderDetail(placed: PlacedService, ctx: DetailContext): TemplateResult {
  const { service } = placed;
  const t = panelText(ctx.t);
  const directions = directionsUrl(service.location);
  const where = whereValue(placed, ctx, true);
  const checked = service.lastChecked ? new Date(`${service.lastChecked}T12:00:00`) : undefined;
  return html`<dialog
    class="detail"
    part="detail"
    aria-labelledby="detail-title"
    @close=${ctx.onClose}
    @click=${(event: MouseEvent) => {
      // A click on the backdrop lands on the dialog itself: close, as people expect.
      const dialog = event.currentTarget as HTMLDialogElement;
      if (event.target === dialog) {
        const box = dialog.getBoundingClientRect();
        const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
        if (outside) dialog.close();
      }
    }}
  >
    <div class="detail__head">
      ${richHeading(ctx.headingLevel, 'detail__title', isolated(service.name), 'detail-title')}
      <button type="button" class="button button--secondary detail__close" part="detail-close" @click=${(e: Event) =>
        ((e.currentTarget as HTMLElement).closest('dialog') as HTMLDialogElement).close()}>
        ${t.finderClose}
      </button>
    </div>
    ${service.organisation ? html`<p class="card__org">${sentenceWith(t.finderRunBy, service.organisation)}</p>` : nothing}
    ${categoryTags(service, ctx)}
    ${service.description ? html`<p class="detail__description" dir="auto">${service.description}</p>` : nothing}
    <dl class="facts facts--detail">
      ${fact(t.finderAges, ageRangeText(service.ageRange, t, ctx.num))}
      ${fact(t.finderCost, costValue(service, ctx))}
      ${fact(t.finderWhen, when(placed, t, ctx))}
      ${fact(
        t.finderWhere,
        where || directions
          ? html`${where ?? nothing}${directions ? html`<br /><a href=${directions}>${t.finderDirections}</a>` : nothing}`
          : undefined,
      )}
      ${fact(t.finderFilterArea, service.area ? feedLabel(ctx.areaLabels.get(service.area)) : undefined)}
      ${fact(t.finderFilterBooking, service.booking ? t.finderBooking(service.booking) : undefined)}
      ${fact(t.finderLanguages, list(service.languages?.map((l) => languageName(l, ctx.locale))))}
      ${fact(t.finderAccessibility, list(service.accessibility))}
      ${fact(t.finderContact, contactLinks(service, ctx))}
    </dl>
    ${checked && !Number.isNaN(checked.getTime())
      ? html`<p class="detail__checked">${t.finderChecked(ctx.relativeTime(checked))}</p>`
      : nothing}
    ${ctx.takesFeedback ? html`<div>${feedbackOffer('service-id', service.id, ctx.headingLevel + 1, t.finderFeedback)}</div>` : nothing}
  </dialog>`;
}
