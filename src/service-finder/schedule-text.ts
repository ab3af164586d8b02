/**
 * A service's regular opening in words: "Wednesdays 10:00–12:00", "Mondays and Thursdays
 * 09:30–11:30", "1st Saturday of the month 10:00–12:00", "Every other Monday 10:00–12:00 (next:
 * Monday 14 December)".
 *
 * Two steps, so a widget can lay the parts out itself or just print a line:
 * - `scheduleLines(sessions)` merges sessions into structured lines (no text);
 * - `formatScheduleLine(line, locale, t)` words a line: day names and times from `Intl`
 *   in the parent's locale, the glue words ("of the month", "1st", plural days) from the
 *   translation.
 *
 * Pass the locale of the translation in use (`t.$code`), so Intl's day names and the
 * translation's glue words are the same language: a site showing English text for an
 * unsupported locale should format in English too.
 *
 * An opening every few weeks or months says so. Given a way to work out its next date
 * (`NextDate`: next-session.ts, which comes with the detail view's chunk), a line with a first
 * date ends with it; without one, nothing says which weeks.
 */
import type { OpeningSession, Weekday } from '../data/feed-schema.js';
import type { Translation } from '../i18n/translation.js';
import type { CalendarDate } from '../time/calendar-date.js';

/** The next date of a line every few weeks or months, when it can be known. */
export type NextDate = (line: ScheduleLine) => CalendarDate | undefined;

const WEEK_ORDER: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEK_INDEX = new Map(WEEK_ORDER.map((day, i) => [day, i]));

export interface TimeRange {
  /** HH:MM, local wall time. */
  opensAt: string;
  closesAt?: string;
}

/** One line of a schedule: the same days (and weeks of the month) at one or more times. */
export interface ScheduleLine {
  frequency: 'weekly' | 'monthly';
  /** Every how many weeks (weekly) or months (monthly): 1, or 2 for every other. */
  interval: number;
  /** YYYY-MM-DD of the first session, when `interval` counts from it. */
  startDate?: string;
  /** Monday first. */
  days: Weekday[];
  /** Monthly only: 1–5 = first to fifth, -1 = last; first to last order. Empty for weekly. */
  weeks: number[];
  /** Earliest first. */
  times: TimeRange[];
  /** Notes from the feed (untrusted text, shown as text). */
  notes: string[];
}

/** The strings of `Translation` the formatter needs, so a caller may pass a partial object. */
export type ScheduleTranslation = Pick<
  Translation,
  | 'scheduleEveryWeekday'
  | 'scheduleDayRange'
  | 'scheduleWeekly'
  | 'scheduleWeekOfMonth'
  | 'scheduleMonthly'
  | 'scheduleEveryNWeeks'
  | 'scheduleEveryNMonths'
  | 'scheduleTimeRange'
  | 'scheduleOpensAt'
  | 'scheduleLine'
  | 'scheduleNext'
>;

function sortDays(days: Iterable<Weekday>): Weekday[] {
  return [...new Set(days)].filter((d) => WEEK_INDEX.has(d)).sort((a, b) => WEEK_INDEX.get(a)! - WEEK_INDEX.get(b)!);
}

/** First to fifth, then second-to-last before last: the order a month runs in. */
function sortWeeks(weeks: Iterable<number>): number[] {
  const key = (w: number) => (w > 0 ? w : 10 + w);
  return [...new Set(weeks)].sort((a, b) => key(a) - key(b));
}

/**
 * Merges sessions into lines. Sessions at the same times become one line of several days
 * ("Mondays and Thursdays 09:30–11:30"); then the same days at several times become one
 * line of several times ("Mondays 09:00–12:00 and 15:00–17:00"). Lines are ordered by
 * their first day, then time.
 */
export function scheduleLines(sessions: readonly OpeningSession[] | undefined): ScheduleLine[] {
  // Step 1: same frequency, interval, weeks, times and note → one line with all their days.
  const byTime = new Map<string, ScheduleLine>();
  for (const session of sessions ?? []) {
    const frequency = session.frequency === 'monthly' ? 'monthly' : 'weekly';
    const weeks = frequency === 'monthly' ? sortWeeks(session.weekOfMonth ?? []) : [];
    const days = sortDays(session.byDay ?? []);
    if (days.length === 0 || !session.opensAt) continue;
    const interval = session.interval ?? 1;
    // The first date matters only to an interval: weekly sessions that start on different dates are one line.
    const startDate = interval > 1 ? session.startDate : undefined;
    const time: TimeRange = session.closesAt ? { opensAt: session.opensAt, closesAt: session.closesAt } : { opensAt: session.opensAt };
    const notes = session.note ? [session.note] : [];
    const key = JSON.stringify([frequency, interval, startDate ?? '', weeks, time.opensAt, time.closesAt ?? '', session.note ?? '']);
    const line = byTime.get(key);
    if (line) line.days = sortDays([...line.days, ...days]);
    else byTime.set(key, { frequency, interval, ...(startDate ? { startDate } : {}), days, weeks, times: [time], notes });
  }

  // Step 2: same frequency, interval, weeks, days and note → one line with all their times.
  const byDays = new Map<string, ScheduleLine>();
  for (const line of byTime.values()) {
    const key = JSON.stringify([line.frequency, line.interval, line.startDate ?? '', line.weeks, line.days, line.notes]);
    const existing = byDays.get(key);
    if (existing) existing.times.push(...line.times);
    else byDays.set(key, { ...line, times: [...line.times] });
  }

  const lines = [...byDays.values()];
  for (const line of lines) line.times.sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  const firstDay = (line: ScheduleLine) => WEEK_INDEX.get(line.days[0])!;
  return lines.sort(
    (a, b) =>
      (a.frequency === b.frequency ? 0 : a.frequency === 'weekly' ? -1 : 1) ||
      a.interval - b.interval ||
      firstDay(a) - firstDay(b) ||
      a.times[0].opensAt.localeCompare(b.times[0].opensAt),
  );
}

