// <pc-event-calendar> in the shared feed-widget suite: loading, errors and "Try again", the saved
// copy, heading levels (the error state, and the empty state a level below the calendar's own
// heading), Arabic, a missing src, axe (test/support/feed-widget-suite.ts).
import '../../src/entries/event-calendar.js';
import '../../src/locales/ar.js';
import { FIXTURE_FILES, nativeFeed } from '../fixtures/index.js';
import { runFeedWidgetSuite } from '../support/feed-widget-suite.js';

runFeedWidgetSuite('pc-event-calendar', {
  file: FIXTURE_FILES.calendar,
  content: { role: 'button', name: /Positive parenting course/ },
  attributes: { date: '2026-11-25', view: 'list' },
  empty: { feed: nativeFeed(), heading: (t) => t.calendarEmptyFourWeeks, levelOffset: 1 },
});
