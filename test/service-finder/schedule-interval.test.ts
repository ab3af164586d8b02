// Issue 20: openings every other week, or every few weeks, as the native feed, Open Referral UK and
// Outpost publish them. Parents read "Every other Monday", never "Mondays"; with the first date
// they also read the next one, and without it nothing says which weeks.
import { expect, fixture } from '@open-wc/testing';
import '../../src/entries/service-finder.js';
import type { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { formatSchedule, scheduleLines } from '../../src/service-finder/schedule-text.js';
import { nextDates, nextSessionDate } from '../../src/service-finder/next-session.js';
import type { OpeningSession } from '../../src/data/feed-schema.js';
import { monthly, weekly } from '../fixtures/index.js';
import { captureConsole, feedUrl, waitForShadow, waitUntil } from '../support/helpers.js';
import { ar, enGB } from '../support/strings.js';

const NATIVE = 'test/fixtures/finder/fortnightly.json';
const ORUK = 'test/fixtures/finder/oruk-fortnightly.json';
const OUTPOST = 'test/fixtures/finder/outpost-fortnightly.json';

const every = (session: OpeningSession, interval: number, startDate?: string): OpeningSession => ({
  ...session,
  interval,
  ...(startDate ? { startDate } : {}),
});
const date = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};

describe('openings every few weeks: words and next dates', () => {
  it('words every other week and every 3 weeks, never as every week', () => {
    const en = (sessions: OpeningSession[]) => formatSchedule(sessions, 'en-GB', enGB);
    expect(en([every(weekly(['MO'], '10:00', '12:00'), 2)])).to.deep.equal(['Every other Monday 10:00–12:00']);
    expect(en([every(weekly(['MO', 'TH'], '10:00', '12:00'), 2)])).to.deep.equal(['Every other Monday and Thursday 10:00–12:00']);
    expect(en([every(weekly(['TH'], '16:00'), 3)])).to.deep.equal(['Every 3 weeks on Thursday from 16:00']);
    expect(en([every(monthly(['SA'], [1], '10:00', '12:00'), 2)])).to.deep.equal(['1st Saturday of every other month 10:00–12:00']);
    expect(en([every(monthly(['FR'], [-1], '13:00', '15:00'), 3)])).to.deep.equal(['Last Friday every 3 months 13:00–15:00']);
    // Every week and every other week at the same time are two lines, weekly first.
    expect(en([every(weekly(['MO'], '10:00', '12:00'), 2), weekly(['TU'], '10:00', '12:00')])).to.deep.equal([
      'Tuesdays 10:00–12:00',
      'Every other Monday 10:00–12:00',
    ]);
  });

  it('words them in Arabic, with Arabic plurals', () => {
    const words = (sessions: OpeningSession[]) => formatSchedule(sessions, 'ar', ar)[0];
    expect(words([every(weekly(['MO'], '10:00', '12:00'), 2)])).to.contain('كل أسبوعين').and.contain('الاثنين');
    // The count in the locale's digits, as its times are.
    expect(words([every(weekly(['MO'], '10:00', '12:00'), 3)])).to.contain(`كل ${new Intl.NumberFormat('ar').format(3)} أسابيع`);
    expect(words([every(monthly(['SA'], [1], '10:00', '12:00'), 2)])).to.contain('كل شهرين');
  });

  it('keeps sessions with different intervals or first dates apart', () => {
    const lines = scheduleLines([
      every(weekly(['MO'], '10:00', '12:00'), 2, '2026-01-05'),
      every(weekly(['MO'], '10:00', '12:00'), 2, '2026-01-12'),
      weekly(['MO'], '10:00', '12:00'),
    ]);
    expect(lines.map((l) => [l.interval, l.startDate ?? ''])).to.deep.equal([
      [1, ''],
      [2, '2026-01-05'],
      [2, '2026-01-12'],
    ]);
  });

  it('gives the next date counted from the first, in the weeks it runs', () => {
    const fortnightly = { frequency: 'weekly', interval: 2, startDate: '2026-01-05', days: ['MO'], weeks: [] } as const;
    // 5 Jan 2026 was a Monday: it runs on 5 and 19 Jan, 2 Feb…; not on 12 or 26 Jan.
    expect(nextSessionDate(fortnightly, date('2026-01-05'))).to.deep.equal(date('2026-01-05'));
    expect(nextSessionDate(fortnightly, date('2026-01-06'))).to.deep.equal(date('2026-01-19'));
    expect(nextSessionDate(fortnightly, date('2026-01-19'))).to.deep.equal(date('2026-01-19'));
    expect(nextSessionDate(fortnightly, date('2026-01-26'))).to.deep.equal(date('2026-02-02'));
    // Before its first date: the first date.
    expect(nextSessionDate(fortnightly, date('2025-12-01'))).to.deep.equal(date('2026-01-05'));
    // Across a year end: 2026-12-28 is 51 weeks after 5 Jan (odd), so 4 Jan 2027.
    expect(nextSessionDate(fortnightly, date('2026-12-25'))).to.deep.equal(date('2027-01-04'));
    // Weeks count from Monday: a first date on a Wednesday puts that week's Friday in, not the next week's.
    const wedFri = { frequency: 'weekly', interval: 3, startDate: '2026-03-04', days: ['WE', 'FR'], weeks: [] } as const;
    expect(nextSessionDate(wedFri, date('2026-03-05'))).to.deep.equal(date('2026-03-06'));
    expect(nextSessionDate(wedFri, date('2026-03-07'))).to.deep.equal(date('2026-03-25'));
    // 1st Saturday of every other month from January: March, not February.
    const bimonthly = { frequency: 'monthly', interval: 2, startDate: '2026-01-03', days: ['SA'], weeks: [1] } as const;
    expect(nextSessionDate(bimonthly, date('2026-01-04'))).to.deep.equal(date('2026-03-07'));
    // Last Friday every 3 months.
    const quarterly = { frequency: 'monthly', interval: 3, startDate: '2026-01-30', days: ['FR'], weeks: [-1] } as const;
    expect(nextSessionDate(quarterly, date('2026-02-01'))).to.deep.equal(date('2026-04-24'));
  });

  it('claims no date without a first date, nor for every week', () => {
    expect(nextSessionDate({ frequency: 'weekly', interval: 2, days: ['MO'], weeks: [] }, date('2026-01-05'))).to.equal(undefined);
    expect(nextSessionDate({ frequency: 'weekly', interval: 1, startDate: '2026-01-05', days: ['MO'], weeks: [] }, date('2026-01-05'))).to.equal(
      undefined,
    );
    const [line] = scheduleLines([every(weekly(['TH'], '16:00'), 3)]);
    expect(formatSchedule([every(weekly(['TH'], '16:00'), 3)], 'en-GB', enGB, nextDates('Europe/London'))[0]).to.not.contain('next');
    expect(nextDates('Europe/London')(line)).to.equal(undefined);
  });
});