interface Formatters {
  weekday: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  /** A session's date: "Monday 14 December". */
  date: Intl.DateTimeFormat;
  list: Intl.ListFormat;
  number: Intl.NumberFormat;
}

const formatterCache = new Map<string, Formatters>();

/** Intl formatters for a locale, cached (cards format many schedules); unknown tags fall back to en-GB. */
function formatters(locale: string): Formatters {
  const cached = formatterCache.get(locale);
  if (cached) return cached;
  let made: Formatters;
  try {
    made = {
      weekday: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }),
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }),
      date: new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
      list: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
      number: new Intl.NumberFormat(locale),
    };
  } catch {
    made = formatters('en-GB');
  }
  formatterCache.set(locale, made);
  return made;
}

/** The locale's name for a weekday ("Wednesday", "الأربعاء"). */
export function weekdayName(day: Weekday, locale: string): string {
  // 1 January 2024 was a Monday.
  return formatters(locale).weekday.format(Date.UTC(2024, 0, 1 + (WEEK_INDEX.get(day) ?? 0)));
}

/** A HH:MM wall time in the locale's digits, 24-hour ("09:30", "٠٩:٣٠"). */
export function formatTime(hhmm: string, locale: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!match) return hhmm;
  return formatters(locale).time.format(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])));
}

/** Runs of three or more consecutive days become ranges: MO TU WE TH FR → one run. */
function dayRuns(days: readonly Weekday[]): Weekday[][] {
  const runs: Weekday[][] = [];
  for (const day of days) {
    const run = runs[runs.length - 1];
    if (run && WEEK_INDEX.get(day)! === WEEK_INDEX.get(run[run.length - 1])! + 1) run.push(day);
    else runs.push([day]);
  }
  // Two days in a row read better as a pair ("Mondays and Tuesdays") than a range.
  return runs.flatMap((run) => (run.length >= 3 ? [run] : run.map((day) => [day])));
}

function formatDays(line: ScheduleLine, locale: string, t: ScheduleTranslation): string {
  const { list, number } = formatters(locale);
  const { interval } = line;
  if (line.frequency === 'monthly') {
    // A monthly session without weeks of the month reads "Saturday of the month".
    const weeks = list.format(line.weeks.map((week) => t.scheduleWeekOfMonth(week)));
    const days = list.format(line.days.map((day) => weekdayName(day, locale)));
    const text = interval > 1 ? t.scheduleEveryNMonths(interval, number.format(interval), weeks, days) : t.scheduleMonthly(weeks, days);
    return text.replace(/\s+/g, ' ').trim();
  }
  // "Mondays", or for every few weeks the day itself: "Every other Monday".
  const name = (day: Weekday) => (interval > 1 ? weekdayName(day, locale) : t.scheduleEveryWeekday(weekdayName(day, locale)));
  const parts = dayRuns(line.days).map((run) =>
    run.length === 1 ? name(run[0]) : t.scheduleDayRange(weekdayName(run[0], locale), weekdayName(run[run.length - 1], locale)),
  );
  return interval > 1 ? t.scheduleEveryNWeeks(interval, number.format(interval), list.format(parts)) : t.scheduleWeekly(list.format(parts));
}

function formatTimes(times: readonly TimeRange[], locale: string, t: ScheduleTranslation): string {
  const { list } = formatters(locale);
  return list.format(
    times.map(({ opensAt, closesAt }) =>
      closesAt
        ? t.scheduleTimeRange(formatTime(opensAt, locale), formatTime(closesAt, locale))
        : t.scheduleOpensAt(formatTime(opensAt, locale)),
    ),
  );
}

/**
 * One line in words, e.g. en-GB "Last Friday of the month 13:00–15:00". Notes are not
 * included: show `line.notes` beside it. Given `next`, a line every few weeks or months with
 * a first date ends with its next date.
 */
export function formatScheduleLine(line: ScheduleLine, locale: string, t: ScheduleTranslation, next?: NextDate): string {
  const text = t.scheduleLine(formatDays(line, locale, t), formatTimes(line.times, locale, t));
  const date = line.interval > 1 && line.startDate ? next?.(line) : undefined;
  return date ? t.scheduleNext(text, formatters(locale).date.format(Date.UTC(date.year, date.month - 1, date.day))) : text;
}

/** Every line of a schedule in words (see `scheduleLines` and `formatScheduleLine`). */
export function formatSchedule(
  sessions: readonly OpeningSession[] | undefined,
  locale: string,
  t: ScheduleTranslation,
  next?: NextDate,
): string[] {
  return scheduleLines(sessions).map((line) => formatScheduleLine(line, locale, t, next));
}
