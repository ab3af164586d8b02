import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { finderChunks } from '../src/service-finder/finder-chunks.js';
import { installStoryFeeds, STORY_FEEDS } from './support/story-feeds.js';
import { failChunks, holdChunks, settledWidget } from './support/story-widgets.js';

installStoryFeeds();

type Args = { src: string; locale: string; pageSize: number; categories: string; headingLevel: number };

/** Waits for the finder in a story to show its results (or its empty state). */
const settled = (canvas: HTMLElement) => settledWidget(canvas, 'pc-service-finder', '.results, .state--empty');

/** Types into the search box and presses Search, as a parent would. */
async function search(canvas: HTMLElement, words: string): Promise<void> {
  const root = await settled(canvas);
  const input = root.querySelector<HTMLInputElement>('#q')!;
  input.value = words;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  root.querySelector<HTMLFormElement>('form')!.requestSubmit();
}

/**
 * `<pc-service-finder>`: search local family services in everyday words, filter them, sort
 * them by distance, and open one for the details. Each story is one state a parent can meet.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Service finder',
  component: 'pc-service-finder',
  args: { src: STORY_FEEDS.sample, locale: 'en-GB', pageSize: 10, categories: '', headingLevel: 2 },
  argTypes: {
    locale: { control: 'select', options: ['en-GB', 'ar'] },
  },
  render: ({ src, locale, pageSize, categories, headingLevel }) => html`<pc-service-finder
    src=${src}
    locale=${locale}
    page-size=${pageSize}
    categories=${categories}
    heading-level=${headingLevel}
  ></pc-service-finder>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithResultsForAQuery: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'stay and play'),
};

export const FiltersOpen: Story = {
  render: ({ src }) => html`<div style="max-width: 360px"><pc-service-finder src=${src}></pc-service-finder></div>`,
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    root.querySelector<HTMLButtonElement>('.filters__toggle')!.click();
  },
};

export const Empty: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'trampoline karaoke'),
};

export const Loading: Story = { args: { src: STORY_FEEDS.loading } };

/** The results are in; the filter panel's chunk is still on its way (a placeholder holds its place). */
export const FiltersStillLoading: Story = {
  beforeEach: () => holdChunks(finderChunks, 'panels'),
};

/** The filter panel's chunk could not load: the results still show, and the panel offers "Try again". */
export const FiltersCouldNotLoad: Story = {
  beforeEach: () => failChunks(finderChunks, 'panels'),
};

export const LoadError: Story = { args: { src: STORY_FEEDS.serverError } };

/** A live Open Referral UK API whose second page fails: the first page's services, with the "may be incomplete" notice. */
export const IncompleteLiveApi: Story = { args: { src: STORY_FEEDS.partialApi } };

export const DetailOpen: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    root.querySelector<HTMLButtonElement>('.card__open')!.click();
  },
};

/**
 * The connection dropped after the list loaded: the parts fetched on first use (the search
 * engine, the panels, "near me") cannot arrive. A typed search shows the network error
 * with "Try again", which fetches the engine again.
 */
export const OfflineAfterLoading: Story = {
  beforeEach: () => failChunks(finderChunks, 'searchEngine', 'panels', 'nearMe'),
  play: async ({ canvasElement }) => search(canvasElement, 'nursery'),
};

/** As above, and the parent opened a service: an alert says the details could not load. */
export const DetailCouldNotLoad: Story = {
  beforeEach: () => failChunks(finderChunks, 'panels'),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    root.querySelector<HTMLButtonElement>('.card__open')!.click();
  },
};

export const LimitedToCategories: Story = { args: { categories: 'stay-and-play libraries' } };

export const Arabic: Story = { args: { locale: 'ar' } };

export const Themed: Story = {
  render: ({ src }) => html`<div
    style="--pc-colour-brand:#6f2c91;--pc-colour-link:#6f2c91;--pc-colour-surface-alt:#f6effa;--pc-font-family:Georgia,serif;--pc-radius:0.75rem;--pc-finder-sidebar-width:15rem"
  >
    <pc-service-finder src=${src}></pc-service-finder>
  </div>`,
};

export const Narrow320: Story = {
  render: ({ src }) => html`<div style="width: 320px"><pc-service-finder src=${src}></pc-service-finder></div>`,
};
