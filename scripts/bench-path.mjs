// `npm run bench -- path`: the whole path a parent waits for, from the moment the feed's response
// body has arrived in the page to the first paint of the content (test/bench/path/probe.js
// defines both points), with the bundles sites load (dist/, rebuilt first when src/ is newer).
//
// - cold: a fresh page (a new browser context: empty HTTP cache, new renderer process, no JIT
//   warmth) whose widget's first use loads everything: the entry, then any chunk it needs.
// - warm: a second widget inserted on a page that has already shown another document of the
//   same format (its chunks loaded), once that page is idle; the timed document is a new one.
// Every sample is its own browser context, so no sample runs in another's heap or storage.
//
// Each case is reported twice: the wall time a parent waits, and the renderer main thread's CPU
// time over the same stretch (from the thread clocks of the probe's User Timing marks in a
// trace). On a machine shared with other work the wall time varies with the load; the CPU time
// much less.
//
// PATH_BENCH_BASELINE=<another checkout, built> also times that checkout's dist/, sample for
// sample in turn with this one's, so a change is judged on a busy machine by the same load.
// PATH_BENCH_SAMPLES=<n> overrides each case's number of samples; PATH_BENCH_WIDGETS=finder (or
// calendar, fullcalendar, comma-separated) runs only those widgets' cases, PATH_BENCH_MODES=cold
// (or warm) only those. PATH_BENCH_TRACE=<folder> records each sample's trace with the main
// thread's tasks and a sampled CPU profile (slower: for finding where the time goes, not for
// figures) and writes it there, for scripts/path-trace.mjs.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const FC_BUNDLE = join(ROOT, 'bench-results/path-bundles/fullcalendar.js');
const BASELINE = process.env.PATH_BENCH_BASELINE;
const CALENDAR_DATE = '2026-11-15';

/** The cases: which page, and how many samples (each one a fresh browser context). */
const CASES = [
  { widget: 'calendar', mode: 'cold', samples: 11, budgetMs: 150, name: 'path: calendar, 500 JSON-LD events (97 KB), cold page: feed arrived → month painted' },
  { widget: 'calendar', mode: 'warm', samples: 11, budgetMs: 30, name: 'path: calendar, 500 JSON-LD events (97 KB), warm page: feed arrived → month painted' },
  { widget: 'fullcalendar', mode: 'cold', samples: 11, name: 'path: FullCalendar 6, the same 500 events as JSON, cold page: feed arrived → month painted' },
  { widget: 'fullcalendar', mode: 'warm', samples: 11, name: 'path: FullCalendar 6, the same 500 events as JSON, warm page: feed arrived → month painted' },
  { widget: 'finder', mode: 'cold', samples: 5, budgetMs: 400, name: 'path: finder, 5,000 Open Referral UK services (3.8 MB), cold page: feed arrived → first results painted' },
  { widget: 'finder', mode: 'warm', samples: 5, budgetMs: 400, name: 'path: finder, 5,000 Open Referral UK services (3.8 MB), warm page: feed arrived → first results painted' },
];
// Ours against FullCalendar's, cold with cold and warm with warm.
for (const c of CASES.filter((x) => x.widget === 'calendar')) {
  c.compareTo = CASES.find((x) => x.widget === 'fullcalendar' && x.mode === c.mode).name;
}

