/**
 * "Tell us what you think" in a detail view (the finder's service, the calendar's session): a
 * button that fetches `<pc-feedback-card>` (load-feedback-card.ts) and then shows the card for that
 * service or session in its place, with focus on the card's heading. A directive, so the views,
 * drawn by template functions in their lazy chunks, keep no state for it and their entries carry
 * none of it: the button is back whenever a view is drawn afresh (closed and opened again), and a
 * view showing another service or session shows the button, not the last one's card.
 */
import { html, type ChildPart, type ReactiveElement } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { loadFeedbackCard } from '../define/load-feedback-card.js';

/** What the card is about, by the card's attribute: a service, or a session's event or series. */
export type SubjectAttribute = 'service-id' | 'event-id';

/** The widget drawing the view (Lit's render options name it): the card takes its own feed and language, when set. */
type OfferingWidget = ReactiveElement & { src?: string; locale?: string };

class FeedbackOffer extends Directive {
  #widget?: OfferingWidget;
  /** What the view shows now, `subject=id`. */
  #showing = '';
  /** The card, once asked for, and what it is about. */
  #card?: { about: string; element: HTMLElement };
  /** The card's code is being fetched: another press waits for the same. */
  #loading = false;

  override update(part: ChildPart, args: Parameters<FeedbackOffer['render']>): unknown {
    this.#widget = part.options?.host as OfferingWidget | undefined;
    return this.render(...args);
  }

  /** `headingLevel`: the card's, one below the view's own heading. `label`: the button's words. */
  render(subject: SubjectAttribute, id: string, headingLevel: number, label: string): unknown {
    this.#showing = `${subject}=${id}`;
    if (this.#card?.about === this.#showing) return this.#card.element;
    return html`<button type="button" class="button button--secondary" part="feedback-button" @click=${() => this.#open(subject, id, headingLevel)}>
      ${label}
    </button>`;
  }

  async #open(subject: SubjectAttribute, id: string, headingLevel: number): Promise<void> {
    const widget = this.#widget;
    if (this.#loading || !widget) return;
    this.#loading = true;
    try {
      await loadFeedbackCard();
    } catch {
      return; // Said in the console; the button stays for another try.
    } finally {
      this.#loading = false;
    }
    const card = document.createElement('pc-feedback-card');
    card.setAttribute(subject, id);
    card.headingLevel = headingLevel;
    // A widget with its own `src` is in no `<pc-provider>`: the card reads the same feed.
    if (widget.src) card.src = widget.src;
    if (widget.locale) card.locale = widget.locale;
    this.#card = { about: `${subject}=${id}`, element: card };
    // The widget draws the view again, with the card for the button if it still shows this subject.
    widget.requestUpdate();
    await widget.updateComplete;
    if (!card.isConnected) return;
    await card.updateComplete;
    card.focus();
  }
}

/** The button, then the card: `${feedbackOffer('service-id', service.id, level + 1, t.finderFeedback)}`. */
export const feedbackOffer = directive(FeedbackOffer);
