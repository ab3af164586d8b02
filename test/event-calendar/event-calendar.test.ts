import { expect, html } from '@open-wc/testing';
import { html as staticHtml } from 'lit/static-html.js';
import { captureConsole, failedImport, missingChunk, uniqueKey, waitUntil } from '../support/helpers.js';
import { sendKeys } from '@web/test-runner-commands';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { CALENDAR_CHUNKS } from '../../src/event-calendar/calendar-chunks.js';
import { PcEventSelectEvent, PcRangeChangeEvent, type OccurrenceSummary, type RangeChangeDetail } from '../../src/event-calendar/events.js';
import {
  $,
  $$,
  CALENDAR,
  announced,
  button,
  calendarLinks,
  closeSession,
  feedUrl,
  focusedName,
  has,
  mount,
  openFilters,
  openSession,
  openedDialog,
  rangeHeading,
  seenAndHeard,
  sessionTitles,
  standInChunks,
  text,
  type StandIns,
} from './event-calendar-kit.js';
import { children, parseIcs, parseRrule, prop, props } from './ics-parse.js';

const src = () => feedUrl(CALENDAR);

/**
 * A chunk whose file is missing from the site (only the main file of dist/ uploaded): the parent reads
 * a neutral message, never that their internet is down; the console names the file, once, and says to
 * copy the whole dist/ folder.
 */
