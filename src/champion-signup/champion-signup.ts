/**
 * `<pc-champion-signup>`: the element. It holds what the parent types (kept in the draft as they
 * type) and says what a valid sign-up is; the forms' shared FormFlow takes it from Send to the
 * thank-you (errors, the action, one payload, sending, a receiver's 422). The questions are drawn by signup-form.ts from the setup (signup-setup.ts: the
 * feed's `forms.signup` or the defaults); the checks are in signup-checks.ts.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { reportMissingFile } from '../internal/lazy-chunk.js';
import { Draft, draftMode, storageFor, type DraftMode } from '../forms/draft.js';
import { FormFeed } from '../forms/form-feed.js';
import { FormFlow } from '../forms/form-flow.js';
import type { SenderKit } from '../forms/form-sender.js';
import { formStyles } from '../forms/form.styles.js';
import { signupPayload } from '../forms/signup-submission.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { baseStyles } from '../theme/base.styles.js';
import { heading } from '../ui/states.js';
import { signupStyles } from './champion-signup.styles.js';
import { checkSignup, questionForField } from './signup-checks.js';
import { FIELD_IDS, renderQuestions } from './signup-form.js';
import { signupSetup, type SignupSetup } from './signup-setup.js';
import { emptySignupValues, valuesFromDraft, type ListKey, type SignupValues, type TextKey } from './signup-values.js';
import { signupEnglish, type SignupEnglish } from './strings/en-GB.js';
import { WEEKDAYS } from '../data/feed-patterns.js';

type DayChoice = { value: (typeof WEEKDAYS)[number]; label: string };

/** Typing pause before a screen reader hears the character count (GOV.UK waits too). */
const SPOKEN_COUNT_DELAY = 1000;

/**
 * "Become a Parent Champion": a sign-up form that never loses a word. What the parent types is
 * kept as they type and restored after a reload; Send checks every answer (an error summary
 * links to each problem); the sign-up is sent once, with one `Idempotency-Key` however often it
 * is retried, and one that cannot go yet (offline, the receiver down) waits on the device and
 * goes when the connection is back or on the next visit.
 *
 * Inside `<pc-provider>` it reads `forms.signup` from the feed (where to send, the choices, the
 * consent wording, the DBS line, the privacy notice, each question's wording). On its own it needs
 * only `action`, and asks the built-in questions.
 *
 * @summary Sign up to be a Parent Champion: checked, kept as a draft, sent exactly once.
 * @tagname pc-champion-signup
 * @slot intro - The scheme's own words above the questions (replaces the built-in introduction).
 * @slot success - The scheme's own thank-you and what happens next (replaces the built-in one).
 * @fires {PcSubmitEvent} pc-submit - Send was pressed and every answer is fine: `detail` is the payload. Cancelable: `preventDefault()` stops the form sending it; `event.sendWith(fetchLike)` sends it through your function with every guarantee.
 * @fires {PcSubmittedEvent} pc-submitted - The receiver stored it: `detail` is `{ payload, reply }`.
 * @fires {PcSubmitErrorEvent} pc-submit-error - It was not stored (yet): `detail` is `{ reason, willRetry, httpStatus?, problems? }`.
 * @csspart base - The wrapper around everything.
 * @csspart heading - The form's heading.
 * @csspart error-summary - "There is a problem", with a link to each answer to fix.
 * @csspart field-error - A question's own error message.
 * @csspart input - A text box.
 * @csspart textarea - The "Anything else" box.
 * @csspart submit - The "Sign up" button.
 * @csspart status - A panel saying where the sign-up is: not sent yet, could not be sent, or not set up.
 * @csspart success - The thank-you panel.
 * @csspart loading - The placeholder while the feed's wording loads.
 * @cssprop [--pc-colour-brand=#1d70b8] - The button and the ticks.
 * @cssprop [--pc-colour-text=#0b0c0c] - Text colour.
 * @cssprop [--pc-colour-text-secondary=#505a5f] - Hints.
 * @cssprop [--pc-colour-border=#505a5f] - Text box borders.
 * @cssprop [--pc-colour-error=#d4351c] - Errors.
 * @cssprop [--pc-colour-success=#00703c] - The thank-you panel's bar.
 * @cssprop [--pc-colour-focus=#ffdd00] - Focus highlight.
 * @cssprop [--pc-font-size=max(1rem, 16px)] - Base text size.
 */
