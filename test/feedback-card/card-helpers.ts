/**
 * Driving `<pc-feedback-card>` as a parent does: controls found by their visible labels, chosen
 * and typed into, Send pressed. Each card gets its own sending kit (a held receiver, waits the
 * test releases, an `online` signal the test fires) through a subclass under its own tag.
 */
import { fixture } from '@open-wc/testing';
import { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';
import type { SenderKit } from '../../src/forms/form-sender.js';
import type { FeedbackPayload } from '../../src/forms/feedback-payload.js';
import { define } from '../../src/internal/define.js';
import { heldSenderKit } from '../forms/kit-doubles.js';
import { getByRole } from '../support/roles.js';
import { control } from '../forms/form-page.js';

export { activeInShadow, control, fieldError, forgetForms, hasControl, statusText, summaryLinks } from '../forms/form-page.js';

let count = 0;

/** A card tag whose cards send through `kit`. */
export function cardTag(kit: SenderKit): string {
  const tag = `test-feedback-card-${++count}`;
  define(
    tag,
    class extends PcFeedbackCard {
      protected static override readonly kit = kit;
    },
  );
  return tag;
}

export const ACTION = 'https://receiver.example.org/feedback';

/** A kit over a held receiver, released waits and an `online` signal the test fires, on a card tag of its own. */
export function heldKit(options: Parameters<typeof heldSenderKit>[0] = {}) {
  const held = heldSenderKit(options);
  return { ...held, tag: cardTag(held.kit) };
}

export async function mountCard(tag: string, attributes: Record<string, string> = { action: ACTION }, inner = ''): Promise<PcFeedbackCard> {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`)
    .join(' ');
  const el = await fixture<PcFeedbackCard>(`<${tag} ${attrs}>${inner}</${tag}>`);
  await el.updateComplete;
  return el;
}

export async function type(el: PcFeedbackCard, label: string | RegExp, value: string): Promise<void> {
  const box = control(el, label);
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function tick(el: PcFeedbackCard, label: string | RegExp): Promise<void> {
  control(el, label).click();
  await el.updateComplete;
}

export async function pressSend(el: PcFeedbackCard): Promise<void> {
  getByRole(el, 'button', 'Send feedback').click();
  await el.updateComplete;
}

export const payloadOf = (request: { body: unknown }) => request.body as FeedbackPayload;
