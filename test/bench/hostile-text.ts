/**
 * Issue 18, point 3: feed text built to make regular expressions backtrack. Each conversion
 * must stay within one frame budget's worth of a long task (200 ms at 1×); the tests only
 * check a generous 1 s bound, so the goal itself is timed here.
 */
import { bench } from './harness.js';
import { openReferralToFeed } from '../../src/formats/openreferral/convert.js';
import { jsonLdToEvents } from '../../src/formats/jsonld/convert.js';

const openReferral = {
  contents: [{ id: 'hostile-1', name: 'Hostile description', description: '<a'.repeat(100_000) }],
  total_items: 1,
  total_pages: 1,
};
const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Hostile description',
  startDate: '2026-11-25T10:00',
  description: '<script>'.repeat(131_072),
};

bench({
  name: "Open Referral description '<a' × 100,000: convert",
  samples: 15,
  budgetMs: 200,
  run: () => openReferralToFeed(openReferral),
});

bench({
  name: "JSON-LD description '<script>' × 131,072: convert",
  samples: 15,
  budgetMs: 200,
  run: () => jsonLdToEvents(jsonLd),
});