export class PcChampionSignup extends LitElement {
  static override properties: PropertyDeclarations = {
    action: {},
    src: {},
    privacyUrl: { attribute: 'privacy-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    draft: {},
    locale: {},
    values: { state: true, attribute: false },
    spokenCount: { state: true, attribute: false },
  };

  static override styles = [baseStyles, formStyles, signupStyles];

  /**
   * How the form sends (`fetch`, the waits between attempts, the `online` signal). A test's
   * subclass brings its own. @internal
   */
  protected static readonly kit: SenderKit = {};

  /** Where the sign-up is sent: an `https:` URL (or `http:` on localhost). Wins over the feed's `forms.signup.endpoint`. */
  action?: string;

  /** A feed to read `forms.signup` from, outside a `<pc-provider>` (optional: `action` alone is enough). */
  src?: string;

  /** The scheme's privacy notice. Wins over the feed's. */
  privacyUrl?: string;

  /** Level (1–6) of the form's heading, so it fits the page outline. */
  headingLevel = 2;

  /**
   * Where the parent's answers are kept until sent: `session` (default: this tab, gone when it
   * closes), `local` (this device, up to 30 days: for a scheme whose parents come back later) or
   * `none`.
   */
  draft: DraftMode = 'session';

  /** BCP 47 locale, e.g. `en-GB`. Defaults to the provider's, then the page's `lang`. */
  locale?: string;

  /** What the parent has typed and ticked. */
  private values: SignupValues = emptySignupValues();
  private spokenCount = '';

  readonly #kit = (this.constructor as typeof PcChampionSignup).kit;
  readonly #feed = new FormFeed(this, () => this.src);
  readonly #localize = new LocalizeController<SignupEnglish>(this, () => this.locale || this.#feed.providerLocale, signupEnglish);
  readonly #flow = new FormFlow<keyof SignupValues, SignupValues>(this, {
    outboxStorage: () => (draftMode(this.draft) === 'none' ? undefined : storageFor('local')),
    kit: () => this.#kit,
    strings: () => this.#t,
    values: () => this.values,
    setValues: (values) => this.#setValues(values),
    sent: () => {
      this.#draftStore?.clear();
      this.values = emptySignupValues();
    },
    answerFor: questionForField,
    unknownFields: (fields) => this.#report((report) => report.reportUnknownFields(fields)),
    reportAction: (check) => this.#report((report) => report.reportAction(check)),
    fieldIds: FIELD_IDS,
  });
  #draftStore?: Draft;
  #draftModeUsed?: DraftMode;
  #countTimer?: ReturnType<typeof setTimeout>;
  #dayNames?: { locale: string; days: DayChoice[] };
  #consentReported = false;

  override connectedCallback(): void {
    // Before the controllers connect: the sender looks for this draft's submission in the outbox.
    // Once only: moved in the page (a framework re-rendering, tabs), the form keeps what it holds.
    if (!this.#draftStore) this.#openDraft();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#countTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Ticked under other wording (the built-in before the feed's arrived, or a draft from before the
    // scheme changed it): the parent has not agreed to these words, so the box is unticked.
    const { consent, consentWording } = this.values;
    if (consent === 'yes' && consentWording && consentWording !== this.#setup.consentText) {
      this.#setValues({ ...this.values, consent: '', consentGivenAt: '', consentWording: '' });
    }
    if (changed.has('draft') && this.#draftModeUsed !== draftMode(this.draft)) {
      // Moved, not lost: the answers go with the form to its new store.
      this.#draftStore?.clear();
      this.#openDraft(this.values);
    }
  }

  get #t(): SignupEnglish {
    return this.#localize.t;
  }

  #openDraft(keep?: SignupValues): void {
    this.#draftModeUsed = draftMode(this.draft);
    const page = typeof location === 'undefined' ? '' : location.pathname;
    // Two sign-ups on one page (each with its own id) keep two drafts.
    this.#draftStore = new Draft(storageFor(this.#draftModeUsed), `signup:${page}${this.id ? `#${this.id}` : ''}`);
    if (keep) this.#draftStore.save(keep);
    else this.values = valuesFromDraft(this.#draftStore.load());
  }

  get #setup(): SignupSetup {
    const view = this.#feed.view;
    const ready = view.status === 'ready' ? view : undefined;
    return signupSetup(ready?.forms.signup, ready?.programme, this.#t, this.privacyUrl);
  }

  /** Console words about the site's setup: a chunk, fetched only when there is something to say. */
  #report(say: (report: typeof import('./signup-report.js')) => void): void {
    import('./signup-report.js').then(say, reportMissingFile);
  }

  #setValues(values: SignupValues): void {
    this.values = values;
    this.#draftStore?.save(values);
  }

  /** While a submission is under way its answers are fixed: a change is put back (the payload is already made). */
  #locked(): boolean {
    if (!this.#flow.sending) return false;
    this.requestUpdate();
    return true;
  }

  #setText = (key: TextKey, value: string): void => {
    if (this.#locked()) return;
    const next = { ...this.values, [key]: value };
    if (key === 'consent') {
      next.consentGivenAt = value === 'yes' ? new Date().toISOString() : '';
      next.consentWording = value === 'yes' ? this.#setup.consentText : '';
    }
    this.#setValues(next);
    if (key === 'anythingElse') {
      clearTimeout(this.#countTimer);
      this.#countTimer = setTimeout(() => (this.spokenCount = this.#spokenCountNow()), SPOKEN_COUNT_DELAY);
    }
  };

  #setList = (key: ListKey, values: string[]): void => {
    if (!this.#locked()) this.#setValues({ ...this.values, [key]: values });
  };

  #spokenCountNow(): string {
    return this.renderRoot.querySelector('.count')?.textContent?.trim() ?? '';
  }

  #submit = (event: Event): void =>
    void this.#flow.submit(event, () => {
      const setup = this.#setup;
      const checked = checkSignup(this.values, setup, this.#t);
      if (!checked.answers) return { errors: checked.errors };
      const answers = checked.answers;
      const consentGivenAt = this.values.consentGivenAt ? new Date(this.values.consentGivenAt) : new Date();
      return {
        action: this.#flow.action(this.action || setup.endpoint),
        payload: (id, submittedAt) =>
          signupPayload({
            submissionId: id,
            answers,
            consentText: setup.consentText,
            consentGivenAt,
            submittedAt,
            locale: this.#t.$code,
            pageHref: location.href,
          }),
        keep: { consentGivenAt: consentGivenAt.toISOString() },
      };
    });

  /** The days in the locale's words, worked out once per locale (not on every key). */
  #days(): DayChoice[] {
    const locale = this.#localize.intlLocale;
    if (this.#dayNames?.locale !== locale) {
      const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
      // 1 January 2024 was a Monday.
      this.#dayNames = { locale, days: WEEKDAYS.map((value, i) => ({ value, label: format.format(Date.UTC(2024, 0, 1 + i)) })) };
    }
    return this.#dayNames.days;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const view = this.#feed.view;
    return html`<div class="root" part="base" dir=${this.#localize.dir} lang=${t.$code}>
      ${view.status === 'none' && view.loading
        ? // Until the feed's wording has arrived (or failed): answers typed under the built-in questions
          // could be dropped by the scheme's own choices. A line, not the other widgets' skeleton: the entry stays small.
          html`<p class="loading" part="loading" role="status">${t.loading}</p>`
        : this.#renderBody()}
      <div class="visually-hidden" role="status">${this.#flow.announcement()}</div>
    </div>`;
  }

  #renderBody(): TemplateResult {
    const t = this.#t;
    const level = this.headingLevel;
    if (this.#flow.done) {
      return html`<div class="panel panel--success" part="success" tabindex="-1">
        ${heading(level, 'panel__title', t.signupSuccessTitle)}
        <slot name="success"><p>${t.signupSuccessNext}</p></slot>
      </div>`;
    }
    const setup = this.#setup;
    const action = this.#flow.action(this.action || setup.endpoint);
    if (!setup.consentFromScheme && !this.#consentReported) {
      this.#consentReported = true;
      this.#report((report) => report.reportBuiltInConsent(setup.who));
    }
    const flow = this.#flow;
    return html`<div class="signup">
      ${heading(level, 'signup__heading', t.signupHeading, 'heading')}
      <slot name="intro"><p>${t.signupIntro}</p></slot>
      ${setup.dbsNote ? html`<p class="inset">${setup.dbsNote}</p>` : nothing}
      ${flow.renderNotices(level + 1, action.ok, setup.contact)}
      <!-- Waiting in the outbox: the answers cannot change under it, so the questions make way for the panel. -->
      <form class="form" novalidate ?hidden=${flow.state.phase === 'waiting'} @submit=${this.#submit}>
          ${renderQuestions({
            t,
            setup,
            values: this.values,
            error: (key) => flow.errorFor(key),
            spokenCount: this.spokenCount,
            days: this.#days(),
            setText: this.#setText,
            setList: this.#setList,
          })}
        ${flow.renderSend(t.signupSubmit)}
      </form>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pc-champion-signup': PcChampionSignup;
  }
}
