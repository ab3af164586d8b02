/**
 * `<pc-feedback-card>`: the element. It holds what the parent chose and typed (kept in the draft as
 * they go) and says what valid feedback is; the forms' shared FormFlow takes it from Send to the
 * thank-you, as for the sign-up. What it asks is worked out in card-setup.ts, drawn by card-form.ts and
 * checked by card-checks.ts; the inline strip is in inline-strip.ts.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FeedController } from '../context/feed-controller.js';
import { actionMessage, unknownFieldsMessage } from '../forms/action-report.js';
import { Draft, draftMode, storageFor, type DraftMode } from '../forms/draft.js';
import { feedbackPayload } from '../forms/feedback-submission.js';
import { FormFlow } from '../forms/form-flow.js';
import type { SenderKit } from '../forms/form-sender.js';
import { formStyles } from '../forms/form.styles.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { LOG_PREFIX } from '../internal/log-prefix.js';
import { baseStyles } from '../theme/base.styles.js';
import { heading } from '../ui/states.js';
import { answerForField, checkFeedback } from './card-checks.js';
import { FIELD_IDS, renderQuestions } from './card-form.js';
import { cardSetup, questionFor, subjectOf, type CardSetup } from './card-setup.js';
import { emptyFeedbackValues, feedbackValuesFromDraft, hasFeedbackAnswers, type FeedbackKey, type FeedbackValues } from './card-values.js';
import { feedbackCardStyles } from './feedback-card.styles.js';
import { FeedSubjects } from './feed-subjects.js';
import { inlineStrip } from './inline-strip.js';
import { feedbackCardEnglish, type FeedbackCardEnglish } from './strings/en-GB.js';

/** Typing pause before a screen reader hears a character count (GOV.UK waits too). */
const SPOKEN_COUNT_DELAY = 1000;

/**
 * A small card a parent fills in within 30 seconds about a service or session they used: a rating
 * on a five-point scale in words (none chosen for them), what went well and what could be better,
 * and, only if they choose to be contacted, an email address or phone number. Anonymous by default.
 * Before Send it says what happens to their words, not to name anyone, and the safeguarding line.
 * It sends as the sign-up does: kept as a draft, one `Idempotency-Key` however often it is retried,
 * waiting on the device when it cannot go yet, sent once.
 *
 * Inside `<pc-provider>` it reads `forms.feedback` (where to send, the scheme's words) and the
 * services, so a card without `service-id` lets the parent pick one. On its own it needs only
 * `action`, and asks about the page it is on.
 *
 * @summary "Tell us what you think": a rating and a few words about a service, sent exactly once.
 * @tagname pc-feedback-card
 * @slot success - The scheme's own thank-you (replaces the built-in one and its "you said, we did" link).
 * @fires {PcSubmitEvent} pc-submit - Send was pressed and every answer is fine: `detail` is the payload. Cancelable; `event.sendWith(fetchLike)` sends it through your function with every guarantee.
 * @fires {PcSubmittedEvent} pc-submitted - The receiver stored it: `detail` is `{ payload, reply }`.
 * @fires {PcSubmitErrorEvent} pc-submit-error - It was not stored (yet): `detail` is `{ reason, willRetry, httpStatus?, problems? }`.
 * @csspart base - The wrapper around everything.
 * @csspart heading - The card's heading.
 * @csspart strip - The inline variant's "Was this useful? Yes / No".
 * @csspart error-summary - "There is a problem", with a link to each answer to fix.
 * @csspart field-error - An answer's own error message.
 * @csspart input - A text box.
 * @csspart textarea - "What went well?" and "What could be better?".
 * @csspart what-happens - What happens to the parent's words, and the safeguarding line.
 * @csspart submit - The "Send feedback" button.
 * @csspart status - A panel saying where the feedback is: not sent yet, could not be sent, or not set up.
 * @csspart success - The thank-you panel.
 * @csspart loading - The placeholder while the feed's wording loads.
 * @cssprop [--pc-colour-brand=#1d70b8] - Buttons and the chosen rating.
 * @cssprop [--pc-colour-text=#0b0c0c] - Text colour.
 * @cssprop [--pc-colour-text-secondary=#505a5f] - Hints.
 * @cssprop [--pc-colour-border=#505a5f] - Text box borders.
 * @cssprop [--pc-colour-surface=#ffffff] - The card's background.
 * @cssprop [--pc-colour-border-subtle=#b1b4b6] - The card's border.
 * @cssprop [--pc-colour-error=#d4351c] - Errors.
 * @cssprop [--pc-colour-success=#00703c] - The thank-you panel's bar.
 * @cssprop [--pc-colour-focus=#ffdd00] - Focus highlight.
 * @cssprop [--pc-font-size=max(1rem, 16px)] - Base text size.
 */
