// Each benchmark suite registers itself on import; scripts/bench.mjs opens this page once per
// suite (`?suite=finder`) and calls runBenchmarks(). One suite per page: a suite's leftovers
// (5,000 services and their index, FullCalendar's DOM, a full heap to collect) would otherwise
// slow the suites after it.
import { runAll } from './harness.js';

const SUITES: Record<string, () => Promise<unknown>> = {
  feed: () => import('./feed.bench.js'),
  finder: () => import('./finder.bench.js'),
  calendar: () => import('./calendar.bench.js'),
  hostile: () => import('./hostile.bench.js'),
  signup: () => import('./signup.bench.js'),
  feedback: () => import('./feedback.bench.js'),
};

declare global {
  interface Window {
    runBenchmarks: typeof runAll;
    benchmarksReady: boolean;
    benchmarkSuites: string[];
  }
}

window.benchmarkSuites = Object.keys(SUITES);
const suite = new URLSearchParams(location.search).get('suite') ?? '';
if (SUITES[suite]) await SUITES[suite]();
// A page without a known suite would time nothing and report nothing: say so instead.
window.runBenchmarks = SUITES[suite]
  ? runAll
  : () => Promise.reject(new Error(`Open with ?suite= one of: ${Object.keys(SUITES).join(', ')} (got "${suite}")`));
window.benchmarksReady = true;
