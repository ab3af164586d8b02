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
import { control } from '../forms/form-page.js';

export { activeInShadow, control, fieldError, forgetForms, hasControl, statusText, summaryLinks } from '../forms/form-page.js';

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

