/**
 * FormFlow: what happens between a parent pressing Send and the thank-you, the same in every
 * form. The honeypot; the error summary (and "Error: " before the page title) while answers need
 * fixing; a site whose action is unusable; one payload per submission, kept in the draft before it
 * goes; answers a receiver rejects (422) shown at their questions; and focus moved to what the
 * parent must read next. It owns the form's FormSender. The element keeps the answers and their
 * draft, draws its questions and checks them.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Contact } from '../data/feed-schema.js';
import type { FormStrings } from '../i18n/translation.js';
import { checkAction, type ActionCheck } from './action.js';
import { PcSubmitErrorEvent, type FormPayload } from './events.js';
import { errorSummary, focusAnswer, honeypot } from './fields.js';
import { FormSender, type FormSenderOptions, type SenderState } from './form-sender.js';
import { ErrorTitle, sendingAnnouncement, statusPanel, waitingPanel } from './form-status.js';
import { samePayloadOrNew } from './same-submission.js';
import type { FieldProblem } from './send.js';
import { focusIsHereOrNowhere } from '../internal/focus-here.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What a form's values carry about their submission (kept in the draft, so a reload never sends twice). */
export interface SubmissionFields {
  /** The id it was (or is being) sent under; '' before Send. */
  submissionId: string;
  /** The payload as sent (JSON), to send again exactly as it was; ''. */
  sentPayload: string;
}

/** An answer to fix, and why. */
export interface AnswerError<Key extends string> {
  key: Key;
  message: string;
}

/** The answers checked and ready to go. */
export interface ReadyToSend<Values> {
  /** Where to send, as `action()` checked it. */
  action: ActionCheck;
  /** The payload under an id and a time (made again to compare with one already sent). */
  payload: (id: string, submittedAt: Date) => FormPayload;
  /** Values to keep with the submission's id, e.g. when consent was given. */
  keep?: Partial<Values>;
}

export interface FormFlowOptions<Key extends string, Values extends SubmissionFields> extends Pick<FormSenderOptions, 'outboxStorage' | 'kit'> {
  strings: () => FormStrings & { $code: string };
  values: () => Values;
  /** Keeps new values, in the element and its draft. */
  setValues: (values: Values) => void;
  /** The receiver stored the submission: empty the answers and their draft. */
  sent: () => void;
  /** The answer a receiver's field is about, when the parent can change it on this form. */
  answerFor: (field: string) => Key | undefined;
  /** Fields a receiver named that this form does not ask (words for the console). */
  unknownFields?: (fields: string[]) => void;
  /** The site gave no usable action (words for the console; a parent sees the panel). Called once per action. */
  reportAction: (check: Extract<ActionCheck, { ok: false }>) => void;
  /** Each answer's control id: the error summary's links go there. */
  fieldIds: Readonly<Record<Key, string>>;
}

export class FormFlow<Key extends string, Values extends SubmissionFields> implements ReactiveController {
  readonly #host: Host;
  readonly #options: FormFlowOptions<Key, Values>;
  readonly #sender: FormSender;
  readonly #errorTitle = new ErrorTitle();
  #errors?: AnswerError<Key>[];
  /** A receiver's problem that names no answer the parent can fix here. */
  #general?: string;
  /** A bot filled the honeypot: thanked, and nothing sent. */
  #trapped = false;
  #honeypotValue = '';
  /** The unusable action last reported: each is said once. */
  #actionReported?: string;
  /** The answers' controls were last drawn locked (`hostUpdated`). */
  #drawnLocked = false;

  constructor(host: Host, options: FormFlowOptions<Key, Values>) {
    this.#host = host;
    this.#options = options;
    this.#sender = new FormSender(host, {
      outboxStorage: options.outboxStorage,
      kit: options.kit,
      pendingId: () => options.values().submissionId || undefined,
      sent: () => this.#sent(),
      rejected: (problems) => void this.#rejected(problems),
      refused: () => this.#forgetSubmission(),
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#errorTitle.show(false, '');
  }

