// Prints `N passed, N failed` alone on the last line, which CI reads, preceded by the name
// and first error line of each failed test (CI logs keep only the tail). A test file that
// failed to load (a syntax error, a bad import) counts as one failure, so it is never
// silently left out of the count.
function collect(suite, trail, out) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) out.skipped += 1;
    else if (test.passed) out.passed += 1;
    else {
      out.failed += 1;
      const message = String(test.error?.message ?? 'failed').split('\n')[0];
      out.failures.push(`${[...trail, test.name].join(' › ')}: ${message}`);
    }
  }
  for (const child of suite?.suites ?? []) collect(child, [...trail, child.name], out);
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * `name` labels this run's counts file (test-results/<name>.json), which scripts/test.sh
 * adds up when the suite spans several runner configs.
 */
export function plainSummaryReporter({ name = 'main' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const where = `[${session.browser.name}] ${relative(process.cwd(), session.testFile)}`;
        const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
        collect(session.testResults, [], counts);
        totals.passed += counts.passed;
        totals.failed += counts.failed;
        totals.skipped += counts.skipped;
        totals.failures.push(...counts.failures.map((failure) => `${where} › ${failure}`));
        const loadFailed = !session.passed && counts.failed === 0;
        if (loadFailed) {
          totals.failed += 1;
          const message = String(session.errors?.[0]?.message ?? 'did not run').split('\n')[0];
          totals.failures.push(`${where}: ${message}`);
        }
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/${name}.json`, JSON.stringify(totals));
      const { passed, failed, skipped, failures } = totals;
      const listed = failures.map((line) => `FAILED ${line}\n`).join('');
      // Written after the default reporter's dynamic output has settled.
      setTimeout(() => process.stdout.write(`\n${listed}${passed} passed, ${failed} failed, ${skipped} skipped\n`), 0);
    },
  };
}
