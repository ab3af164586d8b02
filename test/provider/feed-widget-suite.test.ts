// <pc-feed-status> in the shared feed-widget suite: loading, errors and "Try again", the saved
// copy, heading levels, Arabic, a missing src, axe (test/support/feed-widget-suite.ts).
import '../../src/index.js';
import { FIXTURE_FILES } from '../fixtures/index.js';
import { runFeedWidgetSuite } from '../support/feed-widget-suite.js';

runFeedWidgetSuite('pc-feed-status', {
  file: FIXTURE_FILES.small,
  content: { role: 'heading', name: 'Testborough Parent Champions' },
  width: 600,
});