function expectMissingFileSaid(alert: Element, errors: readonly string[], file: string): void {
  const said = text(alert);
  expect(said).to.contain('This part is not working at the moment. Try again later.');
  expect(said).not.to.match(/internet|connect/i);
  const lines = errors.filter((line) => line.includes(file));
  expect(lines, `one console error naming ${file}`).to.have.length(1);
  expect(lines[0]).to.match(/^\[parent-champion-widgets\] Could not load \S+\/chunks\//).and.contain('copy the whole dist/ folder');
}

/** Presses a key with Shift held (puppeteer's press() does not take "Shift+PageDown"). */
async function shift(key: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

/** A month-grid day's accessible name (its visually hidden text). */
const dayName = (el: Element, key: string) => text($(el, `[data-date="${key}"] > .visually-hidden`));

/** Intl puts spaces around a range dash in some engines ("23 – 29 November"), not in others. */
const dashes = (s: string) => s.replace(/\s*–\s*/g, '–');

/** Today in the feed's programme zone (Europe/London) as `YYYY-MM-DD`, and `days` after it. */
function londonDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus `days`. */
const plusDays = (key: string, days: number) => new Date(Date.parse(`${key}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The focused element inside the calendar's shadow root. */
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<pc-event-calendar>: views', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('shows a month as a WAI-ARIA grid whose days say their date and how many sessions', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25"></pc-event-calendar>`);
    expect(rangeHeading(el)).to.equal('November 2026');
    const grid = $(el, '[role="grid"]');
    expect(grid.getAttribute('aria-label')).to.equal('November 2026');
    const rows = $$(el, '[role="row"]');
    expect(rows).to.have.length(1 + 6); // header + 26 Oct … 6 Dec
    expect($$(el, '[role="columnheader"]').map(seenAndHeard)).to.deep.equal([
      'Mon | Monday',
      'Tue | Tuesday',
      'Wed | Wednesday',
      'Thu | Thursday',
      'Fri | Friday',
      'Sat | Saturday',
      'Sun | Sunday',
    ]);
    expect(dayName(el, '2026-11-25')).to.equal('Wednesday 25 November, 2 sessions');
    expect(dayName(el, '2026-11-28')).to.equal('Saturday 28 November, 1 session');
    expect(dayName(el, '2026-11-27')).to.equal('Friday 27 November, No sessions');
    // The excluded date has no session; the cancelled one is there, marked.
    expect(dayName(el, '2026-11-11')).to.contain('No sessions');
    expect(text($(el, '[data-date="2026-11-18"] .chip--cancelled'))).to.equal('Stay and play');
    // Roving tabindex: one day in the tab order, the date opened on.
    expect($$(el, '[role="gridcell"][tabindex="0"]').map((c) => c.dataset['date'])).to.deep.equal(['2026-11-25']);
    expect($(el, '[role="gridcell"][data-date="2026-10-26"]').classList.contains('cell--outside')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('counts cancelled sessions apart, in the day\'s name and in the narrow grid\'s number', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25" view="month"></pc-event-calendar>`, 320);
    // 18 November: its only session (stay and play) is cancelled.
    expect(dayName(el, '2026-11-18')).to.equal('Wednesday 18 November, No sessions, 1 cancelled');
    const count = $(el, '[data-date="2026-11-18"] .cell__count');
    expect(getComputedStyle(count).display).not.to.equal('none');
    expect(text(count)).to.equal('1');
    expect(count.classList.contains('cell__count--cancelled')).to.equal(true);
    expect(getComputedStyle(count).textDecorationLine).to.equal('line-through');
    // A day with running sessions counts only those.
    const busy = $(el, '[data-date="2026-11-25"] .cell__count');
    expect(text(busy)).to.equal('2');
    expect(busy.classList.contains('cell__count--cancelled')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('defaults to the list on a narrow calendar and the month on a wide one, following resizes', async () => {
    const narrow = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25"></pc-event-calendar>`, 320);
    expect(has(narrow, '[role="grid"]')).to.equal(false);
    expect(button(narrow, 'List').getAttribute('aria-pressed')).to.equal('true');
    expect(sessionTitles(narrow)).to.include('Rhyme time');
    await expect(narrow).to.be.accessible();

    const ranges: RangeChangeDetail[] = [];
    const wide = await mount(
      html`<pc-event-calendar src=${src()} date="2026-11-25" @pc-range-change=${(e: PcRangeChangeEvent) => ranges.push(e.detail)}></pc-event-calendar>`,
      1000,
    );
    expect(button(wide, 'Month').getAttribute('aria-pressed')).to.equal('true');
    // Move to a month without today in it: shrinking then starts the list on its first day, as the switcher does.
    button(wide, 'Next month').click();
    await wide.updateComplete;
    expect(ranges.at(-1)?.view).to.equal('month');
    wide.parentElement!.style.width = '320px';
    await waitUntil(() => button(wide, 'List').getAttribute('aria-pressed') === 'true', 'list after shrinking');
    expect(has(wide, '[role="grid"]')).to.equal(false);
    const today = londonDay();
    const start = today.startsWith('2026-12') ? today : '2026-12-01';
    expect(ranges.at(-1)).to.deep.equal({ start, end: plusDays(start, 28), view: 'list' });
  });

  it('an explicit view wins over the width', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25" view="month"></pc-event-calendar>`, 320);
    expect($$(el, '[role="gridcell"]')).to.have.length(42);
    // Narrow month grid: counts instead of titles, and it still fits 320 px.
    const busy = $(el, '[data-date="2026-11-25"] .cell__count');
    expect(getComputedStyle(busy).display).to.not.equal('none');
    expect(text(busy)).to.equal('2');
    expect(getComputedStyle($(el, '[data-date="2026-11-25"] .cell__titles')).display).to.equal('none');
    expect($(el, '[role="grid"]').scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('shows a week as seven days with their sessions, saying which days have none', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25" view="week"></pc-event-calendar>`);
    expect(dashes(rangeHeading(el))).to.equal('23–29 November 2026');
    const days = $$(el, '.day');
    expect(days.map((d) => text(d.querySelector('.day__title')))).to.deep.equal([
      'Monday 23 November',
      'Tuesday 24 November',
      'Wednesday 25 November',
      'Thursday 26 November',
      'Friday 27 November',
      'Saturday 28 November',
      'Sunday 29 November',
    ]);
    expect(text(days[0]!.querySelector('.day__none'))).to.equal('No sessions on this day');
    expect([...days[2]!.querySelectorAll('.session__title')].map(text)).to.deep.equal(['Stay and play', 'Positive parenting course']);
    expect(dashes(text(days[2]!.querySelector('.session__time')))).to.match(/^10:00–12:00/);
    expect(text(days[5]!.querySelector('.session__time'))).to.equal('All day');
    await expect(el).to.be.accessible();
  });

  it('puts its headings at the level the page asks for', async () => {
    const el = await mount(
      html`<pc-event-calendar src=${src()} date="2026-11-25" view="week" heading-level="3"></pc-event-calendar>`,
    );
    expect($(el, '[part="range-heading"]').localName).to.equal('h3');
    expect($$(el, '.day__title').map((h) => h.localName)).to.deep.equal(Array(7).fill('h4'));
  });

  it('lists four weeks from the day it opens on, only days with sessions, cancelled ones marked', async () => {
    const ranges: RangeChangeDetail[] = [];
    const el = await mount(
      html`<div @pc-range-change=${(e: PcRangeChangeEvent) => ranges.push(e.detail)}>
        <pc-event-calendar src=${src()} date="2026-11-23" view="list"></pc-event-calendar>
      </div>`,
    );
    expect(ranges).to.deep.equal([{ start: '2026-11-23', end: '2026-12-21', view: 'list' }]);
    expect(dashes(rangeHeading(el))).to.equal('23 November–20 December 2026');
    // Nothing from earlier in November (already over): the agenda starts on the 23rd.
    expect($$(el, '.day__title').map(text)).to.deep.equal([
      'Tuesday 24 November',
      'Wednesday 25 November',
      'Thursday 26 November',
      'Saturday 28 November',
      'Tuesday 1 December',
      'Wednesday 2 December',
      'Tuesday 8 December',
      'Wednesday 9 December',
      'Tuesday 15 December',
      'Wednesday 16 December',
    ]);
    expect(has(el, '[data-occ="ev-rhyme@2026-11-17"]')).to.equal(false);
    expect(has(el, '[data-occ="ev-rhyme@2026-12-22"]')).to.equal(false);
    const fair = $(el, 'button[data-occ="ev-fair@2026-11-26"]');
    expect(text(fair)).to.match(/Winter fair Cancelled$/);
    expect(fair.closest('.session')!.classList.contains('session--cancelled')).to.equal(true);
    expect(text($(el, 'button[data-occ="ev-fair@2026-11-26"] .badge'))).to.equal('Cancelled');
    // The venue comes from the linked service when the event has none.
    expect(text($(el, 'button[data-occ="ev-rhyme@2026-11-24"]').nextElementSibling)).to.equal('Central Library');
    await expect(el).to.be.accessible();
  });
});

describe('<pc-event-calendar>: moving through time', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('moves by month, announces the new range politely and fires pc-range-change', async () => {
    const ranges: RangeChangeDetail[] = [];
    // Typed events that bubble out of the shadow root: a page listening on `document` hears them,
    // typed there too (DocumentEventMap: `e.detail` would not compile without it).
    const heard: Event[] = [];
    const heardViews: string[] = [];
    const hear = (e: PcRangeChangeEvent) => heard.push(e) && heardViews.push(e.detail.view);
    document.addEventListener('pc-range-change', hear);
    const el = await mount(
      html`<div @pc-range-change=${(e: PcRangeChangeEvent) => ranges.push(e.detail)}>
        <pc-event-calendar src=${src()} date="2026-11-25"></pc-event-calendar>
      </div>`,
    ).finally(() => document.removeEventListener('pc-range-change', hear));
    expect(ranges).to.deep.equal([{ start: '2026-10-26', end: '2026-12-07', view: 'month' }]);
    expect(heard.length).to.equal(1);
    expect(heardViews).to.deep.equal(['month']);
    // (Booleans, not the event: a failing expect() would serialise it, DOM and all.)
    expect(heard[0] instanceof PcRangeChangeEvent, 'a PcRangeChangeEvent').to.equal(true);
    expect(heard[0]!.cancelable).to.equal(false);
    expect(announced(el)).to.equal('');
    expect($(el, '.cal__live').getAttribute('role')).to.equal('status');

    const next = button(el, 'Next month');
    expect(text(next)).to.equal(''); // a CSS chevron; the name is the aria-label
    next.click();
    await el.updateComplete;
    expect(rangeHeading(el)).to.equal('December 2026');
    expect(announced(el)).to.equal('December 2026: 8 sessions');
    expect(ranges[1]).to.deep.equal({ start: '2026-11-30', end: '2027-01-04', view: 'month' });

    button(el, 'Previous month').click();
    button(el, 'Previous month').click();
    await el.updateComplete;
    expect(rangeHeading(el)).to.equal('October 2026');
    expect(announced(el)).to.equal('October 2026: 4 sessions');

    button(el, 'Today').click();
    await el.updateComplete;
    const thisMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date());
    expect(rangeHeading(el)).to.equal(thisMonth);
    expect(ranges.at(-1)!.view).to.equal('month');
  });

  it('switches views with pressed buttons, keeping the date, and moves a week at a time', async () => {
    const ranges: RangeChangeDetail[] = [];
    const el = await mount(
      html`<div @pc-range-change=${(e: PcRangeChangeEvent) => ranges.push(e.detail)}>
        <pc-event-calendar src=${src()} date="2026-11-25"></pc-event-calendar>
      </div>`,
    );
    const group = $(el, '[role="group"]');
    expect(group.getAttribute('aria-label')).to.equal('Show as');
    button(el, 'Week').click();
    await el.updateComplete;
    expect(button(el, 'Week').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'Month').getAttribute('aria-pressed')).to.equal('false');
    expect(ranges.at(-1)).to.deep.equal({ start: '2026-11-23', end: '2026-11-30', view: 'week' });
    button(el, 'Next week').click();
    await el.updateComplete;
    expect(dashes(rangeHeading(el))).to.equal('30 November–6 December 2026');
    expect(dashes(announced(el))).to.equal('30 November–6 December 2026: 2 sessions');
    expect(ranges.at(-1)).to.deep.equal({ start: '2026-11-30', end: '2026-12-07', view: 'week' });
    // Into the list: from the week's first day (or today, had today been in that week).
    button(el, 'List').click();
    await el.updateComplete;
    const today = londonDay();
    const start = today >= '2026-11-30' && today < '2026-12-07' ? today : '2026-11-30';
    expect(ranges.at(-1)).to.deep.equal({ start, end: plusDays(start, 28), view: 'list' });
  });

  it('moves the list by 4 weeks, announcing the new span, and Today returns to today', async () => {
    const ranges: RangeChangeDetail[] = [];
    const el = await mount(
      html`<div @pc-range-change=${(e: PcRangeChangeEvent) => ranges.push(e.detail)}>
        <pc-event-calendar src=${src()} date="2026-11-23" view="list"></pc-event-calendar>
      </div>`,
    );
    const next = button(el, 'Next 4 weeks');
    expect(next.getAttribute('aria-label')).to.equal('Next 4 weeks');
    next.click();
    await el.updateComplete;
    expect(ranges.at(-1)).to.deep.equal({ start: '2026-12-21', end: '2027-01-18', view: 'list' });
    expect(dashes(rangeHeading(el))).to.equal('21 December 2026–17 January 2027');
    expect(dashes(announced(el))).to.equal('21 December 2026–17 January 2027: 2 sessions');
    expect(sessionTitles(el)).to.deep.equal(['Rhyme time', 'Rhyme time']);

    button(el, 'Previous 4 weeks').click();
    button(el, 'Previous 4 weeks').click();
    await el.updateComplete;
    expect(ranges.at(-1)).to.deep.equal({ start: '2026-10-26', end: '2026-11-23', view: 'list' });
    expect(dashes(rangeHeading(el))).to.equal('26 October–22 November 2026');
    expect(dashes(announced(el))).to.equal('26 October–22 November 2026: 6 sessions');

    button(el, 'Today').click();
    await el.updateComplete;
    expect(ranges.at(-1)).to.deep.equal({ start: londonDay(), end: londonDay(28), view: 'list' });
    await expect(el).to.be.accessible();
  });

  it('list → month keeps the list’s month; month → list starts today if the month has it, else on the 1st', async () => {
    const ranges: RangeChangeDetail[] = [];
    const el = await mount(
      html`<div @pc-range-change=${(e: PcRangeChangeEvent) => ranges.push(e.detail)}>
        <pc-event-calendar src=${src()} date="2026-10-15" view="month"></pc-event-calendar>
      </div>`,
    );
    // October 2026 is past, so it never holds today: the list starts on the 1st.
    button(el, 'List').click();
    await el.updateComplete;
    expect(ranges.at(-1)).to.deep.equal({ start: '2026-10-01', end: '2026-10-29', view: 'list' });
    expect(dashes(rangeHeading(el))).to.equal('1–28 October 2026');
    expect(dashes(announced(el))).to.equal('1–28 October 2026: 4 sessions');
    button(el, 'Next 4 weeks').click();
    await el.updateComplete;
    expect(ranges.at(-1)).to.deep.equal({ start: '2026-10-29', end: '2026-11-26', view: 'list' });
    // The list starts on 29 October: the month is October.
    button(el, 'Month').click();
    await el.updateComplete;
    expect(ranges.at(-1)).to.deep.equal({ start: '2026-09-28', end: '2026-11-02', view: 'month' });
    expect(rangeHeading(el)).to.equal('October 2026');

    // This month holds today: the list starts today.
    const nowRanges: RangeChangeDetail[] = [];
    const now = await mount(
      html`<div @pc-range-change=${(e: PcRangeChangeEvent) => nowRanges.push(e.detail)}>
        <pc-event-calendar src=${src()} view="month"></pc-event-calendar>
      </div>`,
    );
    button(now, 'List').click();
    await now.updateComplete;
    expect(nowRanges.at(-1)).to.deep.equal({ start: londonDay(), end: londonDay(28), view: 'list' });
  });

  it('names the 4-week steps in Arabic too', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-23" view="list" locale="ar"></pc-event-calendar>`);
    expect(button(el, 'الأسابيع الأربعة السابقة').dataset['step']).to.equal('-1');
    button(el, 'الأسابيع الأربعة التالية').click();
    await el.updateComplete;
    expect(announced(el)).to.contain('يناير');
    await expect(el).to.be.accessible();
  });

  it('says kindly when a span has nothing on and offers the next one', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2027-01-15" view="list"></pc-event-calendar>`);
    const empty = $(el, '[part="empty"]');
    expect(text(empty.querySelector('.state__heading'))).to.equal('No sessions in these 4 weeks');
    await expect(el).to.be.accessible();
    button(el, 'Next 4 weeks').click();
    await el.updateComplete;
    expect(dashes(rangeHeading(el))).to.equal('12 February–11 March 2027');
    expect(dashes(announced(el))).to.equal('12 February–11 March 2027: No sessions');
    // The month grid stays (keyboard users keep their place) with the message under it.
    const month = await mount(html`<pc-event-calendar src=${src()} date="2027-01-15" view="month"></pc-event-calendar>`);
    expect($$(month, '[role="gridcell"]').length).to.be.greaterThan(27);
    expect(text($(month, '[part="empty"] .state__heading'))).to.equal('No sessions this month');
    await expect(month).to.be.accessible();
  });
});

