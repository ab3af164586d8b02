// The event-calendar tests again, in Chromium with the BROWSER's timezone set to Europe/London,
// UTC and America/New_York: recurring events must land on programme (London) wall time
// whatever zone the parent's phone is in. Run:
//   npx web-test-runner --config web-test-runner.timezones.config.mjs
//
// Each zone gets its own Chromium: TZ in its environment, plus CDP timezone emulation on every
// page (the reliable part), and `window.__PC_EXPECTED_TIMEZONE__` so a test can check that the
// emulation really happened (test/event-calendar/browser-timezone.test.ts).
import { chromeLauncher } from '@web/test-runner-chrome';
import base, { chromeArgs, chromePath } from './web-test-runner.config.mjs';
import { plainSummaryReporter } from './test/support/plain-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

export const TIMEZONES = ['Europe/London', 'UTC', 'America/New_York'];

function chromiumIn(timeZone) {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: chromePath,
      headless: true,
      args: chromeArgs,
      env: { ...process.env, TZ: timeZone },
    },
    async createPage({ context }) {
      const page = await context.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      await page.emulateTimezone(timeZone);
      await page.evaluateOnNewDocument((zone) => {
        window.__PC_EXPECTED_TIMEZONE__ = zone;
      }, timeZone);
      return page;
    },
  });
  // Distinct names keep the three runs apart in the report.
  launcher.name = `Chromium ${timeZone}`;
  return launcher;
}

export default {
  ...base,
  files: ['test/event-calendar/**/*.test.ts'],
  browsers: TIMEZONES.map(chromiumIn),
  concurrency: 1,
  reporters: [defaultReporter(), plainSummaryReporter({ name: 'timezones' })],
};
