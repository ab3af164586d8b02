/**
 * More for driving `<pc-feedback-card>` (beside card-helpers.ts): a kit that also records where
 * each request went, a card inside a `<pc-provider>` reading a feed served as an inline mock body,
 * feeds with a feedback form and many services, and what the card says.
 */
import { fixture } from '@open-wc/testing';
import type { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';
import type { SenderKit } from '../../src/forms/form-sender.js';
import { nativeFeed, type FeedDocument } from '../fixtures/index.js';
import { heldSenderKit } from '../forms/kit-doubles.js';
import { uniqueKey, waitUntil } from '../support/helpers.js';
import { queryByRole, type Role } from '../support/roles.js';
import { cardTag } from './card-helpers.js';

/** The kit heldKit() gives, that also records each request's URL. */
export function recordingKit() {
  const { receiver, waits, kit } = heldSenderKit();
  const urls: string[] = [];
  const recording: SenderKit = {
    ...kit,
    fetch: ((url: string, init: RequestInit) => {
      urls.push(String(url));
      return receiver.fetch(url, init);
    }) as unknown as typeof fetch,
  };
  return { receiver, waits, urls, tag: cardTag(recording) };
}

/** A feed served as an inline body, under a key of its own. */
export const inlineFeed = (body: unknown) => `/mock/text/${uniqueKey('card-feed')}?body=${encodeURIComponent(JSON.stringify(body))}`;

const attributes = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([name, value]) => `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join(' ');

/** A card of `tag` inside `<pc-provider src=…>`, once its questions show (the feed has loaded). */
export async function cardInProvider(tag: string, src: string, attrs: Record<string, string> = {}): Promise<PcFeedbackCard> {
  const provider = await fixture(`<pc-provider ${attributes({ src })}><${tag} ${attributes(attrs)}></${tag}></pc-provider>`);
  const el = provider.querySelector<PcFeedbackCard>(tag)!;
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the card’s questions');
  await el.updateComplete;
  return el;
}

/** The services a scheme's feed lists: more than the picker shows at once (8), so it offers a search. */
export const MANY_SERVICES = [
  { id: 'riverside', name: 'Riverside Stay and Play' },
  { id: 'rhymes', name: 'Rhyme Time at the Library' },
  { id: 'dads', name: "Dads' Saturday Club" },
  { id: 'bumps', name: 'Bumps and Babies' },
  { id: 'cafe', name: 'Crèche and Café for Carers' },
  { id: 'messy', name: 'Hillside Messy Play' },
  { id: 'swim', name: 'Baby Swim at the Leisure Centre' },
  { id: 'sling', name: 'Sling Library' },
  { id: 'toy', name: 'Toy Library' },
  { id: 'speech', name: 'Chatter Matters speech group' },
] as const;

/** A native feed with `forms.feedback` (its parts win), `services` and one session. */
export function feedbackFeed(
  feedback: Record<string, unknown> | null = {},
  parts: { services?: readonly unknown[]; programme?: Record<string, unknown> } = {},
): FeedDocument & { forms?: unknown } {
  const feed = nativeFeed({
    programme: { name: 'Castlegate Family Hubs', ...parts.programme },
    services: [...(parts.services ?? MANY_SERVICES)],
    events: [{ id: 'messy-morning', title: 'Messy Play Morning', start: '2026-12-01T10:00' }],
  });
  if (feedback === null) return feed;
  return { ...feed, forms: { feedback: { endpoint: 'https://receiver.example.org/feedback-from-feed', ...feedback } } };
}

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Everything the card says, whitespace collapsed. */
export const said = (el: Element) => collapse(el.shadowRoot!.textContent);

/** The questions' legends, as read (revealed groups only when shown). */
export const legends = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('legend')].filter((l) => !l.closest('[hidden]')).map((l) => collapse(l.textContent));

/** The labels of the radios in the group whose legend is `legend`, in order. */
export function choicesOf(el: Element, legend: string): string[] {
  const set = [...el.shadowRoot!.querySelectorAll('fieldset')].find((f) => collapse(f.querySelector('legend')?.textContent) === legend);
  if (!set) throw new Error(`no question "${legend}"; questions: ${legends(el).join(' | ')}`);
  return [...set.querySelectorAll(':scope > .choices label')].map((l) => collapse(l.textContent));
}

/** This page's feedback drafts (sessionStorage), by key. */
export const feedbackDrafts = () => Object.keys(sessionStorage).filter((k) => k.startsWith('pc-draft:') && k.includes('feedback:'));

/*
 * Booleans for the page's elements: a failed expectation whose actual or expected value is a DOM
 * element takes the test page down in web-test-runner (it cannot serialise the element), so a test
 * asks these instead and fails with a plain message.
 */

/** Whether something of `role` named `name` is there for a parent. */
export const shows = (el: Element, role: Role, name?: string | RegExp): boolean => queryByRole(el, role, name) !== undefined;

/** Whether focus is on `target` inside the card. */
export const focused = (el: Element, target: Element): boolean => el.shadowRoot!.activeElement === target;
