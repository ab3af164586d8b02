// `npm run bench`: runs test/bench/ in headless Chromium twice — at full speed and with the
// CPU slowed 4× (CDP Emulation.setCPUThrottlingRate, a cheap phone), each suite in a fresh
// page — and prints median and
// p95 per case, with the ratio to the figure where one is set, and — for a case that
// names another in `compareTo` (e.g. the same work in FullCalendar) — the ratio of their medians.
// The `path` suite (scripts/bench-path.mjs) is driven from here rather than from one page: it
// times the built bundles from feed arrival to the painted content, each sample in a fresh context.
// The `receiver` suite (scripts/bench-receiver.mjs) needs no browser: it runs once, after the
// others, timing the receiver (server/) over HTTP with 50 clients on SQLite and PostgreSQL.
import { createServer } from 'vite';
import { pathBenchPlugin, preparePathBundles, runPathSuite } from './bench-path.mjs';
import { printReceiverResults, runReceiverSuite } from './bench-receiver.mjs';
import puppeteer from 'puppeteer-core';
import { mkdirSync, writeFileSync } from 'node:fs';

/** The suites test/bench/run.ts knows, each run in its own page, `path` (scripts/bench-path.mjs) and `receiver`. */
const ALL_SUITES = ['feed', 'finder', 'calendar', 'hostile', 'signup', 'feedback', 'path', 'receiver'];
// `npm run bench -- hostile` runs only the suites named; no names runs them all.
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !ALL_SUITES.includes(name));
if (unknown.length) throw new Error(`Unknown bench suite ${unknown.join(', ')} (known: ${ALL_SUITES.join(', ')})`);
const SUITES = (asked.length ? asked : ALL_SUITES).filter((name) => name !== 'receiver');
const RECEIVER = asked.length ? asked.includes('receiver') : true;
const all = {};

if (SUITES.length) {
  const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0 },
    plugins: [pathBenchPlugin()],
    // Production Lit, as sites get it, not dev mode with its extra checks.
    resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  await server.listen();
  const { port } = server.httpServer.address();

  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync',
      // Headless Chromium (156) builds the address bar's WebUI popup (Lit, Mojo bindings: ~370 ms
      // of parsing and running in a renderer of its own) in every new browser context, which the
      // path suite makes per sample; on a 2-core machine it took half the page's CPU during the
      // timed stretch. A parent's browser builds it once per window, not per page: not timed.
      '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'],
  });

  if (SUITES.includes('path')) await preparePathBundles();
  try {
    // BENCH_CPU=1 (or 4) runs at that slowdown only.
    for (const throttle of process.env.BENCH_CPU?.split(',').map(Number) ?? [1, 4]) {
      const results = [];
      const notes = [];
      // One fresh page per suite, so no suite runs in another's leftovers.
      for (const suite of SUITES) {
        if (suite === 'path') {
          const path = await runPathSuite(browser, `http://127.0.0.1:${port}`, throttle);
          results.push(...path.results);
          notes.push(...path.notes);
          continue;
        }
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        page.on('pageerror', (e) => console.error('page error:', e.message));
        // A suite's own sanity checks (e.g. "both calendars show the same sessions") report here.
        page.on('console', (m) => {
          if (m.location().url?.endsWith('/favicon.ico')) return; // the browser's own request, not a suite's
          if (['error', 'warn', 'info'].includes(m.type())) console.error(`page ${m.type()}:`, m.text());
        });
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        await page.goto(`http://127.0.0.1:${port}/test/bench/index.html?suite=${suite}`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.benchmarksReady === true, { timeout: 120_000 });
        results.push(...(await page.evaluate(() => window.runBenchmarks())));
        await page.close();
      }
      all[`cpu ${throttle}x`] = results;
      if (notes.length) all[`cpu ${throttle}x, where the path's time went`] = notes;
      console.log(`\nChromium, CPU ${throttle}× ${throttle === 1 ? '(this machine)' : 'slowed (cheap phone)'}`);
      const medianOf = new Map(results.map((r) => [r.name, r.median]));
      const ratio = (r) => {
        if (!r.compareTo) return '';
        const other = medianOf.get(r.compareTo);
        return other ? (r.median / other).toFixed(2) : 'n/a';
      };
      console.table(
        results.map((r) => ({
          case: r.name,
          'median ms': r.median.toFixed(2),
          'p95 ms': r.p95.toFixed(2),
          'target ms': r.budgetMs ?? '',
          'median/target': r.budgetMs ? (r.median / r.budgetMs).toFixed(2) : '',
          samples: r.samples,
          ...(results.some((x) => x.compareTo) ? { ratio: ratio(r) } : {}),
        })),
      );
      for (const r of results.filter((x) => x.compareTo)) {
        console.log(`ratio ${ratio(r)} = median of "${r.name}" / median of "${r.compareTo}"`);
      }
      for (const note of notes) console.log(note);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
if (RECEIVER) {
  const receiver = await runReceiverSuite();
  printReceiverResults(receiver);
  all.receiver = receiver.results;
  if (receiver.notes.length) all['receiver, notes'] = receiver.notes;
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(all, null, 2));
console.log('\nSaved bench-results/latest.json');
