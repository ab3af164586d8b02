/**
 * RFC 5545 VTIMEZONE components generated from the browser's own tz data (via Intl), so an
 * `.ics` file carries the programme zone's rules and calendar apps place every occurrence of a
 * series at the right wall time across clock changes.
 *
 * Zones with regular yearly rules (Europe/London: last Sunday of March and of October) get
 * STANDARD/DAYLIGHT observances with a yearly RRULE; zones with no changes get one fixed
 * observance; irregular zones get an explicit list of the changes (RDATE) for the years needed.
 */
import { daysInMonth, pad, WEEKDAY_CODES, weekdayOf, type WallTime } from '../time/calendar-date.js';
import { offsetAtExact, utcWallTime } from '../time/zoned-time.js';

const MS_PER_MINUTE = 60_000;

/** The offset as `+01:00` / `-05:00`, or `+0100` with `basic` (TZOFFSETFROM/TZOFFSETTO). */
export function formatOffset(offsetMs: number, basic = false): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offsetMs) / MS_PER_MINUTE);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return basic ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

/**
 * The zone's short name at an instant in a locale (`BST`, `GMT`, `EST`, or `GMT-5` where the
 * locale has no abbreviation), for an observance's TZNAME.
 */
export function shortZoneName(instant: Date, timeZone: string, locale = 'en-GB'): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

const MS_PER_DAY = 86_400_000;

/** A change of a zone's UTC offset. */
export interface ZoneTransition {
  /** The instant of the change. */
  at: number;
  offsetBefore: number;
  offsetAfter: number;
}

/** Offset changes in [fromMs, toMs): weekly samples, then a binary search to the minute. */
export function findTransitions(timeZone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  const step = 7 * MS_PER_DAY;
  let t = fromMs;
  let offset = offsetAtExact(t, timeZone);
  while (t < toMs) {
    const next = Math.min(t + step, toMs);
    const nextOffset = offsetAtExact(next, timeZone);
    if (nextOffset !== offset) {
      // Invariant: offset at lo is `offset`, at hi is different.
      let lo = Math.floor(t / MS_PER_MINUTE);
      let hi = Math.floor(next / MS_PER_MINUTE);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAtExact(mid * MS_PER_MINUTE, timeZone) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi * MS_PER_MINUTE, offsetBefore: offset, offsetAfter: nextOffset });
    }
    t = next;
    offset = nextOffset;
  }
  return out;
}



/** ICS local date-time `YYYYMMDDTHHMMSS`. */
export function formatIcsLocal(wall: WallTime): string {
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
}

/** The local (pre-change) wall time of a transition: how RFC 5545 writes an observance's DTSTART. */
function transitionLocal(transition: ZoneTransition): WallTime {
  return utcWallTime(transition.at + transition.offsetBefore);
}

interface YearlyRule {
  month: number;
  /** BYDAY value, e.g. `-1SU`, `2SU`. */
  byDay: string;
}

/**
 * The yearly rule all these transitions follow ("last Sunday of March at 01:00"), if any.
 * `gap`: the last year scanned before an unscanned stretch and the first after it.
 */
function yearlyRule(transitions: ZoneTransition[], gap?: [number, number]): YearlyRule | undefined {
  const locals = transitions.map(transitionLocal);
  const first = locals[0]!;
  const weekday = weekdayOf(first);
  const time = (w: WallTime) => w.hour * 3600 + w.minute * 60 + w.second;
  for (let i = 0; i < locals.length; i++) {
    const w = locals[i]!;
    if (w.month !== first.month || weekdayOf(w) !== weekday || time(w) !== time(first)) return undefined;
    const prev = locals[i - 1]?.year;
    if (i > 0 && w.year !== prev! + 1 && !(gap && prev === gap[0] && w.year === gap[1])) return undefined;
  }
  const nth = Math.ceil(first.day / 7);
  if (nth <= 4 && locals.every((w) => Math.ceil(w.day / 7) === nth)) {
    return { month: first.month, byDay: `${nth}${WEEKDAY_CODES[weekday]}` };
  }
  if (locals.every((w) => w.day + 7 > daysInMonth(w.year, w.month))) {
    return { month: first.month, byDay: `-1${WEEKDAY_CODES[weekday]}` };
  }
  return undefined;
}