/** Today in London, and the next Monday in the fortnights counted from Monday 5 January 2026: worked out here by counting days. */
function nextFortnightlyMondayFromJan5(): Date {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
    new Date(),
  );
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const today = Date.UTC(part('year'), part('month') - 1, part('day'));
  const anchor = Date.UTC(2026, 0, 5);
  const day = 86_400_000;
  for (let at = Math.max(today, anchor); ; at += day) {
    if ((at - anchor) % (14 * day) === 0) return new Date(at);
  }
}

describe('<pc-service-finder>: openings every few weeks (issue 20)', function () {
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  async function finder(src: string): Promise<PcServiceFinder> {
    const el = await fixture<PcServiceFinder>(`<pc-service-finder src="${src}"></pc-service-finder>`);
    await waitForShadow(el, '.results', 'results rendered');
    return el;
  }

  /** The "When" of the card of the service named `name`. */
  function when(el: Element, name: string): string {
    const card = [...el.shadowRoot!.querySelectorAll('.card')].find((c) => c.querySelector('.card__open')!.textContent!.includes(name));
    expect(card, name).to.exist;
    const fact = [...card!.querySelectorAll('.fact')].find((f) => f.querySelector('dt')!.textContent === 'When');
    return (fact?.querySelector('dd')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  it('native feed: "Every other Monday" with its next date on the card and in the detail, "Every 3 weeks" without one', async () => {
    const el = await finder(feedUrl(NATIVE));
    const next = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      nextFortnightlyMondayFromJan5(),
    );
    // The next date comes with the detail view's chunk, fetched once the results show.
    await waitUntil(() => when(el, 'Bumps and Babies').includes('next'), 'next date on the card');
    expect(when(el, 'Bumps and Babies')).to.equal(`Every other Monday 10:00–12:00 (next: ${next})`);
    // No first date: the weeks are not known, and nothing says when the next one is.
    expect(when(el, "Dads' Club")).to.equal('Every 3 weeks on Thursday 16:00–17:30');
    expect(when(el, 'Weekly Rhyme Time')).to.equal('Wednesdays 09:30–10:15');

    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.card__open')].find((b) => b.textContent!.includes('Bumps'))!.click();
    const dialog = await waitForShadow(el, 'dialog[open]');
    expect(dialog.textContent!.replace(/\s+/g, ' ')).to.contain(`Every other Monday 10:00–12:00 (next: ${next})`);
    await expect(el).to.be.accessible();
  });

  it('Open Referral UK: reads interval and dtstart, with no "shown without the interval" warning', async () => {
    let el!: PcServiceFinder;
    const warnings = await captureConsole('warn', async () => {
      el = await finder(feedUrl(ORUK));
      await waitUntil(() => when(el, 'Breastfeeding Cafe').includes('next'), 'next date on the card');
    });
    expect(when(el, 'Breastfeeding Cafe')).to.match(/^Every other Monday 10:00–11:30 \(next: Monday \d{1,2} [A-Z][a-z]+\)$/);
    expect(when(el, 'Toy Library')).to.equal('Every 3 weeks on Friday 13:00–15:00');
    expect(warnings.join('\n')).to.not.contain('without the interval');
  });

  it('Outpost: reads "freq": "week" with its interval and dtstart, and a plain weekday beside "byday": null', async () => {
    const el = await finder(feedUrl(OUTPOST));
    await waitUntil(() => when(el, 'Little Movers').includes('next'), 'next date on the card');
    const text = when(el, 'Little Movers');
    expect(text).to.match(/^Thursdays 13:00–14:00; Every 3 weeks on Monday 09:30–10:30 \(next: Monday \d{1,2} [A-Z][a-z]+\)$/);
  });
});
