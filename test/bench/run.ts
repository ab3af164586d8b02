// Every benchmark suite registers itself on import; scripts/bench.mjs calls runBenchmarks().
import { runAll } from './harness.js';
import './feed.bench.js';
import './finder.bench.js';
import './calendar.bench.js';

declare global {
  interface Window {
    runBenchmarks: typeof runAll;
    benchmarksReady: boolean;
  }
}

window.runBenchmarks = runAll;
window.benchmarksReady = true;