/** The widget on each page: its element for a feed URL, the script that loads it, and its content. */
const WIDGETS = {
  calendar: {
    host: 'pc-event-calendar',
    // A session in the month grid (a chip) or any other view (its button).
    content: '[data-occ]',
    feed: 'jsonld-500',
    script: (dist) => `<script type="module" src="/path-bench/${dist}/event-calendar.js"></script>`,
    element: (src) => ({ tag: 'pc-event-calendar', attributes: { view: 'month', 'first-day': 'monday', date: CALENDAR_DATE, src } }),
  },
  finder: {
    host: 'pc-service-finder',
    content: '[part~="result-card"]',
    feed: 'openreferral-5000',
    script: (dist) => `<script type="module" src="/path-bench/${dist}/service-finder.js"></script>`,
    element: (src) => ({ tag: 'pc-service-finder', attributes: { src } }),
  },
  fullcalendar: {
    host: '.fc-host',
    content: '.fc-daygrid-event',
    feed: 'fullcalendar-500',
    // FullCalendar fetches the events itself (an events function), as the same JSON the page serves.
    script: () => `<script type="module">
      import { Calendar, dayGridPlugin } from '/path-bench/fullcalendar.js';
      window.addFullCalendar = (host) => new Calendar(host, {
        plugins: [dayGridPlugin], initialView: 'dayGridMonth', initialDate: '${CALENDAR_DATE}', firstDay: 1,
        fixedWeekCount: false, height: '100%', dayMaxEvents: 3,
        events: (info, success, failure) => fetch(host.dataset.src).then((r) => r.json()).then(success, failure),
      }).render();
      for (const host of document.querySelectorAll('.fc-host')) window.addFullCalendar(host);
    </script>`,
    element: (src) => ({ tag: 'div', attributes: { class: 'fc-host', 'data-src': src, style: 'width: 1280px; height: 900px' } }),
  },
};

/** The feeds, generated once per name and seed by test/bench/generate.ts. */
function feedMaker(server) {
  const made = new Map();
  return async (name) => {
    if (made.has(name)) return made.get(name);
    const [, kind, seed] = /^(.*)-(\d+)\.json$/.exec(name) ?? [];
    const generate = await server.ssrLoadModule('/test/bench/generate.ts');
    let doc;
    if (kind === 'jsonld-500') doc = generate.jsonLdEventsDocument(500, Number(seed));
    else if (kind === 'openreferral-5000') doc = generate.openReferralServicePage(5000, Number(seed));
    else if (kind === 'fullcalendar-500') {
      const { toFullCalendarEvents } = await server.ssrLoadModule('/test/bench/fullcalendar-events.ts');
      doc = toFullCalendarEvents(generate.syntheticFeed(0, 500, Number(seed)).events);
    } else return undefined;
    const text = JSON.stringify(doc);
    made.set(name, text);
    return text;
  };
}

const markup = ({ tag, attributes }) =>
  `<${tag}${Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('')}></${tag}>`;

