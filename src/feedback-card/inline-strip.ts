/**
 * The inline variant's strip: "Was this useful? Yes / No". "No" opens the card at once; "Yes"
 * thanks the parent and offers "Tell us more", which opens it too. Nothing is sent from the strip
 * itself: only a card the parent fills in is.
 */
import { html, type TemplateResult } from 'lit';
import type { FeedbackCardEnglish } from './strings/en-GB.js';

export interface StripActions {
  yes: () => void;
  open: () => void;
}

export function inlineStrip(t: FeedbackCardEnglish, glad: boolean, actions: StripActions): TemplateResult {
  return html`<div class="strip on-grey" part="strip">
    ${glad
      ? html`<p class="strip__glad" tabindex="-1">${t.feedbackCardGlad}</p>
          <button class="button button--secondary" type="button" @click=${actions.open}>${t.feedbackCardTellMore}</button>`
      : html`<p class="strip__question" id="useful">${t.feedbackCardUseful}</p>
          <div class="strip__answers" role="group" aria-labelledby="useful">
            <button class="button button--secondary" type="button" @click=${actions.yes}>${t.feedbackCardYes}</button>
            <button class="button button--secondary" type="button" @click=${actions.open}>${t.feedbackCardNo}</button>
          </div>`}
  </div>`;
}
