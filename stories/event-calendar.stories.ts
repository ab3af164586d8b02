import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/entries/event-calendar.js';
import '../src/entries/provider.js';
import '../src/locales/ar.js';
import { CALENDAR_CHUNKS } from '../src/event-calendar/calendar-chunks.js';
import { PcEventCalendar } from '../src/event-calendar/event-calendar.js';
import { installStoryFeeds, STORY_FEEDS } from './support/story-feeds.js';
import { settledWidget } from './support/story-widgets.js';

installStoryFeeds();

type Args = {
  src: string;
  locale: string;
  view: '' | 'month' | 'week' | 'list';
  date: string;
  firstDay: string;
  categories: string;
  headingLevel: number;
};

/** Waits for the calendar in a story to show its sessions (or its empty state). */
const settled = (canvas: HTMLElement) => settledWidget(canvas, 'pc-event-calendar', '.cal');

/**
 * `<pc-event-calendar>`: the programme's sessions as a month grid, a week or a list, with
 * filters, a detail panel and "Add to your calendar". Each story is one view or state a parent
 * can meet. The stories open on 25 November 2026, a busy week in the sample feed.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Event calendar',
  component: 'pc-event-calendar',
  args: {
    src: STORY_FEEDS.sample,
    locale: 'en-GB',
    view: '',
    date: '2026-11-25',
    firstDay: 'monday',
    categories: '',
    headingLevel: 2,
  },
  argTypes: {
    locale: { control: 'select', options: ['en-GB', 'ar'] },
    view: { control: 'select', options: ['', 'month', 'week', 'list'] },
    firstDay: { control: 'select', options: ['monday', 'sunday', 'saturday'] },
  },
  render: ({ src, locale, view, date, firstDay, categories, headingLevel }) => html`<pc-event-calendar
    src=${src}
    locale=${locale}
    view=${view || nothing}
    date=${date}
    first-day=${firstDay}
    categories=${categories || nothing}
    heading-level=${headingLevel}
  ></pc-event-calendar>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Month: Story = { args: { view: 'month' } };

export const Week: Story = { args: { view: 'week' } };

export const List: Story = { args: { view: 'list' } };

/** A session opened: when in words, where, cost, ages, booking, and "Add to your calendar". */
export const SessionOpen: Story = {
  args: { view: 'list' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    root.querySelector<HTMLButtonElement>('.session__open')?.click();
  },
};

/** The calendar whose session details cannot be fetched, as when the connection dropped after the sessions loaded. */
const OFFLINE_DETAIL = 'story-calendar-offline-detail';
if (!customElements.get(OFFLINE_DETAIL)) {
  customElements.define(
    OFFLINE_DETAIL,
    class extends PcEventCalendar {
      static override readonly chunks = { ...CALENDAR_CHUNKS, detail: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) };
    },
  );
}

/** The connection dropped after the sessions loaded: opening one says its details could not load. */
export const DetailCouldNotLoad: Story = {
  args: { view: 'list' },
  render: ({ src, locale, view, date }) => {
    const tag = unsafeStatic(OFFLINE_DETAIL);
    return staticHtml`<${tag} src=${src} locale=${locale} view=${view} date=${date}></${tag}>`;
  },
  play: async ({ canvasElement }) => {
    const root = await settledWidget(canvasElement, OFFLINE_DETAIL, '.cal');
    root.querySelector<HTMLButtonElement>('.session__open')?.click();
  },
};

/** Filters open, limited to two types of session. */
export const Filtered: Story = {
  args: { view: 'list', categories: 'stay-and-play libraries' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    root.querySelector('details')?.setAttribute('open', '');
  },
};

/** Before the programme's first session: a kind message and a way forward. */
export const Empty: Story = { args: { view: 'list', date: '2025-06-15' } };

export const Loading: Story = { args: { src: STORY_FEEDS.loading } };

export const ServerError: Story = { args: { src: STORY_FEEDS.serverError } };

/** An OpenActive feed whose second page could not be loaded: the first page's sessions, with the "may be incomplete" notice. */
export const IncompleteOpenActiveFeed: Story = { args: { src: STORY_FEEDS.partialRpde, view: 'list', date: '2026-11-16' } };

/** A session parents join online (the sample's live evening group, `online: true` and no place): "Online" where a place would be, not its service's place. */
export const OnlineSession: Story = { args: { view: 'list', date: '2027-01-12' } };

/** Right to left: the grid runs from the right and the arrow keys follow it. */
export const Arabic: Story = { args: { locale: 'ar', view: 'month' } };

export const SundayFirst: Story = { args: { view: 'month', firstDay: 'sunday' } };

export const Themed: Story = {
  args: { view: 'month' },
  render: (args) => html`<div
    style="--pc-colour-brand:#6f2c91;--pc-colour-link:#6f2c91;--pc-colour-surface-alt:#f6effa;--pc-colour-border-subtle:#d9c7e3;--pc-font-family:Georgia,serif;--pc-radius:0.75rem"
  >
    ${meta.render!(args, {} as never)}
  </div>`,
};

/** A 320 px column (a phone, or a narrow sidebar): the list by default. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 320px; border: 1px dashed #b1b4b6">${meta.render!(args, {} as never)}</div>`,
};

/**
 * December in 320 px: Christmas Day's sessions are all cancelled, so its number is struck through
 * in a red ring and its name says "No sessions, 2 cancelled"; other days count only running sessions.
 */
export const NarrowMonthCancellations: Story = {
  args: { view: 'month', date: '2026-12-01' },
  render: (args) => html`<div style="width: 320px; border: 1px dashed #b1b4b6">${meta.render!(args, {} as never)}</div>`,
};

/** The month grid in 320 px: counts instead of titles; a day's sessions open under the grid. */
export const NarrowMonth: Story = {
  args: { view: 'month' },
  render: (args) => html`<div style="width: 320px; border: 1px dashed #b1b4b6">${meta.render!(args, {} as never)}</div>`,
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    root.querySelector<HTMLElement>('[data-date="2026-11-25"]')?.click();
  },
};

/**
 * A feed of 5,000 sessions every day, in a column up to 390 px (a phone): the list draws 20 of each day and days
 * until 100 are drawn, each with "Showing 20 of 5,000 sessions" and "Show more sessions", then
 * "Show more days" (issue 18). The four weeks are expanded in slices, with "Loading…" meanwhile.
 */
export const BusyList: Story = {
  args: { src: STORY_FEEDS.busyDaily, view: 'list' },
  render: (args) => html`<div style="max-width: 390px">${meta.render!(args, {} as never)}</div>`,
};

/** The same feed's month: three titles and "+4,997 more" a day; the opened day draws 20, then "Show more sessions". */
export const BusyMonthDayOpen: Story = {
  args: { src: STORY_FEEDS.busyDaily, view: 'month' },
  play: async ({ canvasElement }) => {
    // The grid replaces "Loading…" once the sliced expansion is done.
    const root = await settledWidget(canvasElement, 'pc-event-calendar', '[data-date="2026-11-25"]');
    root.querySelector<HTMLElement>('[data-date="2026-11-25"]')?.click();
  },
};