describe('<pc-event-calendar>: keyboard', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('moves focus by day, week, week ends, month and year, and opens a day with Enter', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25"></pc-event-calendar>`);
    $(el, '[data-date="2026-11-25"]').focus();
    const at = () => focused(el)?.dataset['date'];

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(at()).to.equal('2026-11-26');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(at()).to.equal('2026-11-18');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(at()).to.equal('2026-11-16');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(at()).to.equal('2026-11-22');
    expect(announced(el)).to.equal(''); // moving inside the month only moves focus

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(at()).to.equal('2026-12-06');
    expect(rangeHeading(el)).to.equal('December 2026');
    expect(announced(el)).to.equal('December 2026: 8 sessions');
    expect($$(el, '[role="gridcell"][tabindex="0"]')).to.have.length(1);

    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(at()).to.equal('2026-11-06');
    await shift('PageDown');
    await el.updateComplete;
    expect(at()).to.equal('2027-11-06');
    expect(rangeHeading(el)).to.equal('November 2027');
    await shift('PageUp');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(at()).to.equal('2026-12-06');

    // Enter on a day lists its sessions under the grid and moves focus to that list's heading.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(at()).to.equal('2026-11-18');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const day = $(el, '.day--open');
    expect(text(day.querySelector('.day__title'))).to.equal('Wednesday 18 November');
    expect(focusedName(el)).to.equal('h3.day__title');
    expect(text(day.querySelector('.session__open'))).to.contain('Stay and play');
    expect($(el, '[data-date="2026-11-18"]').getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();

    // Space does the same.
    $(el, '[data-date="2026-11-18"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(text($(el, '.day--open .day__none'))).to.equal('No sessions on this day');
  });

  it('Control + Home/End go to the month’s first and last days, and stay in the month the grid shows', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25"></pc-event-calendar>`);
    $(el, '[data-date="2026-11-25"]').focus();
    const at = () => focused(el)?.dataset['date'];
    const control = async (key: string) => {
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: key });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
    };

    await control('End');
    expect(at()).to.equal('2026-11-30');
    await control('Home');
    expect(at()).to.equal('2026-11-01');
    // 1 November 2026 is a Sunday: the grid's first row starts in October, which Control + Home does not go to.
    expect($(el, '[role="gridcell"]').dataset['date']).to.equal('2026-10-26');
    expect(rangeHeading(el)).to.equal('November 2026');
    expect(announced(el)).to.equal('');
    expect($$(el, '[role="gridcell"][tabindex="0"]')).to.have.length(1);
  });

  it('first-day="sunday" starts weeks on Sunday, for the columns and for Home', async () => {
    const ranges: RangeChangeDetail[] = [];
    const el = await mount(
      html`<div @pc-range-change=${(e: PcRangeChangeEvent) => ranges.push(e.detail)}>
        <pc-event-calendar src=${src()} date="2026-11-25" first-day="sunday"></pc-event-calendar>
      </div>`,
    );
    expect(seenAndHeard($$(el, '[role="columnheader"]')[0]!)).to.equal('Sun | Sunday');
    expect(ranges[0]).to.deep.equal({ start: '2026-11-01', end: '2026-12-06', view: 'month' });
    $(el, '[data-date="2026-11-25"]').focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)?.dataset['date']).to.equal('2026-11-22');
    el.setAttribute('first-day', '6');
    await el.updateComplete;
    expect(seenAndHeard($$(el, '[role="columnheader"]')[0]!)).to.equal('Sat | Saturday');
  });

  it('opens a session from the keyboard and returns focus when the detail closes', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25" view="list"></pc-event-calendar>`);
    const opener = $(el, 'button[data-occ="ev-course@2026-11-25"]');
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await openedDialog(el);
    expect(focusedName(el)).to.equal('button.button.button--secondary.detail__close');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !has(el, '.detail__body'), 'dialog closed');
    await el.updateComplete;
    expect(focusedName(el)).to.equal('button.session__open[ev-course@2026-11-25]');
  });
});