  /**
   * While a submission is under way its answers are fixed (the payload is made, and a change would be
   * put back). Each control says so, rather than taking keys and dropping them: the boxes are read-only
   * (screen readers say "read only") and the choices unavailable, until the sending ends.
   */
  hostUpdated(): void {
    const locked = this.sending;
    if (!locked && !this.#drawnLocked) return;
    this.#drawnLocked = locked;
    // The answers' boxes and choices as fields.ts draws them (not the honeypot).
    for (const control of this.#host.renderRoot.querySelectorAll<HTMLInputElement>('.input,.textarea')) control.readOnly = locked;
    for (const choice of this.#host.renderRoot.querySelectorAll('.choice__input')) {
      if (locked) choice.setAttribute('aria-disabled', 'true');
      else choice.removeAttribute('aria-disabled');
    }
  }

  get state(): SenderState {
    return this.#sender.state;
  }

  /** Sending now: the answers are fixed until it ends (the payload is already made). */
  get sending(): boolean {
    return this.#sender.state.phase === 'sending';
  }

  /** The thank-you is due: stored by the receiver, or a bot was thanked. */
  get done(): boolean {
    return this.#sender.state.phase === 'sent' || this.#trapped;
  }

  /**
   * Where to send: `given` (the element's `action`, else the feed's endpoint) checked against the
   * page's address. An unusable one is reported once.
   */
  action(given: string | undefined): ActionCheck {
    const checked = checkAction(given, globalThis.document?.baseURI ?? '');
    if (!checked.ok && this.#actionReported !== checked.given) {
      this.#actionReported = checked.given;
      this.#options.reportAction(checked);
    }
    return checked;
  }

  /** The message at an answer, since the last Send. */
  errorFor(key: Key): string | undefined {
    return this.#errors?.find((error) => error.key === key)?.message;
  }

  /**
   * Send: the honeypot, then the element's checks (`prepare`: the answers to fix, or what to
   * send), then the action, then one payload per submission, kept in the draft before it goes.
   */
  async submit(event: Event, prepare: () => { errors: AnswerError<Key>[] } | ReadyToSend<Values>): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    if (this.#honeypotValue) {
      this.#trapped = true;
      this.#host.requestUpdate();
      return this.#focus('[part~="success"]');
    }
    const ready = prepare();
    this.#general = undefined;
    if ('errors' in ready) return this.#showErrors(ready.errors);
    this.#errors = undefined;
    this.#errorTitle.show(false, '');
    this.#host.requestUpdate();
    if (!ready.action.ok) {
      this.#host.dispatchEvent(new PcSubmitErrorEvent({ reason: 'not-configured', willRetry: false }));
      return this.#focus('[part~="status"]');
    }
    const values = this.#options.values();
    const payload = samePayloadOrNew(values.sentPayload, values.submissionId, ready.payload);
    const id = payload.submissionId;
    // Kept in the draft before sending: a reload finds it in the outbox and never sends it twice.
    this.#options.setValues({ ...values, ...ready.keep, submissionId: id, sentPayload: JSON.stringify(payload) });
    const outcome = await this.#sender.submit({ id, action: ready.action.url, payload });
    // A listener stopped it: nothing was sent, so the next Send is a new submission.
    if (outcome === 'stopped') this.#forgetSubmission();
    // The tries can take seconds, and the parent may have moved on (to another form on the page): the
    // panel takes focus only if they have not, else its title is said (`announcement`).
    else if ((outcome.status === 'waiting' || outcome.status === 'refused') && focusIsHereOrNowhere(this.#host)) void this.#focus('[part~="status"]');
  }

  /**
   * What the parent must know before the questions: the site's setup is unusable (`configured`
   * false), the answers to fix, "not sent yet" (with "Try sending now"), or "could not be sent".
   * `level` is the heading level of these panels; `contact` the programme's other ways in.
   */
  renderNotices(level: number, configured: boolean, contact?: Contact): TemplateResult {
    const t = this.#options.strings();
    const state = this.#sender.state;
    const ids = this.#options.fieldIds;
    return html`${!configured ? statusPanel('error', t.formNotConfiguredTitle, t.formNotConfigured, level, contact) : nothing}
      ${this.#errors
        ? errorSummary(t, this.#errors.map((error) => ({ id: ids[error.key], message: error.message })), this.#follow, { general: this.#general, level })
        : nothing}
      ${state.phase === 'waiting' ? waitingPanel(t, state, level, () => this.#sender.retryNow()) : nothing}
      ${state.phase === 'refused' ? statusPanel('error', t.formRefusedTitle, t.formRefused, level, contact) : nothing}`;
  }

  /** The end of the form: the honeypot and the Send button (labelled `label`), which makes way while it waits. */
  renderSend(label: string): TemplateResult {
    const t = this.#options.strings();
    const state = this.#sender.state;
    return html`${honeypot(t, this.#honeypotValue, (value) => (this.#honeypotValue = value))}
      ${state.phase === 'waiting'
        ? nothing
        : html`<div class="actions">
            <button class="button" part="submit" type="submit" aria-disabled=${state.phase === 'sending' ? 'true' : 'false'}>
              ${state.phase === 'sending' ? t.formSending : label}
            </button>
          </div>`}`;
  }

  /** The line a screen reader hears as the sending moves on. */
  announcement(): string {
    return sendingAnnouncement(this.#sender.state, this.#options.strings());
  }

  async #showErrors(errors: AnswerError<Key>[], general?: string): Promise<void> {
    this.#errors = errors;
    this.#general = general;
    this.#errorTitle.show(true, `${this.#options.strings().formErrorPrefix} `);
    this.#host.requestUpdate();
    // A receiver's 422 may come long after Send (a submission waiting offline): the summary is an
    // alert, so it is said wherever the parent is, but it takes focus only from the form or from nowhere.
    if (focusIsHereOrNowhere(this.#host)) await this.#focus('.error-summary');
  }

  async #rejected(problems: FieldProblem[]): Promise<void> {
    this.#forgetSubmission();
    const errors: AnswerError<Key>[] = [];
    const unknown: string[] = [];
    for (const problem of problems) {
      const key = this.#options.answerFor(problem.field);
      if (key && !errors.some((error) => error.key === key)) errors.push({ key, message: problem.message });
      else if (!key) unknown.push(problem.field);
    }
    if (unknown.length) this.#options.unknownFields?.(unknown);
    await this.#showErrors(errors, errors.length && !unknown.length ? undefined : this.#options.strings().formRejected);
  }

  #sent(): void {
    this.#options.sent();
    this.#errors = undefined;
    this.#errorTitle.show(false, '');
    this.#host.requestUpdate();
    // Sent later (back online, a try the page made, another tab), the parent may be elsewhere on the
    // page: the thank-you takes focus only from the form itself or from nowhere; else "Sent" is said.
    if (focusIsHereOrNowhere(this.#host)) void this.#focus('[part~="success"]');
  }

  /** The next Send is a new submission (this one was stopped, refused or rejected). */
  #forgetSubmission(): void {
    const values = this.#options.values();
    if (values.submissionId) this.#options.setValues({ ...values, submissionId: '', sentPayload: '' });
  }

  #follow = (id: string): void => focusAnswer(this.#host.renderRoot, id);

  async #focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
