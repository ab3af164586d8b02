// Real-browser tests: headless Chromium and Firefox ESR (Debian packages), driven by
// puppeteer-core. `scripts/test.sh` installs the browsers when they are missing.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import { mockServer } from './test/support/mock-server.mjs';
import { realReceiver } from './test/support/real-receiver.mjs';
import { plainSummaryReporter } from './test/support/plain-summary-reporter.mjs';
import { forcedColours } from './test/support/forced-colours.mjs';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const only = process.env.PC_BROWSERS?.split(',') ?? ['chromium', 'firefox'];

const chromeArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Test files run in parallel pages; a background page must keep its timers and frames,
  // or fixture()'s requestAnimationFrame never fires there.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  // test/support/task-timer.ts collects earlier tests' garbage before it times a task.
  '--js-flags=--expose-gc',
];

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
      // Parallel test pages are background tabs to Chromium, which then never runs
      // requestAnimationFrame; emulating focus keeps each page rendering.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  );
}
if (only.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
      // Firefox stops animation frames in background pages and puppeteer has no focus
      // emulation for it, so its test files run one at a time, each in the foreground.
      concurrency: 1,
    }),
  );
}

export { chromeArgs, chromePath, firefoxPath };

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 2,
  // A cap for a test that hangs, not a measure: long keyboard walks take over 10 s on a busy 2-core
  // machine (`npm run test:busy`), and no test asserts how long anything takes.
  testFramework: { config: { timeout: 30000 } },
  // Opening a test page is slow on a machine whose every core is busy (Firefox took over the 30 s default).
  browserStartTimeout: 120000,
  testsFinishTimeout: 300000,
  // a11ySnapshot: Chromium's own accessibility tree, for names only it computes (a test of a space it once dropped).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), mockServer(), realReceiver(), a11ySnapshotPlugin(), forcedColours()],
  // Lit's dev-mode banner is noise; every other console line stays visible.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), plainSummaryReporter({ name: 'browsers' })],
};
