import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import { PcServiceFinder } from '../src/service-finder/service-finder.js';
import { FINDER_CHUNKS, type FinderChunks } from '../src/service-finder/finder-chunks.js';
import { installStoryFeeds, STORY_FEEDS } from './support/story-feeds.js';
import { settledWidget } from './support/story-widgets.js';

installStoryFeeds();

type Args = { src: string; locale: string; pageSize: number; categories: string; headingLevel: number };

/** A chunk that cannot arrive: the connection dropped after the finder loaded. */
const failed = (): Promise<never> => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
/** A chunk that has not arrived yet: a connection too slow to bring it. */
const held = (): Promise<never> => new Promise<never>(() => undefined);

/**
 * Renders the story with a finder whose chunks load with `chunks` (the rest as shipped): a
 * subclass under its own tag, so the shipped loaders are never swapped.
 */
function withChunks(name: string, chunks: Partial<FinderChunks>): Story['render'] {
  const tag = `pc-story-finder-${name}`;
  if (!customElements.get(tag)) {
    customElements.define(
      tag,
      class extends PcServiceFinder {
        protected static override readonly chunks: FinderChunks = { ...FINDER_CHUNKS, ...chunks };
      },
    );
  }
  const t = unsafeStatic(tag);
  return ({ src, locale }) => staticHtml`<${t} data-story-finder src=${src} locale=${locale}></${t}>`;
}

/** Waits for the finder in a story to show its results (or its empty state). */
const settled = (canvas: HTMLElement) => settledWidget(canvas, 'pc-service-finder, [data-story-finder]', '.results, .state--empty');

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

/** A narrow finder (a phone): the filters open as a full-height sheet ending in "Show N results". */
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

/** "free on saturday": the words become the Free and Saturday filters, shown as ticks and chips. */
export const EverydayWordsAsFilters: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'free on saturday'),
};

/** "near me" before the parent has said where they are: "Use my location" is offered by the results. */
export const NearMeTyped: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'stay and play near me'),
};

/**
 * Nothing matches: ways out, each with what it gives (a spelling the directory holds, a filter
 * taken away), then the programme's own contact details.
 */
export const NoResultsWaysOut: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'rhyme tme sunday'),
};

export const Loading: Story = { args: { src: STORY_FEEDS.loading } };

/** The results are in; the filter panel's chunk is still on its way (a placeholder holds its place). */
export const FiltersStillLoading: Story = {
  render: withChunks('filter-panel-held', { filterPanel: held }),
};

/** The filter panel's chunk could not load: the results still show, and the panel offers "Try again". */
export const FiltersCouldNotLoad: Story = {
  render: withChunks('filter-panel-failed', { filterPanel: failed }),
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
 * engine, the filter panel, the detail view, "near me") cannot arrive. A typed search shows the network error
 * with "Try again", which fetches the engine again.
 */
export const OfflineAfterLoading: Story = {
  render: withChunks('offline', { searchEngine: failed, filterPanel: failed, detail: failed, nearMe: failed }),
  play: async ({ canvasElement }) => search(canvasElement, 'nursery'),
};

/** As above, and the parent opened a service: an alert says the details could not load. */
export const DetailCouldNotLoad: Story = {
  render: withChunks('detail-failed', { detail: failed }),
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
