// <pc-feedback-summary> in the shared feed-widget suite: loading, errors and "Try again", the saved
// copy, heading levels (the error and empty states), Arabic, a missing src, axe
// (test/support/feed-widget-suite.ts).
import '../../src/entries/feedback-summary.js';
// Its entry does not fetch a locale pack: a page adds the one it needs.
import '../../src/locales/ar.js';
import { FIXTURE_FILES, nativeFeed } from '../fixtures/index.js';
import { runFeedWidgetSuite } from '../support/feed-widget-suite.js';

runFeedWidgetSuite('pc-feedback-summary', {
  file: FIXTURE_FILES.feedbackSummary,
  content: { role: 'heading', name: 'Riverside Stay and Play' },
  empty: { feed: nativeFeed(), heading: (t) => t.emptyHeading },
});
