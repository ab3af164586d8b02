import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { installStoryFeeds, STORY_FEEDS } from './support/story-feeds.js';

installStoryFeeds();

type Args = { src: string; locale: string };

/**
 * `<pc-provider>` loads a feed once and shares it; `<pc-feed-status>` shows what it loaded.
 * Each story is one state every widget shares: loading, ready, error, not a feed, offline.
 */
const meta: Meta<Args> = {
  title: 'Foundation/Provider',
  component: 'pc-provider',
  args: { src: STORY_FEEDS.sample, locale: 'en-GB' },
  argTypes: {
    locale: { control: 'select', options: ['en-GB', 'ar'] },
  },
  render: ({ src, locale }) => html`<pc-provider src=${src} locale=${locale}>
    <pc-feed-status></pc-feed-status>
  </pc-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {};

export const Loading: Story = { args: { src: STORY_FEEDS.loading } };

export const ServerError: Story = { args: { src: STORY_FEEDS.serverError } };

export const NotAFeed: Story = { args: { src: STORY_FEEDS.notAFeed } };

export const Offline: Story = { args: { src: STORY_FEEDS.offline } };

/** A body that is only `null`: the format message with Try again (issue 18), never endless loading. */
export const BareNull: Story = { args: { src: STORY_FEEDS.bareNull } };

/** A feed behind a login (401): no password prompt, "not public". */
export const NotPublic: Story = { args: { src: STORY_FEEDS.notPublic } };

/** A server that asks us to slow down (429, after the retries): "busy". */
export const ServerBusy: Story = { args: { src: STORY_FEEDS.busyServer } };

export const Arabic: Story = { args: { locale: 'ar' } };

/** schema.org events organised by a volunteer: no programme name (never the person's), so no heading, just the counts. */
export const UnnamedProgramme: Story = { args: { src: STORY_FEEDS.unnamedProgramme } };

export const Themed: Story = {
  render: ({ src }) => html`<div
    style="--pc-colour-brand:#6f2c91;--pc-colour-surface-alt:#f6effa;--pc-font-family:Georgia,serif;--pc-radius:1rem"
  >
    <pc-provider src=${src}><pc-feed-status></pc-feed-status></pc-provider>
  </div>`,
};
