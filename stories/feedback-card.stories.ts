import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/entries/provider.js';
import '../src/entries/feedback-card.js';
import '../src/locales/ar.js';
import { PcFeedbackCard } from '../src/feedback-card/feedback-card.js';
import type { SenderKit } from '../src/forms/form-sender.js';
import { settledWidget } from './support/story-widgets.js';
import { FORM_KITS } from './support/form-kits.js';

type Args = { action: string; locale: string; headingLevel: number; variant: string; serviceId: string; question: string };

/** Where the stories' cards "send": never reached, as every story's card sends through its own kit. */
const ACTION = 'https://receiver.example.org/feedback';

/** The stories' receivers (none reaches a network). */
const KITS = FORM_KITS;

type KitName = keyof typeof KITS;

function cardTag(name: KitName): string {
  const tag = `pc-story-feedback-${name}`;
  const kit: SenderKit = KITS[name];
  if (!customElements.get(tag)) {
    customElements.define(
      tag,
      class extends PcFeedbackCard {
        protected static override readonly kit: SenderKit = kit;
      },
    );
  }
  return tag;
}

function card(name: KitName, { action, locale, headingLevel, variant, serviceId, question }: Args) {
  const t = unsafeStatic(cardTag(name));
  return staticHtml`<${t}
    data-story-card
    action=${action || nothing}
    locale=${locale || nothing}
    heading-level=${headingLevel}
    variant=${variant || nothing}
    service-id=${serviceId || nothing}
    question=${question || nothing}
  ></${t}>`;
}

const withKit =
  (name: KitName): Story['render'] =>
  (args) =>
    card(name, args);

/** A scheme's feed, inline: its feedback settings and a dozen services to pick from. */
const SERVICE_NAMES = [
  'Little Acorns Stay and Play',
  'Rhyme Central at Northbridge Library',
  'Northbridge Family Hub',
  'Baby Café breastfeeding support',
  'Dads’ Saturday Club',
  'Health visitor drop-in, Eastfield',
  'Messy Play at St Anne’s',
  'Free early education for 2-year-olds',
  'Speech and language drop-in',
  'Toy library, Westgate',
  'Parenting course: Incredible Years',
  'Music and movement for under 5s',
];
const SCHEME_FEED = {
  version: '1.0',
  programme: { name: 'Northbridge Parent Champions', locale: 'en-GB', contact: { phone: '01632 960001', email: 'champions@example.org' } },
  services: SERVICE_NAMES.map((name, i) => ({ id: `service-${i + 1}`, name, categories: [] })),
  forms: {
    feedback: {
      endpoint: 'https://receiver.example.org/northbridge/feedback',
      whatHappensText:
        'Northbridge Parent Champions read every response. We share what parents say, without names, with the people who run the service, and publish what changes on our “You said, we did” page.',
      safeguardingText: 'If a child is in danger, call 999. If you are worried about a child, call Northbridge Children’s Services on 01632 960000.',
      youSaidWeDidUrl: 'https://example.org/parent-champions/you-said-we-did',
    },
  },
};
const SCHEME_FEED_URL = URL.createObjectURL(new Blob([JSON.stringify(SCHEME_FEED)], { type: 'application/json' }));

const SELECTOR = '[data-story-card]';
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function cardReady(canvas: HTMLElement): Promise<PcFeedbackCard> {
  await settledWidget(canvas, SELECTOR, '.form');
  const el = canvas.querySelector<PcFeedbackCard>(SELECTOR)!;
  await el.updateComplete;
  return el;
}

function control(el: PcFeedbackCard, label: string): HTMLInputElement {
  const root = el.shadowRoot!;
  const found = [...root.querySelectorAll('label')]
    .filter((l) => words(l) === label || words(l).startsWith(`${label} (`))
    .map((l) => root.getElementById(l.htmlFor))
    .find((c) => c && !c.closest('[hidden]'));
  if (!found) throw new Error(`No control labelled “${label}” in the feedback story`);
  return found as HTMLInputElement;
}

