import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/entries/feedback-summary.js';
import '../src/locales/ar.js';
import { installStoryFeeds, STORY_FEEDS } from './support/story-feeds.js';

installStoryFeeds();

type Args = { src: string; serviceId: string; locale: string; headingLevel: number };

/**
 * `<pc-feedback-summary>` (issue 23): what parents said about a service, as counts once the
 * scheme's minimum of responses is reached, and "you said, we did". One story per state; the
 * feeds are the tests' (test/fixtures/index.ts: `feedbackSummaryFeed`).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Feedback summary',
  component: 'pc-feedback-summary',
  args: { src: STORY_FEEDS.feedbackSummary, serviceId: 'riverside', locale: 'en-GB', headingLevel: 2 },
  argTypes: {
    locale: { control: 'select', options: ['en-GB', 'ar'] },
    serviceId: { control: 'select', options: ['', 'riverside', 'rhymes', 'dads', 'bumps'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ src, serviceId, locale, headingLevel }) => html`<pc-feedback-summary
    src=${src}
    service-id=${serviceId}
    locale=${locale}
    heading-level=${headingLevel}
  ></pc-feedback-summary>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One service above the minimum: 12 responses, each rating in words, and its own "you said, we did". */
export const OneService: Story = {};

/** Exactly at the minimum (5 responses): shown. */
export const AtTheMinimum: Story = { args: { serviceId: 'rhymes' } };

/** A service with too few responses (the summary does not list it): kindly says so, never how many; its notes still show. */
export const NotEnoughResponsesYet: Story = { args: { serviceId: 'dads' } };

/** Without service-id: every service with enough responses, by name, and every note, naming its service. */
export const EveryService: Story = { args: { serviceId: '' } };

/** Without service-id, and no service has enough responses yet: says so; the notes still show. */
export const NoServiceYet: Story = { args: { serviceId: '', src: STORY_FEEDS.feedbackSummaryNoCounts } };

/** An entry carrying a parent's words is refused (the console says which and why): the service reads as not enough yet. */
export const RawCommentsRefused: Story = { args: { serviceId: 'bumps', src: STORY_FEEDS.feedbackSummaryRawComments } };

/** The feed publishes no summary: the shared empty state. */
export const NoSummary: Story = { args: { src: STORY_FEEDS.feedbackSummaryNone } };

export const Loading: Story = { args: { src: STORY_FEEDS.loading } };

export const ServerError: Story = { args: { src: STORY_FEEDS.serverError } };

export const Arabic: Story = { args: { locale: 'ar' } };

export const ArabicEveryService: Story = { args: { locale: 'ar', serviceId: '' } };

export const Themed: Story = {
  args: { serviceId: '' },
  render: ({ src }) => html`<div
    style="--pc-colour-brand:#6f2c91;--pc-colour-surface-alt:#f6effa;--pc-colour-border-subtle:#c9b3d6;--pc-font-family:Georgia,serif;--pc-radius:0.75rem"
  >
    <pc-feedback-summary src=${src}></pc-feedback-summary>
  </div>`,
};
