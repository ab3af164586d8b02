import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/entries/provider.js';
import '../src/entries/champion-signup.js';
import '../src/locales/ar.js';
import { PcChampionSignup } from '../src/champion-signup/champion-signup.js';
import type { SenderKit } from '../src/forms/form-sender.js';
import { settledWidget } from './support/story-widgets.js';
import { answering, FORM_KITS, noOnlineSignal } from './support/form-kits.js';

type Args = { action: string; locale: string; headingLevel: number; draft: string; privacyUrl: string };

/** Where the stories' forms "send": never reached, as every story's form sends through its own kit. */
const ACTION = 'https://receiver.example.org/signups';

/** The stories' receivers: every form's, and one that checked the answers and names one to fix. */
const KITS = {
  ...FORM_KITS,
  rejected: {
    fetch: answering(422, { errors: [{ field: 'answers.email', message: 'Enter an email address we can reach' }] }),
    onOnline: noOnlineSignal,
  },
} satisfies Record<string, SenderKit>;

type KitName = keyof typeof KITS;

/** The sign-up tag whose forms send through `KITS[name]`. */
function signupTag(name: KitName): string {
  const tag = `pc-story-signup-${name}`;
  const kit: SenderKit = KITS[name];
  if (!customElements.get(tag)) {
    customElements.define(
      tag,
      class extends PcChampionSignup {
        protected static override readonly kit: SenderKit = kit;
      },
    );
  }
  return tag;
}

/** The element with the story's args, sending through the named kit; `content` goes inside (slots). */
function signup(name: KitName, { action, locale, headingLevel, draft, privacyUrl }: Args, content: TemplateResult | typeof nothing = nothing) {
  const t = unsafeStatic(signupTag(name));
  return staticHtml`<${t}
    data-story-signup
    action=${action || nothing}
    locale=${locale || nothing}
    heading-level=${headingLevel}
    draft=${draft}
    privacy-url=${privacyUrl || nothing}
  >${content}</${t}>`;
}

const withKit =
  (name: KitName): Story['render'] =>
  (args) =>
    signup(name, args);

/** Drafts and the outbox from an earlier story (or an earlier visit) would show in this one. */
function forgetStoredAnswers(): void {
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('pc-')) storage.removeItem(key);
  }
}

/* Driving the form as a parent does: controls found by their visible labels. */

const SELECTOR = '[data-story-signup]';
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for the form (its questions) to show; returns the element. */
async function formReady(canvas: HTMLElement): Promise<PcChampionSignup> {
  await settledWidget(canvas, SELECTOR, '.form');
  const el = canvas.querySelector<PcChampionSignup>(SELECTOR)!;
  await el.updateComplete;
  return el;
}

/** The control whose label reads `label` (or starts with it, before "(optional)"). */
function control(el: PcChampionSignup, label: string): HTMLInputElement {
  const root = el.shadowRoot!;
  const found = [...root.querySelectorAll('label')]
    .filter((l) => words(l) === label || words(l).startsWith(`${label} (`))
    .map((l) => root.getElementById(l.htmlFor))
    .find((c) => c && !c.closest('[hidden]'));
  if (!found) throw new Error(`No control labelled “${label}” in the sign-up story`);
  return found as HTMLInputElement;
}

async function type(el: PcChampionSignup, label: string, value: string): Promise<void> {
  const box = control(el, label);
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function tick(el: PcChampionSignup, label: string): Promise<void> {
  control(el, label).click();
  await el.updateComplete;
}

/** Every required answer, well formed: Amina, by email, in NB1 4AA. */
async function fillValid(el: PcChampionSignup): Promise<void> {
  await type(el, 'Your name', 'Amina Yusuf');
  await tick(el, 'Email');
  await type(el, 'Email address', 'amina@example.org');
  await type(el, 'Postcode or ward', 'NB1 4AA');
  await type(el, 'Languages you speak', 'English, Somali');
  await tick(el, 'Monday');
  await tick(el, 'Mornings');
  await tick(el, 'Help at events');
  await tick(el, 'I agree to my details being used in this way');
}

async function pressSignUp(el: PcChampionSignup): Promise<void> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => words(b) === 'Sign up');
  if (!button) throw new Error('No “Sign up” button in the sign-up story');
  button.click();
  await el.updateComplete;
}

/** Fills every answer and presses "Sign up". */
const validSend: Story['play'] = async ({ canvasElement }) => {
  const el = await formReady(canvasElement);
  await fillValid(el);
  await pressSignUp(el);
};