export class PcFeedbackCard extends LitElement {
  static override properties: PropertyDeclarations = {
    action: {},
    src: {},
    serviceId: { attribute: 'service-id' },
    eventId: { attribute: 'event-id' },
    question: {},
    variant: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    draft: {},
    locale: {},
    values: { state: true, attribute: false },
    spokenCounts: { state: true, attribute: false },
    opened: { state: true, attribute: false },
    glad: { state: true, attribute: false },
  };

  static override styles = [baseStyles, formStyles, feedbackCardStyles];

  /** How the card sends (`fetch`, the waits between attempts, the `online` signal): a test's subclass brings its own. @internal */
  protected static readonly kit: SenderKit = {};

  /** Where the feedback is sent: an `https:` URL (or `http:` on localhost). Wins over the feed's `forms.feedback.endpoint`. */
  action?: string;

  /** A feed to read `forms.feedback` and the services from, outside a `<pc-provider>` (optional: `action` alone is enough). */
  src?: string;

  /** The service the feedback is about (an id from the feed's services). Without it or `event-id`, the parent picks one from the feed. */
  serviceId?: string;

  /** The session the feedback is about (an id from the feed's events), instead of a service. */
  eventId?: string;

  /** The rating's question, instead of "How was <service>?". Wins over the feed's `forms.feedback.question`. */
  question?: string;

  /** `card` (default: the whole card) or `inline`: "Was this useful? Yes / No", which opens the card on "No" or "Tell us more". */
  variant: 'card' | 'inline' = 'card';

  /** Level (1–6) of the card's heading, so it fits the page outline. */
  headingLevel = 2;

  /** Where the parent's answers are kept until sent: `session` (default: this tab), `local` (this device, up to 30 days) or `none`. */
  draft: DraftMode = 'session';

  /** BCP 47 locale, e.g. `en-GB`. Defaults to the provider's, then the page's `lang`. */
  locale?: string;

  private values: FeedbackValues = emptyFeedbackValues();
  private spokenCounts: Partial<Record<FeedbackKey, string>> = {};
  /** The inline strip was opened into the card. */
  private opened = false;
  /** "Yes" was pressed in the inline strip. */
  private glad = false;

