// <pc-service-finder> in the shared feed-widget suite: loading, errors and "Try again", the saved
// copy, heading levels (the error and empty states), Arabic, a missing src, axe
// (test/support/feed-widget-suite.ts).
import '../../src/index.js';
import '../../src/entries/service-finder.js';
import { FIXTURE_FILES, nativeFeed } from '../fixtures/index.js';
import { runFeedWidgetSuite } from '../support/feed-widget-suite.js';

runFeedWidgetSuite('pc-service-finder', {
  file: FIXTURE_FILES.finder,
  content: { role: 'heading', name: 'Stay and Play at Hillside' },
  empty: { feed: nativeFeed(), heading: (t) => t.emptyHeading },
});