describe('<pc-event-calendar>: filters', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  const choose = async (el: HTMLElement, selector: string, value?: string) => {
    const control = $<HTMLInputElement | HTMLSelectElement>(el, selector);
    if (control instanceof HTMLSelectElement) control.value = value!;
    else control.checked = !control.checked;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  };
  const optionText = (el: HTMLElement, selector: string) => text($(el, selector).closest('label'));

  it('filters by type, area, age and free, with counts that follow the other filters', async () => {
    // 1–28 November: every November session (nothing is on the 29th or 30th).
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-01" view="list"></pc-event-calendar>`);
    const form = $(el, '[part="filters"]');
    expect(form.tagName).to.equal('DETAILS');
    // A closed form is not drawn; opening it draws it.
    expect(has(el, '[part="filters"] form')).to.equal(false);
    await openFilters(el);
    expect(text($(el, 'legend'))).to.equal('Type of session');
    expect(optionText(el, 'input[value="libraries"]')).to.equal('Libraries and rhyme time (4)');
    expect(optionText(el, 'input[value="stay-and-play"]')).to.equal('Stay and play (3)');
    expect(optionText(el, 'input[name="free"]')).to.equal('Free sessions only (9)');
    expect(text($(el, 'select[name="area"] option[value="castlegate"]'))).to.equal('Castlegate (6)');
    await expect(el).to.be.accessible();

    await choose(el, 'input[value="libraries"]');
    expect(new Set(sessionTitles(el))).to.deep.equal(new Set(['Rhyme time']));
    expect(dashes(announced(el))).to.equal('1–28 November 2026: 4 sessions');
    // Other facets now count only library sessions.
    expect(text($(el, 'select[name="area"] option[value="castlegate"]'))).to.equal('Castlegate (4)');
    expect(text($(el, 'select[name="area"] option[value="riverside"]'))).to.equal('Riverside (0)');

    await choose(el, 'input[value="stay-and-play"]');
    expect(new Set(sessionTitles(el))).to.deep.equal(new Set(['Rhyme time', 'Stay and play']));
    await choose(el, 'select[name="age"]', '2');
    // Rhyme time is for 0–23 months; stay and play for 0–3 years.
    expect(new Set(sessionTitles(el))).to.deep.equal(new Set(['Stay and play']));
    expect(text($(el, 'select[name="age"] option[value="1"]'))).to.equal('1 year (7)');
    expect(text($(el, 'select[name="age"] option[value="0"]'))).to.equal('Under 1 (7)');

    button(el, 'Clear filters').click();
    await el.updateComplete;
    expect(sessionTitles(el)).to.have.length(10);
    expect($<HTMLInputElement>(el, 'input[value="libraries"]').checked).to.equal(false);
    expect($<HTMLSelectElement>(el, 'select[name="age"]').value).to.equal('-1');

    await choose(el, 'select[name="age"]', '5');
    expect(new Set(sessionTitles(el))).to.deep.equal(new Set(['Positive parenting course', 'Family fun day', 'Winter fair']));
    await choose(el, 'input[name="free"]');
    expect(new Set(sessionTitles(el))).to.deep.equal(new Set(['Family fun day', 'Winter fair']));
    await choose(el, 'select[name="area"]', 'riverside');
    expect(text($(el, '[part="empty"] .state__heading'))).to.equal('No sessions in these 4 weeks');
    await expect(el).to.be.accessible();
    // The empty state's way forward is to clear the filters.
    button(el, 'Clear filters').click();
    await el.updateComplete;
    expect(sessionTitles(el)).to.have.length(10);
  });

  it('the categories and area attributes limit the calendar and hide the choices they settle', async () => {
    const libraries = await mount(
      html`<pc-event-calendar src=${src()} date="2026-11-25" view="list" categories="libraries"></pc-event-calendar>`,
    );
    expect(new Set(sessionTitles(libraries))).to.deep.equal(new Set(['Rhyme time']));
    await openFilters(libraries);
    expect(has(libraries, 'select[name="age"]')).to.equal(true);
    expect(has(libraries, 'fieldset')).to.equal(false);

    const two = await mount(
      html`<pc-event-calendar src=${src()} date="2026-11-25" view="list" categories="libraries, parenting"></pc-event-calendar>`,
    );
    await openFilters(two);
    expect($$(two, 'input[name="category"]').map((i) => i.getAttribute('value'))).to.deep.equal(['libraries', 'parenting']);

    const riverside = await mount(
      html`<pc-event-calendar src=${src()} date="2026-11-25" view="list" area="riverside"></pc-event-calendar>`,
    );
    expect(new Set(sessionTitles(riverside))).to.deep.equal(new Set(['Stay and play', 'Positive parenting course']));
    await openFilters(riverside);
    expect(has(riverside, 'select[name="age"]')).to.equal(true);
    expect(has(riverside, 'select[name="area"]')).to.equal(false);
    // Rhyme time has no area of its own: its service's area (castlegate) counts.
    const castlegate = await mount(
      html`<pc-event-calendar src=${src()} date="2026-11-25" view="list" area="castlegate"></pc-event-calendar>`,
    );
    expect(new Set(sessionTitles(castlegate))).to.deep.equal(new Set(['Rhyme time', 'Family fun day', 'Winter fair']));
  });
});