  readonly #kit = (this.constructor as typeof PcFeedbackCard).kit;
  readonly #feed = new FeedController(this, { src: () => this.src, format: () => 'auto' });
  readonly #subjects = new FeedSubjects();
  readonly #localize = new LocalizeController<FeedbackCardEnglish>(this, () => this.locale || this.#feed.provider?.locale, feedbackCardEnglish);
  readonly #flow = new FormFlow<FeedbackKey, FeedbackValues>(this, {
    outboxStorage: () => (draftMode(this.draft) === 'none' ? undefined : storageFor('local')),
    kit: () => this.#kit,
    strings: () => this.#t,
    values: () => this.values,
    setValues: (values) => {
      this.values = values;
      this.#draftStore?.save(values);
    },
    sent: () => {
      this.#draftStore?.clear();
      this.values = emptyFeedbackValues();
    },
    // The service the page named (`service-id`) is no answer on the card: the parent cannot fix it there.
    answerFor: (field) => {
      const found = answerForField(field);
      return found === 'service' && this.#setup.fixed ? undefined : found;
    },
    unknownFields: (fields) => console.warn(`${LOG_PREFIX} <pc-feedback-card> ${unknownFieldsMessage(fields)}`),
    reportAction: (check) => console.error(`${LOG_PREFIX} <pc-feedback-card> ${actionMessage(check)}`),
    fieldIds: FIELD_IDS,
  });
  #draftStore?: Draft;
  #draftKey?: string;
  #countTimers = new Map<FeedbackKey, ReturnType<typeof setTimeout>>();

  override connectedCallback(): void {
    // Before the controllers connect: the sender looks for this draft's submission in the outbox.
    this.#openDraft();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const timer of this.#countTimers.values()) clearTimeout(timer);
  }

  /** Moves focus to the card's heading (or the inline strip's first button), as a dialog or a detail view that opens it needs. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[part~="heading"], .strip button');
    if (!target) return super.focus(options);
    if (target.localName !== 'button') target.tabIndex = -1;
    target.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draft') || changed.has('serviceId') || changed.has('eventId')) this.#openDraft();
  }

  get #t(): FeedbackCardEnglish {
    return this.#localize.t;
  }

  /** One draft per page, card and subject: two cards on a page about two services keep two drafts. */
  #openDraft(): void {
    const mode = draftMode(this.draft);
    const page = typeof location === 'undefined' ? '' : location.pathname;
    const subject = this.serviceId ? `service:${this.serviceId}` : this.eventId ? `event:${this.eventId}` : '';
    const key = `${mode}|feedback:${page}${this.id ? `#${this.id}` : ''}|${subject}`;
    if (key === this.#draftKey) return;
    const moving = this.#draftKey !== undefined && this.#draftKey.split('|').slice(1).join('|') === key.split('|').slice(1).join('|');
    // Only the store changed (`draft`): the answers go with the card; another subject has its own draft.
    if (moving) this.#draftStore?.clear();
    this.#draftKey = key;
    this.#draftStore = new Draft(storageFor(mode), key.slice(key.indexOf('|') + 1));
    if (moving) this.#draftStore.save(this.values);
    else this.values = feedbackValuesFromDraft(this.#draftStore.load());
  }

  get #setup(): CardSetup {
    const view = this.#feed.view;
    const feed = view.status === 'ready' ? view.feed : undefined;
    const { services, events } = this.#subjects.of(feed);
    return cardSetup(
      { form: feed?.forms.feedback, contact: feed?.programme.contact, serviceId: this.serviceId, eventId: this.eventId, services, events },
      this.#t,
    );
  }

  #set = (key: FeedbackKey, value: string): void => {
    // While it is being sent its answers are fixed: the payload is already made.
    if (this.#flow.sending) return void this.requestUpdate();
    this.values = { ...this.values, [key]: value };
    this.#draftStore?.save(this.values);
    if (key === 'wentWell' || key === 'couldBeBetter') {
      clearTimeout(this.#countTimers.get(key));
      this.#countTimers.set(
        key,
        setTimeout(() => {
          const count = this.renderRoot.querySelector(`#${FIELD_IDS[key]} ~ .count`)?.textContent?.trim() ?? '';
          this.spokenCounts = { [key]: count };
        }, SPOKEN_COUNT_DELAY),
      );
    }
  };

  #submit = (event: Event): void =>
    void this.#flow.submit(event, () => {
      const setup = this.#setup;
      const checked = checkFeedback(this.values, setup, this.#t);
      if (!checked.answers || !checked.subject) return { errors: checked.errors };
      const { answers, subject } = checked;
      return {
        action: this.#flow.action(this.action || setup.endpoint),
        payload: (id, submittedAt) =>
          feedbackPayload({ submissionId: id, subject, answers, submittedAt, locale: this.#t.$code, pageHref: location.href }),
      };
    });

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #open = (): void => {
    this.opened = true;
    void this.updateComplete.then(() => this.focus());
  };

  protected override render(): TemplateResult {
    const t = this.#t;
    return html`<div class="root" part="base" dir=${this.#localize.dir} lang=${t.$code}>
      ${this.#feed.view.status === 'loading' ? html`<p class="loading" part="loading" role="status">${t.loading}</p>` : this.#renderBody()}
      <div class="visually-hidden" role="status">${this.#flow.announcement()}</div>
    </div>`;
  }

  #renderBody(): TemplateResult {
    const t = this.#t;
    const flow = this.#flow;
    const closed = this.variant === 'inline' && !this.opened && flow.state.phase === 'idle' && !flow.done && !hasFeedbackAnswers(this.values);
    if (closed) {
      return inlineStrip(t, this.glad, {
        yes: () => {
          this.glad = true;
          void this.#focus('.strip__glad');
        },
        open: this.#open,
      });
    }
    const setup = this.#setup;
    const level = this.headingLevel;
    if (flow.done) {
      return html`<div class="panel panel--success" part="success" tabindex="-1">
        ${heading(level, 'panel__title', t.feedbackCardSuccessTitle)}
        <slot name="success">
          <p>${t.feedbackCardSuccessNext}</p>
          ${setup.youSaidWeDidUrl ? html`<p><a href=${setup.youSaidWeDidUrl}>${t.feedbackCardYouSaidWeDidLink}</a></p>` : nothing}
        </slot>
      </div>`;
    }
    const action = this.#flow.action(this.action || setup.endpoint);
    const subject = subjectOf(setup, this.values.service);
    return html`<section class="card" aria-labelledby="card-heading">
      ${heading(level, 'card__heading', html`<span id="card-heading">${t.feedbackCardHeading}</span>`, 'heading')}
      ${flow.renderNotices(level + 1, action.ok, setup.contact)}
      <form class="form" novalidate ?hidden=${flow.state.phase === 'waiting'} @submit=${this.#submit}>
        ${renderQuestions({
          t,
          setup,
          values: this.values,
          question: questionFor(setup, subject, this.question?.trim() || setup.question, t),
          error: (key) => flow.errorFor(key),
          spokenCounts: this.spokenCounts,
          set: this.#set,
        })}
        ${flow.renderSend(t.feedbackCardSubmit)}
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pc-feedback-card': PcFeedbackCard;
  }
}

