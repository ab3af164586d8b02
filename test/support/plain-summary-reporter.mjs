// Prints `N passed, N failed` alone on the last line, which CI reads. A test file that
// failed to load (a syntax error, a bad import) counts as one failure, so it is never
// silently left out of the count.
function countTests(suite) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) skipped += 1;
    else if (test.passed) passed += 1;
    else failed += 1;
  }
  for (const child of suite?.suites ?? []) {
    const counts = countTests(child);
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
  return { passed, failed, skipped };
}

import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * `name` labels this run's counts file (test-results/<name>.json), which scripts/test.sh
 * adds up when the suite spans several runner configs.
 */
export function plainSummaryReporter({ name = 'main' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      for (const session of sessions) {
        const counts = countTests(session.testResults);
        passed += counts.passed;
        failed += counts.failed;
        skipped += counts.skipped;
        const loadFailed = !session.passed && counts.failed === 0;
        if (loadFailed) failed += 1;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/${name}.json`, JSON.stringify({ passed, failed, skipped }));
      // Written after the default reporter's dynamic output has settled.
      setTimeout(() => process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`), 0);
    },
  };
}