function page(widget, src, dist) {
  const w = WIDGETS[widget];
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Path bench: ${widget}</title>
    <script src="/path-bench/probe.js" data-host="${w.host}" data-content='${w.content}'></script>
    ${w.script(dist)}
  </head>
  <body style="margin: 0; width: 1280px">
    ${markup(w.element(src))}
  </body>
</html>`;
}

/**
 * A Vite plugin for the bench server: serves /path-bench/ as is (no transforms, no Vite client
 * in the page), so the page is what a site serves: the built bundles, the probe, the feeds.
 */
export function pathBenchPlugin() {
  return {
    name: 'path-bench',
    configureServer(server) {
      const feed = feedMaker(server);
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith('/path-bench/')) return next();
        const rest = url.pathname.slice('/path-bench/'.length);
        const send = (type, body) => {
          res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
          res.end(body);
        };
        try {
          if (rest === 'page.html') {
            return send('text/html; charset=utf-8', page(url.searchParams.get('widget'), url.searchParams.get('src'), url.searchParams.get('dist') === 'base' ? 'base' : 'dist'));
          }
          if (rest === 'probe.js') return send('text/javascript', readFileSync(join(ROOT, 'test/bench/path/probe.js')));
          if (rest === 'fullcalendar.js') return send('text/javascript', readFileSync(FC_BUNDLE));
          if (rest.startsWith('dist/') && !rest.includes('..')) return send('text/javascript', readFileSync(join(ROOT, rest)));
          if (BASELINE && rest.startsWith('base/') && !rest.includes('..')) return send('text/javascript', readFileSync(join(BASELINE, 'dist', rest.slice(5))));
          if (rest.startsWith('feed/')) {
            const text = await feed(rest.slice('feed/'.length));
            if (text) return send('application/json', text);
          }
        } catch (error) {
          res.writeHead(500);
          return res.end(String(error));
        }
        res.writeHead(404);
        res.end();
      });
    },
  };
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The bundles the cases load: dist/ as `npm run build` writes it (rebuilt when src/ is newer), and FullCalendar's. */
export async function preparePathBundles() {
  const built = ['dist/event-calendar.js', 'dist/service-finder.js'].map((f) => join(ROOT, f));
  const stale = built.some((f) => !existsSync(f)) || Math.min(...built.map((f) => statSync(f).mtimeMs)) < newestMtime(join(ROOT, 'src'));
  if (stale) {
    console.log('path bench: dist/ is older than src/, running npm run build first');
    execFileSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: join(ROOT, 'bench-results/path-bundles'),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: join(ROOT, 'test/bench/path/fullcalendar-entry.ts'), formats: ['es'], fileName: () => 'fullcalendar.js' },
    },
  });
}

/** Waits until the page has been idle for a while (five idle periods in a row with ≥ 45 ms to spare). */
async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let quiet = 0;
        const next = () =>
          requestIdleCallback((deadline) => {
            quiet = !deadline.didTimeout && deadline.timeRemaining() >= 45 ? quiet + 1 : 0;
            if (quiet >= 5) resolve();
            else next();
          });
        next();
      }),
  );
}

/** The main thread's CPU time (ms) from the last `path:arrived` mark to the last `path:painted` mark of a trace. */
function cpuBetweenMarks(trace) {
  const { traceEvents } = JSON.parse(new TextDecoder().decode(trace));
  const last = (name) => traceEvents.filter((e) => e.name === name && e.tts !== undefined).at(-1);
  const arrived = last('path:arrived');
  const painted = last('path:painted');
  return arrived && painted ? (painted.tts - arrived.tts) / 1000 : NaN;
}

/** Waits for the probe to have `count` painted loads, and returns the last. */
async function painted(page, count, widget) {
  try {
    await page.waitForFunction((n) => window.__path.loads.filter((l) => l.painted !== undefined || l.error).length >= n, { timeout: 120_000, polling: 50 }, count);
  } catch (error) {
    const loads = await page.evaluate(() => window.__path?.loads);
    throw new Error(`path bench: ${widget} never painted load ${count} (${JSON.stringify(loads)}): ${error.message}`);
  }
  const load = await page.evaluate(() => window.__path.loads.at(-1));
  if (load.error) throw new Error(`path bench: ${widget}: ${load.error}`);
  return load;
}

let sampleNumber = 0;

const TRACE_DIR = process.env.PATH_BENCH_TRACE;
/** What each sample's trace records: the probe's marks, or (PATH_BENCH_TRACE) the tasks and a CPU profile too. */
const TRACE_CATEGORIES = TRACE_DIR
  ? ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler']
  : ['blink.user_timing'];

/** One sample: a fresh browser context, the page, and (warm) a second widget after the first has painted. */
async function sample(browser, origin, throttle, { widget, mode, dist = 'dist' }) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    tab.on('pageerror', (e) => console.error('page error:', e.message));
    tab.on('console', (m) => {
      if (['error', 'warn'].includes(m.type())) console.error(`page ${m.type()}:`, m.text());
    });
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const w = WIDGETS[widget];
    // A new document every sample (its own seed and URL): nothing is reused from a memo or a saved copy.
    const feedUrl = (n) => `/path-bench/feed/${w.feed}-${n}.json`;
    const first = ++sampleNumber * 2;
    if (mode === 'cold') await tab.tracing.start({ categories: TRACE_CATEGORIES });
    await tab.goto(`${origin}/path-bench/page.html?widget=${widget}&dist=${dist}&src=${encodeURIComponent(feedUrl(first))}`, { waitUntil: 'load' });
    let load = await painted(tab, 1, widget);
    if (mode === 'warm') {
      await settle(tab);
      await tab.tracing.start({ categories: TRACE_CATEGORIES });
      await tab.evaluate(
        ({ tag, attributes }, isFullCalendar) => {
          const element = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
          document.body.append(element);
          if (isFullCalendar) window.addFullCalendar(element);
        },
        w.element(feedUrl(first + 1)),
        widget === 'fullcalendar',
      );
      load = await painted(tab, 2, widget);
    }
    const trace = await tab.tracing.stop();
    if (TRACE_DIR) {
      mkdirSync(TRACE_DIR, { recursive: true });
      writeFileSync(join(TRACE_DIR, `${widget}-${mode}${dist === 'base' ? '-base' : ''}-${sampleNumber}.json`), trace);
    }
    return { ...load, cpu: cpuBetweenMarks(trace) };
  } finally {
    await context.close();
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

const median = (values) => percentile([...values].sort((a, b) => a - b), 0.5);

/** A case's result (as test/bench/harness.ts gives them) and a line on where its time went. */
function summarise(c, loads, samples) {
  const times = loads.map((l) => l.painted - l.arrived).sort((a, b) => a - b);
  const cpu = loads.map((l) => l.cpu).sort((a, b) => a - b);
  const chunks = new Map();
  for (const l of loads) for (const r of l.resources ?? []) (chunks.get(r.name) ?? chunks.set(r.name, []).get(r.name)).push(r.start - l.arrived);
  const fetched = [...chunks].map(([name, starts]) => `${name} asked at ${median(starts).toFixed(0)} ms`).join(', ');
  return {
    results: [
      { name: c.name, median: percentile(times, 0.5), p95: percentile(times, 0.95), samples, budgetMs: c.budgetMs, compareTo: c.compareTo },
      {
        name: c.name.replace(/^path: /, 'path, main-thread CPU: '),
        median: percentile(cpu, 0.5),
        p95: percentile(cpu, 0.95),
        samples,
        compareTo: c.compareTo?.replace(/^path: /, 'path, main-thread CPU: '),
      },
    ],
    note:
      `${c.widget} ${c.mode}${c.dist === 'base' ? ' [baseline]' : ''}: feed asked at ${median(loads.map((l) => l.requested)).toFixed(0)} ms (page time), arrived ${median(loads.map((l) => l.arrived - l.requested)).toFixed(0)} ms later` +
      `${c.widget === 'fullcalendar' ? '' : ` (${(loads[0].bytes / 1024).toFixed(0)} KB)`}; from arrival: content in the DOM ${median(loads.map((l) => l.shown - l.arrived)).toFixed(1)} ms, painted ${median(times).toFixed(1)} ms` +
      (fetched ? `; fetched after the feed was asked for (ms from arrival): ${fetched}` : ''),
  };
}

/**
 * Runs every path case at `throttle`× CPU slowdown; returns results as test/bench/harness.ts
 * gives them, and prints, per case, the medians of where the time went.
 */
export async function runPathSuite(browser, origin, throttle) {
  const results = [];
  const notes = [];
  const widgets = process.env.PATH_BENCH_WIDGETS?.split(',');
  const modes = process.env.PATH_BENCH_MODES?.split(',');
  for (const c of CASES.filter((x) => (!widgets || widgets.includes(x.widget)) && (!modes || modes.includes(x.mode)))) {
    const variants = [c];
    if (BASELINE && c.widget !== 'fullcalendar') variants.push({ ...c, dist: 'base', name: `${c.name} [baseline]`, budgetMs: undefined, compareTo: undefined });
    const loads = variants.map(() => []);
    // The first sample also fills the server's feed cache and the OS file cache: not counted.
    for (const v of variants) await sample(browser, origin, throttle, v);
    const samples = Number(process.env.PATH_BENCH_SAMPLES) || c.samples;
    for (let i = 0; i < samples; i++) for (const [n, v] of variants.entries()) loads[n].push(await sample(browser, origin, throttle, v));
    for (const [n, v] of variants.entries()) {
      const { results: rows, note } = summarise(v, loads[n], samples);
      results.push(...rows);
      notes.push(note);
    }
  }
  return { results, notes };
}
