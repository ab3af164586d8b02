/**
 * Driving `<pc-champion-signup>` as a parent does: controls found by their visible labels, typed
 * into and ticked, Send pressed. Each form gets its own sending kit (a held receiver, waits the
 * test releases, an `online` signal the test fires) through a subclass under its own tag.
 */
import { fixture } from '@open-wc/testing';
import { PcChampionSignup } from '../../src/champion-signup/champion-signup.js';
import type { SenderKit } from '../../src/forms/form-sender.js';
import { define } from '../../src/internal/define.js';
import { getByRole } from '../support/roles.js';

let count = 0;

/** A sign-up tag whose forms send through `kit`. */
export function signupTag(kit: SenderKit): string {
  const tag = `test-signup-${++count}`;
  define(
    tag,
    class extends PcChampionSignup {
      protected static override readonly kit = kit;
    },
  );
  return tag;
}

export const ACTION = 'https://receiver.example.org/signups';

export async function mountSignup(tag: string, attributes: Record<string, string> = { action: ACTION }): Promise<PcChampionSignup> {
  const attrs = Object.entries(attributes).map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`).join(' ');
  const el = await fixture<PcChampionSignup>(`<${tag} ${attrs}></${tag}>`);
  await el.updateComplete;
  return el;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The control a visible label names (exactly, or matching), as a parent finds it. */
export function control(el: Element, label: string | RegExp): HTMLInputElement & HTMLTextAreaElement {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('label')].filter((l) => (typeof label === 'string' ? text(l) === label || text(l).startsWith(`${label} (`) : label.test(text(l))));
  const target = labels.map((l) => root.getElementById(l.htmlFor)).find((c) => c && !c.closest('[hidden]'));
  if (!target) throw new Error(`no control labelled ${String(label)}; labels: ${[...root.querySelectorAll('label')].map(text).join(' | ')}`);
  return target as HTMLInputElement & HTMLTextAreaElement;
}

export function hasControl(el: Element, label: string | RegExp): boolean {
  try {
    control(el, label);
    return true;
  } catch {
    return false;
  }
}

export async function type(el: PcChampionSignup, label: string | RegExp, value: string): Promise<void> {
  const box = control(el, label);
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function tick(el: PcChampionSignup, label: string | RegExp): Promise<void> {
  control(el, label).click();
  await el.updateComplete;
}

/** Every required answer, well formed: Amina, by email, in NB1 4AA. */
export async function fillValid(el: PcChampionSignup): Promise<void> {
  await type(el, 'Your name', 'Amina Yusuf');
  await tick(el, 'Email');
  await type(el, 'Email address', 'amina@example.org');
  await type(el, 'Postcode or ward', 'nb14aa');
  await type(el, 'Languages you speak', 'English, Somali');
  await tick(el, 'Monday');
  await tick(el, 'Mornings');
  await tick(el, 'Help at events');
  await tick(el, 'I agree to my details being used in this way');
}

export async function pressSend(el: PcChampionSignup, name: string | RegExp = 'Sign up'): Promise<void> {
  getByRole(el, 'button', name).click();
  await el.updateComplete;
}

/** The error summary's links, as read. */
export const summaryLinks = (el: Element) => [...el.shadowRoot!.querySelectorAll('.error-summary a')].map(text);

/** A question's own error message (without the hidden "Error:"), by its control's label. */
export function fieldError(el: Element, label: string | RegExp): string {
  const box = control(el, label);
  const ids = (box.getAttribute('aria-describedby') ?? box.closest('fieldset')?.getAttribute('aria-describedby') ?? '').split(/\s+/);
  const message = ids.map((id) => el.shadowRoot!.getElementById(id)).find((node) => node?.classList.contains('error-message'));
  return text(message).replace(/^Error: /, '');
}

/** This page's drafts and outbox only: localStorage is shared with the test pages running beside it. */
export function forgetForms(): void {
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('pc-draft:') || key.startsWith('pc-outbox')) storage.removeItem(key);
  }
}

export const statusText = (el: Element) => text(el.shadowRoot!.querySelector('[role="status"]'));
export const activeInShadow = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