describe('<pc-event-calendar>: a session in detail', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('fires pc-event-select with the occurrence and shows its details in a modal dialog', async () => {
    const selected: OccurrenceSummary[] = [];
    const events: Event[] = [];
    const el = await mount(
      html`<div @pc-event-select=${(e: PcEventSelectEvent) => (selected.push(e.detail), events.push(e))}>
        <pc-event-calendar src=${src()} date="2026-11-25" view="week"></pc-event-calendar>
      </div>`,
    );
    const dialog = await openSession(el, 'ev-course@2026-11-25');
    expect(selected).to.have.length(1);
    expect(events[0] instanceof PcEventSelectEvent, 'a PcEventSelectEvent').to.equal(true);
    expect([events[0]!.bubbles, events[0]!.composed, events[0]!.cancelable]).to.deep.equal([true, true, true]);
    expect(selected[0]!.eventId).to.equal('ev-course');
    expect(selected[0]!.occurrenceDate).to.equal('2026-11-25');
    expect(selected[0]!.start.toISOString()).to.equal('2026-11-25T13:00:00.000Z');
    expect(dialog.getAttribute('aria-label')).to.equal('Positive parenting course');
    // Its styles came with its chunk: the body is laid out as a grid with the theme's spacing.
    expect(getComputedStyle($(el, '.detail__body')).display).to.equal('grid');
    expect(getComputedStyle(dialog).padding).to.equal('0px');
    expect(text($(el, '[part="detail-title"]'))).to.equal('Positive parenting course');
    const facts = Object.fromEntries($$(el, '.fact').map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]));
    expect(dashes(facts['When']!)).to.match(/^Wednesday,? 25 November 2026(,| at) 13:00–15:00/);
    expect(facts['Where']).to.equal("Riverside Children's Centre");
    expect(facts['Cost']).to.equal('£5 a session');
    expect(facts['Ages']).to.equal('5 years and over');
    expect(facts['Booking']).to.equal('Book a place');
    expect($<HTMLAnchorElement>(el, '[part="booking-link"]').href).to.equal('https://example.org/book');
    const directions = $<HTMLAnchorElement>(el, '[part="directions-link"]');
    expect(text(directions)).to.equal('Get directions');
    const destination = new URL(directions.href);
    expect(destination.origin + destination.pathname).to.equal('https://www.google.com/maps/dir/');
    expect(destination.searchParams.get('destination')).to.equal("Riverside Children's Centre");
    await calendarLinks(el);
    await expect(el).to.be.accessible();
    button(el, 'Close').click();
    await waitUntil(() => !has(el, '.detail__body'), 'closed');
    expect(dialog.open).to.equal(false);
  });

  it('a listener can take over: preventDefault() keeps the built-in dialog shut', async () => {
    const el = await mount(
      html`<div @pc-event-select=${(e: Event) => e.preventDefault()}>
        <pc-event-calendar src=${src()} date="2026-11-25" view="list"></pc-event-calendar>
      </div>`,
    );
    $(el, 'button[data-occ="ev-course@2026-11-25"]').click();
    // Let the detail view's chunk arrive, had it been asked for (it resolves for the calendar first),
    // and the calendar draw what follows: one turn of the event loop, no clock raced.
    await CALENDAR_CHUNKS.detail();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(has(el, 'dialog')).to.equal(false);
    expect(has(el, '.detail__body')).to.equal(false);
  });

  describe('when its chunks cannot load', () => {
    /** The calendar with these chunk loaders, under its own tag, showing the test feed's 25 November 2026 as a list. */
    const listWith = (chunks: StandIns) => mount(staticHtml`<${chunks.tag} src=${src()} date="2026-11-25" view="list"></${chunks.tag}>`);

    it('fetches the detail view and the filter form, each its own chunk, while the parent reads the sessions, once', async () => {
      const chunks = standInChunks();
      const el = await listWith(chunks);
      // requestIdleCallback may wait up to its 2 s timeout on a busy machine.
      await waitUntil(() => chunks.count.detail === 1 && chunks.count.filterForm === 1, 'both panels prefetched when idle');
      await openSession(el, 'ev-course@2026-11-25');
      await closeSession(el);
      await openFilters(el);
      expect([chunks.count.detail, chunks.count.filterForm]).to.deep.equal([1, 1]);
    });

    it('takes its chunk loaders from its constructor: one calendar’s failed fetch is its own', async () => {
      const offline = standInChunks({ detail: failedImport });
      const el = await listWith(offline);
      const other = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25" view="list"></pc-event-calendar>`);
      $(el, '[data-occ="ev-course@2026-11-25"]').click();
      await waitUntil(() => has(el, '.cal__message[role="alert"]'), 'error shown');
      await openSession(other, 'ev-course@2026-11-25');
      expect(text($(other, '[part="detail-title"]'))).to.equal('Positive parenting course');
      expect(has(other, '.cal__message')).to.equal(false);
    });

    it('says so when the detail view cannot load (its file not copied), accessibly, and opens on the next try', () =>
      captureConsole('error', async (errors) => {
        const missing = missingChunk('calendar-detail');
        const chunks = standInChunks({ detail: missing.load });
        const el = await listWith(chunks);
        $(el, '[data-occ="ev-course@2026-11-25"]').click();
        await waitUntil(() => has(el, '.cal__message[role="alert"]'), 'error shown');
        expectMissingFileSaid($(el, '.cal__message'), errors, missing.file);
        expect(has(el, 'dialog')).to.equal(false);
        await expect(el).to.be.accessible();
        chunks.use.detail = CALENDAR_CHUNKS.detail;
        await openSession(el, 'ev-course@2026-11-25');
        expect(text($(el, '[part="detail-title"]'))).to.equal('Positive parenting course');
        expect(has(el, '.cal__message')).to.equal(false);
      }));

    it('each panel comes styled by its own chunk: the filter form without the detail view, and the detail view without the form', async () => {
      const noDetail = standInChunks({ detail: failedImport });
      const first = await listWith(noDetail);
      await waitUntil(() => noDetail.count.detail === 1, 'idle prefetch of the detail view tried');
      const form = await openFilters(first);
      expect(getComputedStyle(form).display, 'the form’s own stylesheet applies').to.equal('grid');

      const second = await listWith(standInChunks({ filterForm: failedImport }));
      await openSession(second, 'ev-course@2026-11-25');
      expect(getComputedStyle($(second, '.detail__body')).display, 'the detail view’s own stylesheet applies').to.equal('grid');
    });

    it('says so inside the filters when their form cannot load (its file not copied), and shows it on the next opening', () =>
      captureConsole('error', async (errors) => {
        const missing = missingChunk('calendar-filter-form');
        const chunks = standInChunks({ filterForm: missing.load });
        const el = await listWith(chunks);
        const summary = $(el, '[part="filters"] summary');
        summary.click();
        await waitUntil(() => has(el, '[part="filters"] [role="alert"]'), 'error shown');
        expectMissingFileSaid($(el, '[part="filters"] [role="alert"]'), errors, missing.file);
        expect(sessionTitles(el).length).to.be.above(0);
        await expect(el).to.be.accessible();
        chunks.use.filterForm = CALENDAR_CHUNKS.filterForm;
        summary.click(); // close
        await waitUntil(() => !has(el, '[part="filters"] [role="alert"]'), 'closed');
        await openFilters(el);
        expect(has(el, '[part="filters"] [role="alert"]')).to.equal(false);
        const all = sessionTitles(el).length;
        // The form works: keyboard to "free only", Space ticks it, the list follows.
        $(el, 'input[name="free"]').focus();
        await sendKeys({ press: ' ' });
        await waitUntil(() => sessionTitles(el).length < all, 'filtered to free sessions');
        expect($<HTMLInputElement>(el, 'input[name="free"]').checked).to.equal(true);
      }));

    it('still shows the details when only the calendar links cannot load', async () => {
      const el = await listWith(standInChunks({ exporter: failedImport }));
      await openSession(el, 'ev-course@2026-11-25');
      await waitUntil(() => has(el, '.detail__body .fact'), 'details');
      expect(text($(el, '[part="detail-title"]'))).to.equal('Positive parenting course');
      await expect(el).to.be.accessible();
    });
  });

  it('marks a cancelled session clearly, and words the linked service’s venue, free cost and ages', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-18" view="list"></pc-event-calendar>`);
    await openSession(el, 'ev-stay-play@2026-11-18');
    expect(text($(el, '[part="cancelled"]'))).to.equal('This session is cancelled.');
    const facts = () => Object.fromEntries($$(el, '.fact').map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]));
    expect(facts()['Ages']).to.equal('0 to 3 years');
    expect(facts()['Cost']).to.equal('Free');
    expect(facts()).to.not.have.property('Booking');
    expect(text($(el, '.detail__text'))).to.equal('Toys, songs and a cuppa. Bring a snack.');
    expect(getComputedStyle($(el, '.detail__text')).whiteSpace).to.equal('pre-line');
    // Nothing offers to add the cancelled session itself; the rest of its series can still be added.
    await waitUntil(() => has(el, '[part="ics-series-link"]'), 'series download offered');
    expect(has(el, '[part="ics-link"]')).to.equal(false);
    expect($$(el, '.detail__add a').map((a) => text(a))).to.deep.equal(['Download every session (.ics)']);
    await expect(el).to.be.accessible();
    await closeSession(el);

    await openSession(el, 'ev-rhyme@2026-11-24');
    expect(facts()['Where']).to.equal('Central Library, Market Square, Testborough, TB1 1AB');
    expect(facts()['Ages']).to.equal('0 to 1 year');
    // The linked service's venue gives the directions too.
    expect(new URL($<HTMLAnchorElement>(el, '[part="directions-link"]').href).searchParams.get('destination')).to.equal(
      'Central Library, Market Square, Testborough, TB1 1AB',
    );
    await closeSession(el);

    await openSession(el, 'ev-fun-day@2026-11-28');
    expect(facts()['When']).to.match(/^Saturday,? 28 November 2026, All day$/);
    // No booking link and no service to ask: nothing is promised.
    expect(facts()).to.not.have.property('Booking');
    await closeSession(el);

    // No booking link: the service it belongs to says how to get a place.
    await openSession(el, 'ev-stay-play@2026-11-25');
    expect(facts()['Booking']).to.equal('Booking needed.');
    await closeSession(el);

    // No place, no directions link.
    await openSession(el, 'ev-fair@2026-11-26');
    expect(facts()).to.not.have.property('Where');
    expect(has(el, '[part="directions-link"]')).to.equal(false);
  });

  it('offers .ics downloads for the session and the series that parse back, and Google and Outlook links', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25" view="list"></pc-event-calendar>`);
    await openSession(el, 'ev-stay-play@2026-11-25');
    const links = await calendarLinks(el);
    expect(links.map(text)).to.deep.equal([
      'Download this session (.ics)',
      'Download every session (.ics)',
      'Google Calendar (opens in a new tab)',
      'Outlook Calendar (opens in a new tab)',
    ]);

    const session = $<HTMLAnchorElement>(el, '[part="ics-link"]');
    expect(session.protocol).to.equal('blob:');
    expect(session.download).to.equal('stay-and-play.ics');
    const response = await fetch(session.href);
    expect(response.headers.get('content-type')).to.contain('text/calendar');
    const one = parseIcs(await response.text());
    const [event] = children(one, 'VEVENT');
    expect(prop(event!, 'SUMMARY')!.value).to.equal('Stay and play');
    expect(prop(event!, 'DTSTART')).to.deep.include({ value: '20261125T100000', params: { TZID: 'Europe/London' } });
    expect(prop(event!, 'DTEND')!.value).to.equal('20261125T120000');
    expect(prop(event!, 'RRULE')).to.equal(undefined);
    expect(children(one, 'VTIMEZONE')).to.have.length(1);

    const seriesLink = $<HTMLAnchorElement>(el, '[part="ics-series-link"]');
    expect(seriesLink.download).to.equal('stay-and-play-all.ics');
    const series = parseIcs(await (await fetch(seriesLink.href)).text());
    const [master, ...overrides] = children(series, 'VEVENT');
    expect(parseRrule(prop(master!, 'RRULE')!.value)).to.deep.include({ FREQ: 'WEEKLY', BYDAY: 'WE' });
    expect(props(master!, 'EXDATE').map((p) => p.value)).to.deep.equal(['20261111T100000']);
    expect(prop(master!, 'DTSTART')!.value).to.equal('20261007T100000');
    expect(overrides.map((o) => [prop(o, 'RECURRENCE-ID')!.value, prop(o, 'STATUS')!.value])).to.deep.equal([
      ['20261118T100000', 'CANCELLED'],
    ]);

    const google = links[2]!;
    expect(google.href).to.match(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE/);
    expect(google.href).to.contain('dates=20261125T100000Z%2F20261125T120000Z');
    expect(google.target).to.equal('_blank');
    expect(google.rel).to.equal('noopener noreferrer');
    expect(links[3]!.href).to.match(/^https:\/\/outlook\.live\.com\//);

    // Closing the detail releases the downloads.
    const href = session.href;
    await closeSession(el);
    let failed = false;
    await fetch(href).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });

  it('"every session" of a series that also lists its next sessions (OpenActive) has those sessions in it too', async () => {
    // A SessionSeries and its next two sessions as its subEvents: the calendar shows five Tuesdays, and so must the file.
    const swim = {
      '@context': 'https://openactive.io/',
      '@type': 'SessionSeries',
      name: 'Baby swim',
      eventSchedule: [{ '@type': 'Schedule', byDay: ['https://schema.org/Tuesday'], startTime: '10:15', endTime: '10:45', startDate: '2026-10-06', endDate: '2026-11-03', repeatFrequency: 'P1W' }],
      subEvent: ['06', '13'].map((day) => ({ '@type': 'ScheduledSession', identifier: `swim-${day}`, startDate: `2026-10-${day}T10:15:00+01:00`, endDate: `2026-10-${day}T10:45:00+01:00` })),
    };
    const el = await mount(html`<pc-event-calendar src=${`/mock/text/${uniqueKey('swim')}?body=${encodeURIComponent(JSON.stringify(swim))}`} date="2026-10-20" view="list"></pc-event-calendar>`);
    await waitUntil(() => has(el, '[data-occ$="@2026-10-20"]'), 'the schedule\'s session on 20 October');
    await openSession(el, $(el, '[data-occ$="@2026-10-20"]').dataset['occ']!);
    await calendarLinks(el);
    const file = parseIcs(await (await fetch($<HTMLAnchorElement>(el, '[part="ics-series-link"]').href)).text());
    const [master, ...listed] = children(file, 'VEVENT');
    expect(parseRrule(prop(master!, 'RRULE')!.value)).to.deep.include({ FREQ: 'WEEKLY', BYDAY: 'TU' });
    expect(props(master!, 'EXDATE').map((p) => p.value)).to.deep.equal(['20261006T101500', '20261013T101500']);
    expect(listed.map((session) => prop(session, 'DTSTART')!.value), 'the listed sessions, each once').to.deep.equal(['20261006T101500', '20261013T101500']);
    await expect(el).to.be.accessible();
  });

  it('a one-off session has no series download', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25" view="list"></pc-event-calendar>`);
    await openSession(el, 'ev-course@2026-11-25');
    await calendarLinks(el);
    expect(has(el, '[part="ics-series-link"]')).to.equal(false);
  });

  it('clicking a title in the month grid opens it; clicking a day lists the day', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25"></pc-event-calendar>`);
    $(el, '.chip[data-occ="ev-fun-day@2026-11-28"]').click();
    await openedDialog(el);
    expect(text($(el, '[part="detail-title"]'))).to.equal('Family fun day');
    await expect(el).to.be.accessible();
    await closeSession(el);
    expect(focusedName(el)).to.equal('div.cell.cell--busy[2026-11-28]');

    $(el, '[data-date="2026-11-25"] .cell__number').click();
    await el.updateComplete;
    expect(text($(el, '.day--open .day__title'))).to.equal('Wednesday 25 November');
    expect($$(el, '.day--open .session__title').map(text)).to.deep.equal(['Stay and play', 'Positive parenting course']);
  });
});