/** A short zone name usable as TZNAME (`BST`, `EDT`), or undefined when Intl only knows `GMT+1`. */
function abbreviation(instant: number, timeZone: string): string | undefined {
  for (const locale of ['en-GB', 'en-US']) {
    const name = shortZoneName(new Date(instant), timeZone, locale);
    if (/^[A-Z]{2,5}$/.test(name)) return name;
  }
  return undefined;
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  dtstart: string,
  from: number,
  to: number,
  name: string | undefined,
  extra: string[],
): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${dtstart}`,
    `TZOFFSETFROM:${formatOffset(from, true)}`,
    `TZOFFSETTO:${formatOffset(to, true)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    ...extra,
    `END:${kind}`,
  ];
}

/** True for zone names that mean plain UTC, where times are written with `Z` instead. */
export function isUtcZone(timeZone: string): boolean {
  return /^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal|Greenwich)(0|[+-]0)?$/i.test(timeZone);
}

/** 1 January of a year, UTC (Date.UTC would read years 0–99 as 1900–1999). */
const yearStart = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);

/**
 * Years between `fromYear` and `toYear` beyond which only the two ends of the range are scanned
 * (a scan costs ~52 Intl calls a year: 30 years take a few dozen ms).
 */
const FULL_SCAN_YEARS = 30;

/**
 * The VTIMEZONE lines (unfolded) for a zone, valid for events between `fromYear` and `toYear`
 * (inclusive). Observances start a year before `fromYear` so January dates are covered.
 * The work is bounded whatever the range: a range over 30 years (a session ending in 9999, a
 * series from year 0100) is scanned for its first four years and its last two only. A zone
 * whose yearly rules are the same at both ends gets them as RRULEs, as a full scan would give
 * (the tz data repeats a zone's last rules for ever); an irregular zone's changes in the years
 * between are not listed.
 */
export function buildVTimezone(timeZone: string, fromYear: number, toYear: number = fromYear): string[] {
  const scanFrom = yearStart(fromYear - 1);
  const ruleYears = Math.max(toYear, fromYear + 2);
  const gap: [number, number] | undefined = toYear - fromYear > FULL_SCAN_YEARS ? [fromYear + 2, toYear - 1] : undefined;
  const transitions = gap
    ? [
        ...findTransitions(timeZone, scanFrom, yearStart(gap[0] + 1)),
        ...findTransitions(timeZone, yearStart(gap[1]), yearStart(toYear + 1)),
      ]
    : findTransitions(timeZone, scanFrom, yearStart(ruleYears + 1));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];

  if (transitions.length === 0) {
    const offset = offsetAtExact(scanFrom, timeZone);
    lines.push(...observance('STANDARD', '19700101T000000', offset, offset, abbreviation(scanFrom, timeZone), []));
    return [...lines, 'END:VTIMEZONE'];
  }

  // Group by kind of change; a regular DST zone has exactly two, each once a year.
  const groups = new Map<string, ZoneTransition[]>();
  for (const t of transitions) {
    const key = `${t.offsetBefore}>${t.offsetAfter}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const rules = [...groups.values()].map((group) => yearlyRule(group, gap));
  if (groups.size === 2 && rules.every((r) => r)) {
    [...groups.values()].forEach((group, i) => {
      const t = group[0]!;
      const rule = rules[i]!;
      lines.push(
        ...observance(
          t.offsetAfter > t.offsetBefore ? 'DAYLIGHT' : 'STANDARD',
          formatIcsLocal(transitionLocal(t)),
          t.offsetBefore,
          t.offsetAfter,
          abbreviation(t.at, timeZone),
          [`RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.byDay}`],
        ),
      );
    });
    return [...lines, 'END:VTIMEZONE'];
  }

  // Irregular: the offset in force before the scan, then every change up to `toYear`.
  const initial = transitions[0]!.offsetBefore;
  lines.push(...observance('STANDARD', '19700101T000000', initial, initial, abbreviation(scanFrom, timeZone), []));
  const end = yearStart(toYear + 1);
  for (const group of groups.values()) {
    const inRange = group.filter((t) => t.at < end);
    if (!inRange.length) continue;
    const [first, ...rest] = inRange;
    const rdates = rest.map((t) => `RDATE:${formatIcsLocal(transitionLocal(t))}`);
    lines.push(
      ...observance(
        first!.offsetAfter > first!.offsetBefore ? 'DAYLIGHT' : 'STANDARD',
        formatIcsLocal(transitionLocal(first!)),
        first!.offsetBefore,
        first!.offsetAfter,
        abbreviation(first!.at, timeZone),
        rdates,
      ),
    );
  }
  return [...lines, 'END:VTIMEZONE'];
}
