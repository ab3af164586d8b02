/**
 * `<pc-champion-signup>`: the element. It holds what the parent types (kept in the draft as they
 * type), checks it on Send as GOV.UK does, and hands a valid sign-up to the shared sending kit
 * (FormSender). The questions are drawn by signup-form.ts from the setup (signup-setup.ts: the
 * feed's `forms.signup` or the defaults); the checks are in signup-checks.ts.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { reportMissingFile } from '../internal/lazy-chunk.js';
import { checkAction, type ActionCheck } from '../forms/action.js';
import { Draft, draftMode, storageFor, type DraftMode } from '../forms/draft.js';
import { PcSubmitErrorEvent } from '../forms/events.js';
import { errorSummary, focusAnswer, honeypot } from '../forms/fields.js';
import { FormFeed } from '../forms/form-feed.js';
import { FormSender, type SenderKit } from '../forms/form-sender.js';
import { formStyles } from '../forms/form.styles.js';
import { ErrorTitle, sendingAnnouncement, statusPanel, waitingPanel } from '../forms/form-status.js';
import type { FieldProblem } from '../forms/send.js';
import { samePayloadOrNew } from '../forms/same-submission.js';
import { signupPayload } from '../forms/signup-submission.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { baseStyles } from '../theme/base.styles.js';
import { heading } from '../ui/states.js';
import { signupStyles } from './champion-signup.styles.js';
import { checkSignup, questionForField, type FieldError } from './signup-checks.js';
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
    errors: { state: true, attribute: false },
    general: { state: true, attribute: false },
    spokenCount: { state: true, attribute: false },
    trapped: { state: true, attribute: false },
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
  /** The problems shown since the last Send. */
  private errors?: FieldError[];
  /** A receiver's problem that names no question. */
  private general?: string;
  private spokenCount = '';
  /** A bot filled the honeypot: thanked, and nothing sent. */
  private trapped = false;
  #honeypotValue = '';

  readonly #kit = (this.constructor as typeof PcChampionSignup).kit;
  readonly #feed = new FormFeed(this, () => this.src);
  readonly #localize = new LocalizeController<SignupEnglish>(this, () => this.locale || this.#feed.providerLocale, signupEnglish);
  readonly #sender = new FormSender(this, {
    outboxStorage: () => (draftMode(this.draft) === 'none' ? undefined : storageFor('local')),
    kit: () => this.#kit,
    pendingId: () => this.values.submissionId || undefined,
    sent: () => this.#sent(),
    rejected: (problems) => void this.#rejected(problems),
    refused: () => this.#forgetSubmission(),
  });
  readonly #errorTitle = new ErrorTitle();
  #draftStore?: Draft;
  #draftModeUsed?: DraftMode;
  #countTimer?: ReturnType<typeof setTimeout>;
  #dayNames?: { locale: string; days: DayChoice[] };
  #consentReported = false;
  /** The unusable action last reported (each is said once). */
  #actionReported?: string;

  override connectedCallback(): void {
    // Before the controllers connect: the sender looks for this draft's submission in the outbox.
    // Once only: moved in the page (a framework re-rendering, tabs), the form keeps what it holds.
    if (!this.#draftStore) this.#openDraft();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#countTimer);
    this.#errorTitle.show(false, '');
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

  #action(setup: SignupSetup): ActionCheck {
    const checked = checkAction(this.action || setup.endpoint, globalThis.document?.baseURI ?? '');
    if (!checked.ok && this.#actionReported !== checked.given) {
      this.#actionReported = checked.given;
      this.#report((report) => report.reportAction(checked));
    }
    return checked;
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
    if (this.#sender.state.phase !== 'sending') return false;
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

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#sender.state.phase === 'sending') return;
    if (this.#honeypotValue) {
      this.trapped = true;
      return this.#focus('.panel--success');
    }
    const setup = this.#setup;
    const checked = checkSignup(this.values, setup, this.#t);
    this.general = undefined;
    if (!checked.answers) return this.#showErrors(checked.errors);
    this.errors = undefined;
    this.#errorTitle.show(false, '');
    const action = this.#action(setup);
    if (!action.ok) {
      this.dispatchEvent(new PcSubmitErrorEvent({ reason: 'not-configured', willRetry: false }));
      return this.#focus('[part~="status"]');
    }
    const consentGivenAt = this.values.consentGivenAt ? new Date(this.values.consentGivenAt) : new Date();
    const made = (id: string, submittedAt: Date) =>
      signupPayload({
        submissionId: id,
        answers: checked.answers!,
        consentText: setup.consentText,
        consentGivenAt,
        submittedAt,
        locale: this.#t.$code,
        pageHref: location.href,
      });
    const payload = samePayloadOrNew(this.values.sentPayload, this.values.submissionId, made);
    const id = payload.submissionId;
    // Kept in the draft before sending: a reload finds it in the outbox and never sends it twice.
    this.#setValues({ ...this.values, submissionId: id, sentPayload: JSON.stringify(payload), consentGivenAt: consentGivenAt.toISOString() });
    const outcome = await this.#sender.submit({ id, action: action.url, payload });
    // A listener stopped it: nothing was sent, so the next Send is a new submission.
    if (outcome === 'stopped') this.#forgetSubmission();
    else if (outcome.status === 'waiting' || outcome.status === 'refused') this.#focus('[part~="status"]');
  }

  async #showErrors(errors: FieldError[], general?: string): Promise<void> {
    this.errors = errors;
    this.general = general;
    this.#errorTitle.show(true, `${this.#t.formErrorPrefix} `);
    await this.#focus('.error-summary');
  }

  async #rejected(problems: FieldProblem[]): Promise<void> {
    this.#forgetSubmission();
    const errors: FieldError[] = [];
    const unknown: string[] = [];
    for (const problem of problems) {
      const key = questionForField(problem.field);
      if (key && !errors.some((e) => e.key === key)) errors.push({ key, message: problem.message });
      else if (!key) unknown.push(problem.field);
    }
    if (unknown.length) this.#report((report) => report.reportUnknownFields(unknown));
    await this.#showErrors(errors, errors.length && !unknown.length ? undefined : this.#t.formRejected);
  }

  #sent(): void {
    this.#draftStore?.clear();
    this.values = emptySignupValues();
    this.errors = undefined;
    this.#errorTitle.show(false, '');
    void this.#focus('.panel--success');
  }

  /** The next Send is a new submission (this one was stopped, refused or rejected). */
  #forgetSubmission(): void {
    if (this.values.submissionId) this.#setValues({ ...this.values, submissionId: '', sentPayload: '' });
  }

  #follow = (id: string): void => focusAnswer(this.renderRoot, id);

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

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
      <div class="visually-hidden" role="status">${sendingAnnouncement(this.#sender.state, t)}</div>
    </div>`;
  }

  #renderBody(): TemplateResult {
    const t = this.#t;
    const level = this.headingLevel;
    if (this.#sender.state.phase === 'sent' || this.trapped) {
      return html`<div class="panel panel--success" part="success" tabindex="-1">
        ${heading(level, 'panel__title', t.signupSuccessTitle)}
        <slot name="success"><p>${t.signupSuccessNext}</p></slot>
      </div>`;
    }
    const setup = this.#setup;
    const action = this.#action(setup);
    if (!setup.consentFromScheme && !this.#consentReported) {
      this.#consentReported = true;
      this.#report((report) => report.reportBuiltInConsent(setup.who));
    }
    const state = this.#sender.state;
    const errorFor = (key: keyof SignupValues) => this.errors?.find((e) => e.key === key)?.message;
    return html`<div class="signup">
      ${heading(level, 'signup__heading', t.signupHeading, 'heading')}
      <slot name="intro"><p>${t.signupIntro}</p></slot>
      ${setup.dbsNote ? html`<p class="inset">${setup.dbsNote}</p>` : nothing}
      ${!action.ok ? statusPanel('error', t.formNotConfiguredTitle, t.formNotConfigured, level + 1, setup.contact) : nothing}
      ${this.errors ? errorSummary(t, this.errors.map((e) => ({ id: FIELD_IDS[e.key], message: e.message })), this.#follow, { general: this.general, level: level + 1 }) : nothing}
      ${state.phase === 'waiting' ? waitingPanel(t, state, level + 1, () => this.#sender.retryNow()) : nothing}
      ${state.phase === 'refused' ? statusPanel('error', t.formRefusedTitle, t.formRefused, level + 1, setup.contact) : nothing}
      <!-- Waiting in the outbox: the answers cannot change under it, so the questions make way for the panel. -->
      <form class="form" novalidate ?hidden=${state.phase === 'waiting'} @submit=${(event: Event) => void this.#submit(event)}>
          ${renderQuestions({
            t,
            setup,
            values: this.values,
            error: errorFor,
            spokenCount: this.spokenCount,
            days: this.#days(),
            setText: this.#setText,
            setList: this.#setList,
          })}
        ${honeypot(t, this.#honeypotValue, (value) => (this.#honeypotValue = value))}
        ${state.phase === 'waiting'
          ? nothing
          : html`<div class="actions">
              <button class="button" part="submit" type="submit" aria-disabled=${state.phase === 'sending' ? 'true' : 'false'}>
                ${state.phase === 'sending' ? t.formSending : t.signupSubmit}
              </button>
            </div>`}
      </form>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pc-champion-signup': PcChampionSignup;
  }
}
