// <pc-feed-status> in the shared feed-widget suite: loading, errors and "Try again", the saved
// copy, heading levels, Arabic, a missing src, axe (test/support/feed-widget-suite.ts).
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';
import { FIXTURE_FILES } from '../fixtures/index.js';
import { runFeedWidgetSuite } from '../support/feed-widget-suite.js';

runFeedWidgetSuite('pc-feed-status', {
  file: FIXTURE_FILES.small,
  content: { role: 'heading', name: 'Testborough Parent Champions' },
  width: 600,
});
