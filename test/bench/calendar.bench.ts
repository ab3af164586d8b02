import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import { bench } from './harness.js';
import { syntheticFeed } from './generate.js';
import { toFullCalendarEvents } from './fullcalendar-events.js';
import { validateNativeFeed } from '../../src/data/validate-native.js';
import { expandEvents } from '../../src/event-calendar/occurrences.js';
import { visibleRange } from '../../src/event-calendar/range.js';
import '../../src/entries/event-calendar.js';
import type { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';

// Issue #4: month view, 500 events (the first 100 weekly series to 2027-12-31, the rest one-offs
// across 2026): expansion + render ≤ 20 ms, side by side with FullCalendar's dayGridMonth.
// Every timed sample switches between November and December 2026, so both calendars expand a
// new window and rebuild the grid each time (ours memoises only the last window).
const raw = syntheticFeed(0, 500);
const { feed } = validateNativeFeed(raw);
const DATES = ['2026-11-15', '2026-12-15'];
const ZONE = 'Europe/London';

/** Both calendars render into a container of the same size, attached and visible. */
function container(): HTMLDivElement {
  const box = document.createElement('div');
  box.style.cssText = 'width: 1280px; height: 900px; overflow: auto;';
  document.body.append(box);
  return box;
}

/** Makes the browser compute style and layout of the new DOM now (its scroll height needs it). */
function forceLayout(box: HTMLElement): number {
  return box.scrollHeight;
}

/** Reports DOM changes a calendar makes after the point its timing stops (work the timing would miss). */
async function checkNoLateWork(label: string, box: HTMLElement, change: () => Promise<void>): Promise<void> {
  const observer = new MutationObserver(() => {});
  observer.observe(box, { subtree: true, childList: true, attributes: true, characterData: true });
  await change();
  observer.takeRecords();
  // Two frames: anything scheduled by a microtask, task or animation frame has run by then.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const late = observer.takeRecords().length;
  observer.disconnect();
  if (late) console.warn(`calendar bench: ${label} changed the DOM ${late} times after its timing stops`);
}

// 1. The pure expansion, for each month's six-week grid in turn.
const windows = DATES.map((d) => {
  const [year, month, day] = d.split('-').map(Number);
  return visibleRange('month', { year, month, day }, { firstDay: 1, fixedWeeks: true });
});
let expanded = 0;
bench({
  name: 'calendar: expand 500 events for a 6-week month grid (Nov/Dec 2026 in turn)',
  samples: 40,
  run: () => {
    const w = windows[expanded++ % windows.length];
    return expandEvents(feed.events, w.startKey, w.endKey, { timeZone: ZONE });
  },
});

// 2. Our element, its feed already loaded from a Blob URL.
const ourBox = container();
const url = URL.createObjectURL(new Blob([JSON.stringify(raw)], { type: 'application/json' }));
const calendar = document.createElement('pc-event-calendar') as PcEventCalendar;
calendar.setAttribute('view', 'month');
calendar.setAttribute('first-day', 'monday');
calendar.date = DATES[0];
calendar.src = url;
ourBox.append(calendar);
const deadline = Date.now() + 60_000;
while (!calendar.shadowRoot?.querySelector('.chip') && Date.now() < deadline) {
  await new Promise((r) => setTimeout(r, 50));
}
if (!calendar.shadowRoot?.querySelector('.chip')) console.error('calendar bench: pc-event-calendar never showed a session');

let ourSwitches = 0;
async function showNextMonth(): Promise<void> {
  calendar.date = DATES[++ourSwitches % DATES.length];
  await calendar.updateComplete;
}
await checkNoLateWork('pc-event-calendar', ourBox, showNextMonth);

const FULLCALENDAR_CASE = 'FullCalendar: dayGridMonth, 500 events (gotoDate other month, sync render + forced layout)';

bench({
  name: 'calendar element: month view, 500 events (set date to other month → updateComplete; no layout)',
  samples: 40,
  run: showNextMonth,
});

bench({
  name: 'calendar element: month view, 500 events (set date to other month → updateComplete + forced layout)',
  budgetMs: 20,
  compareTo: FULLCALENDAR_CASE,
  samples: 40,
  run: async () => {
    await showNextMonth();
    forceLayout(ourBox);
  },
});

// 3. FullCalendar, the same events, the same weeks (Monday first, only the weeks the month
// touches, as ours shows) and, like ours, at most three titles a day then "+N more".
const fcBox = container();
const fc = new Calendar(fcBox, {
  plugins: [dayGridPlugin],
  initialView: 'dayGridMonth',
  initialDate: DATES[0],
  firstDay: 1,
  fixedWeekCount: false,
  height: '100%',
  dayMaxEvents: false,
  events: toFullCalendarEvents(raw['events'] as Parameters<typeof toFullCalendarEvents>[0]),
});
fc.render();

// Same sessions on both sides: FullCalendar's November grid (every event shown) against our expansion.
const novemberGrid = visibleRange('month', { year: 2026, month: 11, day: 15 }, { firstDay: 1 });
const ours = expandEvents(feed.events, novemberGrid.startKey, novemberGrid.endKey, { timeZone: ZONE }).length;
const theirs = fcBox.querySelectorAll('.fc-daygrid-body .fc-daygrid-event-harness').length;
if (ours !== theirs) console.error(`calendar bench: November grid has ${ours} sessions in ours, ${theirs} in FullCalendar`);
else console.info(`calendar bench: November grid, ${ours} sessions in both calendars`);
fc.setOption('dayMaxEvents', 3);

let fcSwitches = 0;
function fcShowNextMonth(): void {
  // Renders synchronously: FullCalendar's rerenderDelay is null by default, so the data change
  // drains its render queue at once (Preact inside flushSync).
  fc.gotoDate(DATES[++fcSwitches % DATES.length]);
}
await checkNoLateWork('FullCalendar', fcBox, async () => fcShowNextMonth());

bench({
  name: FULLCALENDAR_CASE,
  samples: 40,
  run: () => {
    fcShowNextMonth();
    forceLayout(fcBox);
  },
});
