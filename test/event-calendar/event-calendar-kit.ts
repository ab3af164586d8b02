/** Shared by the `<pc-event-calendar>` tests: fixtures, waiting, shadow queries. */
import { fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import '../../src/entries/event-calendar.js';
import '../../src/entries/provider.js';
import '../../src/locales/ar.js';
import { CALENDAR_CHUNKS, type CalendarChunks } from '../../src/event-calendar/calendar-chunks.js';
import { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import { FIXTURE_FILES } from '../fixtures/index.js';
import { feedUrl, waitUntil } from '../support/helpers.js';

export const CALENDAR = FIXTURE_FILES.calendar;
export const HOSTILE = FIXTURE_FILES.hostileCalendar;
export const JSONLD = FIXTURE_FILES.jsonld;

export { feedUrl };

/**
 * Renders `template` inside a box of `width` px and returns the calendar in it, once it shows data.
 * `fixtureSync`, not `fixture`: for a plain wrapper `fixture` waits for an animation frame, which
 * Firefox never gives a background tab (test files run side by side).
 */
export async function mount(template: TemplateResult, width = 1000): Promise<PcEventCalendar> {
  const box = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  // <pc-event-calendar>, or the same class under a test's own tag (`standInChunks`).
  const el = [...box.querySelectorAll('*')].find((node): node is PcEventCalendar => node instanceof PcEventCalendar)!;
  await ready(el);
  return el;
}

export type ChunkName = keyof CalendarChunks;

/** Chunk loaders a test switches while calendars use them, and the calendar class (under a tag of its own) that uses them. */
export interface StandIns {
  /** The tag, for `html` from `lit/static-html.js`: `<${tag} …></${tag}>`. */
  readonly tag: StaticValue;
  /** What each loader does now: the shipped one until a test sets another. */
  readonly use: { -readonly [K in ChunkName]: CalendarChunks[K] };
  /** How many fetches of each chunk the calendars started. */
  readonly count: Record<ChunkName, number>;
}

let standIns = 0;

/**
 * The shipped calendar class given other chunk loaders (its static `chunks`), defined under
 * a tag of its own: `overrides` first, each switchable later through `use`, every fetch counted.
 */
export function standInChunks(overrides: Partial<CalendarChunks> = {}): StandIns {
  const use = { ...CALENDAR_CHUNKS, ...overrides };
  const count: Record<ChunkName, number> = { detail: 0, filterForm: 0, exporter: 0 };
  const counted = <K extends ChunkName>(name: K) =>
    (() => {
      count[name] += 1;
      return use[name]();
    }) as CalendarChunks[K];
  const chunks: CalendarChunks = { detail: counted('detail'), filterForm: counted('filterForm'), exporter: counted('exporter') };
  const tag = `test-calendar-${++standIns}`;
  customElements.define(
    tag,
    class extends PcEventCalendar {
      static override readonly chunks = chunks;
    },
  );
  return { tag: unsafeStatic(tag), use, count };
}

export async function ready(el: PcEventCalendar): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('.cal'), 'calendar rendered');
  await el.updateComplete;
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the calendar`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Whether the calendar's shadow root has a match. (Assert on booleans and strings, never on DOM
 * nodes: a failing `expect(node)` makes the runner serialise the node, which can bring the page down.) */
export const has = (el: Element, selector: string) => !!el.shadowRoot!.querySelector(selector);

/** A short description of the focused element in the shadow root, e.g. `div[data-date=2026-11-25]`. */
export function focusedName(el: Element): string {
  const node = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!node) return 'nothing';
  const key = node.dataset['date'] ?? node.dataset['occ'];
  return `${node.localName}${node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}${key ? `[${key}]` : ''}`;
}

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A weekday column's header as a parent meets it: the name drawn (short, or narrow on a small phone), then the name heard. */
export function seenAndHeard(header: Element): string {
  const seen = [...header.querySelectorAll<HTMLElement>('[aria-hidden="true"]')].filter((span) => span.getClientRects().length).map(text);
  return `${seen.join(' ')} | ${text(header.querySelector('.visually-hidden'))}`;
}

/** The toolbar heading naming the dates shown. */
export const rangeHeading = (el: Element) => text($(el, '[part="range-heading"]'));

/** The polite live region's text. */
export const announced = (el: Element) => text($(el, '.cal__live'));

/** Session titles in the order shown (week/list views and the open day). */
export const sessionTitles = (el: Element) => $$(el, '.session__title').map(text);

/** The button whose visible text is `label` (toolbar, view switcher, empty state…). */
export function button(el: Element, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label || b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Opens the session with this key (`eventId@YYYY-MM-DD`; a list button or a month-grid title) and waits for the dialog. */
/** Opens "Filter sessions" as a parent would and waits for its form (a chunk) to be drawn. */
export async function openFilters(el: PcEventCalendar): Promise<HTMLFormElement> {
  $(el, '[part="filters"] summary').click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part="filters"] form'), 'filter form shown');
  await el.updateComplete;
  return $<HTMLFormElement>(el, '[part="filters"] form');
}

export async function openSession(el: PcEventCalendar, key: string): Promise<HTMLDialogElement> {
  $(el, `[data-occ="${key}"]`).click();
  return openedDialog(el);
}

/** Waits for the detail dialog (drawn once its chunk is in) to be open; returns it. */
export async function openedDialog(el: PcEventCalendar): Promise<HTMLDialogElement> {
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'detail dialog open');
  return $<HTMLDialogElement>(el, 'dialog');
}

/** Closes the detail dialog and waits for the calendar to have handled its (asynchronous) close event. */
export async function closeSession(el: PcEventCalendar): Promise<void> {
  $<HTMLDialogElement>(el, 'dialog').close();
  await waitUntil(() => !has(el, '.detail__body'), 'detail closed');
  await el.updateComplete;
}

/** Waits until the lazily loaded "Add to your calendar" links are there. */
export async function calendarLinks(el: PcEventCalendar): Promise<HTMLAnchorElement[]> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="ics-link"]'), 'calendar links loaded');
  return $$<HTMLAnchorElement>(el, '.detail__add a');
}
