import { bench } from './harness.js';
import { validateNativeFeed } from '../../src/data/validate-native.js';
import type { FeedEvent } from '../../src/data/feed-schema.js';
import { exportOccurrence } from '../../src/event-calendar/calendar-export.js';
import { expandEvent, expandEvents } from '../../src/event-calendar/occurrences.js';

// Issue 18, points 4 and 5: hostile dates must cost no more than the range shown (goal: 200 ms
// at 1×). Every sample gets freshly parsed events (set-up, not timed), so nothing cached by an
// earlier sample (parsed timings, per-rule counts) hides the first render's cost.
const ZONE = 'Europe/London';

/** A native feed of `events`, validated as the widgets read it. */
function events(list: Record<string, unknown>[]): FeedEvent[] {
  return validateNativeFeed({ version: '1.0', programme: { name: 'Bench' }, events: list }).feed.events;
}

const pad = (n: number) => String(n).padStart(2, '0');

// 300 monthly series starting in year 0100 (on a day of the month every 1–3 months, every
// Saturday, or the last Friday), expanded for November 2026: before the fix ~17 s, stepping
// month by month from year 0100.
const ancient = Array.from({ length: 300 }, (_, i) => ({
  id: `ancient-${i}`,
  title: `Monthly group ${i}`,
  start: `0100-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}T10:00`,
  end: `0100-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}T11:30`,
  recurrence: [
    { frequency: 'monthly', interval: (i % 3) + 1 },
    { frequency: 'monthly', byDay: ['SA'] },
    { frequency: 'monthly', byDay: ['FR'], weekOfMonth: [-1] },
  ][i % 3],
}));

bench({
  name: '300 monthly series from year 0100, expand a month',
  budgetMs: 200,
  samples: 20,
  setup: () => events(ancient),
  run: (prepared) => expandEvents(prepared as FeedEvent[], '2026-11-01', '2026-12-01', { timeZone: ZONE }),
});

// Opening a session that ends on 31 December 9999 builds its .ics downloads: before the fix
// ~3 s, scanning the zone's rules week by week up to the year 10000.
const endless = [{ id: 'endless', title: 'Open-ended drop-in', start: '2026-11-24T09:00', end: '9999-12-31T10:00' }];

bench({
  name: 'open .ics export for a session ending 9999',
  budgetMs: 200,
  samples: 20,
  setup: () => expandEvent(events(endless)[0]!, '2026-11-24', '2026-11-25', { timeZone: ZONE })[0],
  run: (prepared) => exportOccurrence(prepared as Parameters<typeof exportOccurrence>[0], 'bench.example').revoke(),
});

// The same for a weekly series from year 0100 until 9999 (its session and whole-series files).
const ancientSeries = [
  {
    id: 'ancient-weekly',
    title: 'Weekly since 100 AD',
    start: '0100-01-04T10:00',
    end: '0100-01-04T11:00',
    recurrence: { frequency: 'weekly', until: '9999-12-31', exclude: ['2026-11-30'], cancelled: ['2026-12-07'] },
  },
];

bench({
  name: 'open .ics export for a weekly series from 0100 until 9999',
  budgetMs: 200,
  samples: 20,
  setup: () => expandEvent(events(ancientSeries)[0]!, '2026-11-23', '2026-11-24', { timeZone: ZONE })[0],
  run: (prepared) => exportOccurrence(prepared as Parameters<typeof exportOccurrence>[0], 'bench.example').revoke(),
});