async function tick(el: PcFeedbackCard, label: string): Promise<void> {
  control(el, label).click();
  await el.updateComplete;
}

async function type(el: PcFeedbackCard, label: string, value: string): Promise<void> {
  const box = control(el, label);
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function pressSend(el: PcFeedbackCard): Promise<void> {
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => words(b) === 'Send feedback')?.click();
  await el.updateComplete;
}

/** A rating and a few words, then Send. */
const validSend: Story['play'] = async ({ canvasElement }) => {
  const el = await cardReady(canvasElement);
  await tick(el, 'Good');
  await type(el, 'What went well?', 'The staff were kind and the room was warm.');
  await pressSend(el);
};

/**
 * `<pc-feedback-card>`: "Tell us what you think", a card a parent fills in within 30 seconds. Each
 * story is one state a parent can meet; none reaches a network. Drafts and the outbox are cleared
 * before each story.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Feedback card',
  component: 'pc-feedback-card',
  args: { action: ACTION, locale: 'en-GB', headingLevel: 2, variant: 'card', serviceId: '', question: '' },
  argTypes: {
    locale: { control: 'select', options: ['en-GB', 'ar'] },
    variant: { control: 'select', options: ['card', 'inline'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  beforeEach: () => {
    for (const storage of [sessionStorage, localStorage]) {
      for (const key of Object.keys(storage)) if (key.startsWith('pc-')) storage.removeItem(key);
    }
  },
  render: withKit('demo'),
};
export default meta;

type Story = StoryObj<Args>;

/** On its own (no feed, no service): it asks about the page it is on. Nothing chosen. */
export const AboutThePage: Story = {};

/** Inside `<pc-provider>` without `service-id`: the parent picks the service, searching a dozen by name. */
export const PickAService: Story = {
  args: { action: '' },
  render: (args) => html`<pc-provider src=${SCHEME_FEED_URL}>${card('demo', args)}</pc-provider>`,
  play: async ({ canvasElement }) => {
    const el = await cardReady(canvasElement);
    await type(el, 'Search for the service', 'play');
  },
};

/** About one service (`service-id`), as the finder's "Tell us what you think" opens it: the question names it. */
export const ForAService: Story = {
  args: { action: '', serviceId: 'service-1' },
  render: PickAService.render,
};

/** Send pressed with nothing chosen: "There is a problem" takes focus and links to the rating. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await cardReady(canvasElement);
    await pressSend(el);
  },
};

/** The parent may be contacted: only then is an email address or phone number asked for. */
export const ContactAllowed: Story = {
  play: async ({ canvasElement }) => {
    const el = await cardReady(canvasElement);
    await tick(el, 'You can contact me about my feedback');
    await tick(el, 'Email');
  },
};

export const Sending: Story = { render: withKit('sending'), play: validSend };

/** Sent while offline: it waits on the device and goes when back online. */
export const WaitingOffline: Story = { render: withKit('offline'), play: validSend };

/** Refused for good (403): the answers stay, and the scheme's phone and email are offered. */
export const Failed: Story = {
  args: { action: '' },
  render: (args) => html`<pc-provider src=${SCHEME_FEED_URL}>${card('refused', { ...args, serviceId: 'service-1' })}</pc-provider>`,
  play: validSend,
};

/** Stored: the thank-you, with the scheme's "you said, we did" page. */
export const Sent: Story = {
  args: { action: '' },
  render: (args) => html`<pc-provider src=${SCHEME_FEED_URL}>${card('accepted', { ...args, serviceId: 'service-1' })}</pc-provider>`,
  play: validSend,
};

/** `variant="inline"`: "Was this useful? Yes / No"; "No" opens the card. */
export const Inline: Story = { args: { variant: 'inline' } };

/** In Arabic, right to left. */
export const Arabic: Story = { args: { locale: 'ar' } };