/** A scheme's feed, inline: its own wording for the questions, its DBS line, notice and choices. */
const SCHEME_FEED = {
  version: '1.0',
  programme: {
    name: 'Northbridge Parent Champions',
    area: 'Borough of Northbridge',
    locale: 'en-GB',
    postcodeExample: 'NB2 7QT',
  },
  forms: {
    signup: {
      endpoint: 'https://receiver.example.org/northbridge/signups',
      consentText:
        'Northbridge Parent Champions will keep your details on a secure list and contact you only about volunteering. You can ask us to delete them at any time.',
      dbsNote: 'You do not need a DBS check to be a Parent Champion: you will never be left alone with children.',
      privacyNoticeUrl: 'https://example.org/parent-champions/privacy',
      contactMethods: ['email', 'phone'],
      interests: [
        { id: 'welcome', label: 'Welcoming families at stay and play groups' },
        { id: 'languages', label: 'Helping families who speak my language' },
        { id: 'fun-days', label: 'Helping at fun days and open days' },
      ],
      heardAboutOptions: [
        { id: 'family-hub', label: 'At Northbridge Family Hub' },
        { id: 'library', label: 'At a library' },
        { id: 'friend', label: 'From a friend' },
      ],
      questions: [
        { id: 'name', label: 'What should we call you?', hint: 'Your first name is fine.' },
        { id: 'area', label: 'Where do you live?', hint: 'Your postcode, like NB2 7QT, or the name of your ward' },
        { id: 'childrenAges', asked: false },
        { id: 'languages', label: 'Which languages could you help families in?' },
        { id: 'availability', hint: 'We meet families on weekdays, mostly in term time.' },
        { id: 'interests', label: 'How would you like to help?' },
        { id: 'consent', label: 'Keeping your details safe' },
      ],
    },
  },
};
const SCHEME_FEED_URL = URL.createObjectURL(new Blob([JSON.stringify(SCHEME_FEED)], { type: 'application/json' }));

/**
 * `<pc-champion-signup>`: "Become a Parent Champion", a sign-up form laid out as GOV.UK forms
 * are. Each story is one state a parent can meet; none reaches a network (every form sends
 * through a stand-in receiver). Drafts and the outbox are cleared before each story.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Champion sign-up',
  component: 'pc-champion-signup',
  args: { action: ACTION, locale: 'en-GB', headingLevel: 2, draft: 'session', privacyUrl: '' },
  argTypes: {
    locale: { control: 'select', options: ['en-GB', 'ar'] },
    draft: { control: 'select', options: ['session', 'local', 'none'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  beforeEach: () => forgetStoredAnswers(),
  render: withKit('demo'),
};
export default meta;

type Story = StoryObj<Args>;

/** The built-in questions, nothing answered yet. Sending here is stored after a second. */
export const Empty: Story = {};

/**
 * "Sign up" pressed with nothing answered: "There is a problem" takes focus and links to each
 * question, and each question shows its own message beside a red bar.
 */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await formReady(canvasElement);
    await pressSignUp(el);
  },
};

/** Every answer given and "Sign up" pressed; the receiver has not answered: the button says "Sending…" and the answers are locked. */
export const Sending: Story = {
  render: withKit('sending'),
  play: validSend,
};

/**
 * Sent while offline: "Not sent yet: we’ll try again" says it will go when the device is back
 * online, with "Try sending now"; the answers stay, locked, and are kept on the device.
 */
export const WaitingOffline: Story = {
  render: withKit('offline'),
  play: validSend,
};

/** The receiver refused it for good (403): "Your answers could not be sent", with every answer still there. */
export const Failed: Story = {
  render: withKit('refused'),
  play: validSend,
};

/** The receiver checked the answers and named one to fix (422): its message in the error summary and on the email question. */
export const Rejected422: Story = {
  render: withKit('rejected'),
  play: validSend,
};

/** The receiver stored the sign-up (201): "Thank you for signing up" and what happens next, in place of the form. */
export const Success: Story = {
  render: withKit('accepted'),
  play: validSend,
};

/** No `action` (and no feed to give one): "This form cannot send answers yet" above the questions, so nothing typed is lost. */
export const NotConfigured: Story = { args: { action: '' } };

/**
 * Inside `<pc-provider>`: the scheme's feed (`forms.signup`) words the questions its way, adds
 * its DBS line and privacy notice, offers its own choices, leaves out the children's ages
 * question and sends to its own endpoint.
 */
export const FromFeed: Story = {
  args: { action: '' },
  render: (args) => html`<pc-provider src=${SCHEME_FEED_URL}>${signup('demo', args)}</pc-provider>`,
};

/** In Arabic: every word, the days of the week and the layout right to left. */
export const Arabic: Story = { args: { locale: 'ar' } };

/** The scheme's own introduction (the `intro` slot) in place of the built-in one. */
export const CustomSlots: Story = {
  render: (args) =>
    signup(
      'accepted',
      args,
      html`<div slot="intro">
          <p>Northbridge Parent Champions are mums, dads and carers who tell other families what is on near them.</p>
          <p>It takes about 5 minutes to sign up. We will call you within a week.</p>
        </div>
        <div slot="success">
          <p>We will call you within a week to arrange a chat over a cup of tea at Northbridge Family Hub.</p>
          <p>In the meantime, see <a href="https://example.org/parent-champions/stories">what other Parent Champions do</a>.</p>
        </div>`,
    ),
};

/** As above, once sent: the scheme's own thank-you and next steps (the `success` slot) under "Thank you for signing up". */
export const CustomSlotsSent: Story = {
  render: CustomSlots.render,
  play: validSend,
};

/** A scheme's colours, font and corners through `--pc-*` tokens; a contact choice and an interest ticked to show them. */
export const Themed: Story = {
  render: (args) => html`<div
    style="--pc-colour-brand:#6f2c91;--pc-colour-link:#6f2c91;--pc-colour-surface-alt:#f6effa;--pc-colour-border-subtle:#c9b3d6;--pc-font-family:Georgia,serif;--pc-radius:0.75rem"
  >
    ${signup('demo', args)}
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await formReady(canvasElement);
    await tick(el, 'Email');
    await tick(el, 'Help at events');
  },
};
