/**
 * What every form says about where its answers are, drawn the same way in each: a panel (not sent
 * yet, could not be sent, not set up) with the programme's phone and email as another way to get
 * in touch, and the short line a screen reader hears as the sending moves on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../data/feed-schema.js';
import { mailtoLink, telLink } from '../data/contact-links.js';
import type { FormStrings } from '../i18n/translation.js';
import { heading } from '../ui/states.js';
import { pageShared } from '../internal/page-shared.js';
import type { SenderState } from './form-sender.js';

/** A button in a status panel ("Try sending now"). */
export interface PanelAction {
  label: string;
  busy?: boolean;
  press: () => void;
}

/**
 * A panel saying where the answers are (it takes focus when it appears: `part="status"`), its
 * heading at `level` (one below the form's); `contact`, the programme's phone and email, is
 * another way to get in touch.
 */
export function statusPanel(
  kind: 'warning' | 'error',
  title: string,
  message: string,
  level: number,
  contact?: Contact,
  action?: PanelAction,
): TemplateResult {
  const phone = contact?.phone ? telLink(contact.phone) : undefined;
  const email = contact?.email ? mailtoLink(contact.email) : undefined;
  return html`<div class="panel panel--${kind}" part="status" tabindex="-1">
    ${heading(level, 'panel__title', title)}
    <p>${message}</p>
    ${phone || email
      ? html`<p class="panel__contact">
          ${phone ? html`<a href=${phone}>${contact!.phone}</a>` : nothing} ${email ? html`<a href=${email}>${contact!.email}</a>` : nothing}
        </p>`
      : nothing}
    ${action
      ? html`<div><button class="button" type="button" aria-disabled=${action.busy ? 'true' : 'false'} @click=${action.press}>${action.label}</button></div>`
      : nothing}
  </div>`;
}

/** The waiting panel: why it has not gone, and "Try sending now". */
export function waitingPanel(t: FormStrings, state: Extract<SenderState, { phase: 'waiting' }>, level: number, tryNow: () => void): TemplateResult {
  // Whether the parent may close the page: only where the answers are kept on the device (not where storage is full or blocked).
  const message = `${state.offline ? t.formWaitingOffline : t.formWaitingRetry} ${state.kept ? t.formWaitingKept : t.formWaitingKeepOpen}`;
  return statusPanel('warning', t.formWaitingTitle, message, level, undefined, {
    label: state.trying ? t.formSending : t.formTryNow,
    busy: !!state.trying,
    press: tryNow,
  });
}

/**
 * What a screen reader hears as the sending moves on ("Sending…", "Not sent yet…", "Sent", "Your answers
 * could not be sent"): the panels take focus only from the form, so elsewhere on the page this is what is said.
 */
export function sendingAnnouncement(state: SenderState, t: FormStrings): string {
  if (state.phase === 'sending') return state.retrying ? t.formWaitingTitle : t.formSending;
  if (state.phase === 'waiting') return state.trying ? t.formSending : t.formWaitingTitle;
  if (state.phase === 'refused') return t.formRefusedTitle;
  return state.phase === 'sent' ? t.formSent : '';
}

interface ErrorTitlesV1 {
  readonly version: 1;
  show(form: object, prefix: string): void;
  hide(form: object): void;
}

/**
 * The page's forms showing errors, shared by every copy of the library on the page (a sign-up and a
 * card from two bundles): "Error: " goes before the title when the first shows errors, and comes off
 * when the last has none.
 */
const errorTitles = (): ErrorTitlesV1 =>
  pageShared<ErrorTitlesV1>('parent-champion-widgets.error-title', ['show', 'hide'], () => {
    const showing = new Set<object>();
    let added: string | undefined;
    return {
      version: 1,
      show(form, prefix) {
        showing.add(form);
        if (added || document.title.startsWith(prefix)) return;
        added = prefix;
        document.title = prefix + document.title;
      },
      hide(form) {
        showing.delete(form);
        if (showing.size || !added) return;
        if (document.title.startsWith(added)) document.title = document.title.slice(added.length);
        added = undefined;
      },
    };
  });

/**
 * GOV.UK prefixes the page title with "Error: " while a form shows errors, and takes it off once
 * they are fixed: one per form, counted page-wide, so another form's errors keep it.
 */
export class ErrorTitle {
  show(show: boolean, prefix: string): void {
    if (typeof document === 'undefined') return;
    if (show) errorTitles().show(this, prefix);
    else errorTitles().hide(this);
  }
}
