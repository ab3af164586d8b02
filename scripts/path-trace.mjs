// Where a path sample's time went: `node scripts/path-trace.mjs <trace.json>…` reads traces that
// `PATH_BENCH_TRACE=<folder> npm run bench -- path` wrote, and prints for the stretch from the
// probe's `path:arrived` to `path:painted` mark, on the page's main thread:
// - each task (its wall time, and the main kinds of work inside it: script, GC, style, layout, paint);
// - the sampled CPU profile's self time by function, mapped through dist/'s source maps to the
//   source file and line (summed over every trace given).
// For finding what to change; the figures themselves come from the bench without tracing.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

const ROOT = process.cwd();
const KINDS = {
  script: ['RunMicrotasks', 'FunctionCall', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.run'],
  gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GCScavenger', 'BlinkGC.AtomicPhase', 'V8.GC_MARK_COMPACTOR'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'Commit', 'PaintImage'],
};

const maps = new Map();
function mapperFor(url) {
  if (maps.has(url)) return maps.get(url);
  const match = url && /\/path-bench\/(?:dist|base)\/(.*)$/.exec(url);
  const file = match && join(ROOT, 'dist', match[1] + '.map');
  const consumer = file && existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
  maps.set(url, consumer);
  return consumer;
}

function where(frame) {
  const consumer = mapperFor(frame.url);
  const name = frame.functionName || '(anonymous)';
  if (!consumer) return `${name} ${(frame.url ?? '').replace(/^.*\//, '') || '(native)'}`;
  const pos = consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  return pos.source ? `${pos.name ?? name} ${pos.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${pos.line}` : `${name} ${frame.url.replace(/^.*\//, '')}`;
}

const selfByFunction = new Map();
/** Per function, the sampled time with it on the stack (each sample counted once per function). */
const totalByFunction = new Map();
for (const path of process.argv.slice(2)) {
  const { traceEvents } = JSON.parse(readFileSync(path, 'utf8'));
  const arrived = traceEvents.filter((e) => e.name === 'path:arrived').at(-1);
  const painted = traceEvents.filter((e) => e.name === 'path:painted').at(-1);
  if (!arrived || !painted) {
    console.log(`${path}: no marks`);
    continue;
  }
  const { pid, tid } = arrived;
  const onMain = traceEvents.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts + (e.dur ?? 0) >= arrived.ts && e.ts <= painted.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  console.log(`\n${path}: arrived → painted ${((painted.ts - arrived.ts) / 1000).toFixed(1)} ms wall`);
  for (const task of tasks) {
    if (task.dur < 500) continue;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
    const kinds = Object.entries(KINDS)
      .map(([kind, names]) => {
        // Outermost events of the kind only, so nested ones are not counted twice.
        const events = inside.filter((e) => names.includes(e.name));
        const outer = events.filter((e) => !events.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
        const ms = outer.reduce((sum, e) => sum + e.dur, 0) / 1000;
        return ms >= 0.5 ? `${kind} ${ms.toFixed(1)}` : '';
      })
      .filter(Boolean)
      .join(', ');
    console.log(`  +${((task.ts - arrived.ts) / 1000).toFixed(1).padStart(6)} ms  task ${(task.dur / 1000).toFixed(1).padStart(6)} ms  ${kinds}`);
  }

  // The sampled profile: a Profile event, then ProfileChunks with nodes, samples and time deltas.
  const nodes = new Map();
  let time = 0;
  for (const e of traceEvents.filter((x) => x.name === 'Profile' || x.name === 'ProfileChunk')) {
    if (e.name === 'Profile') {
      time = e.args.data.startTime;
      continue;
    }
    const data = e.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(`${e.id}:${node.id}`, { frame: node.callFrame, parent: node.parent && `${e.id}:${node.parent}` });
    const samples = data.cpuProfile?.samples ?? [];
    for (const [i, sample] of samples.entries()) {
      time += data.timeDeltas[i];
      const node = nodes.get(`${e.id}:${sample}`);
      if (!node || time < arrived.ts || time > painted.ts) continue;
      const ms = (data.timeDeltas[i + 1] ?? data.timeDeltas[i]) / 1000;
      const key = where(node.frame);
      selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + ms);
      const onStack = new Set();
      for (let n = node; n; n = nodes.get(n.parent)) onStack.add(where(n.frame));
      for (const k of onStack) totalByFunction.set(k, (totalByFunction.get(k) ?? 0) + ms);
    }
  }
}

const rows = [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40));
if (rows.length) {
  console.log('\nsampled self time between the marks, summed over the traces (ms):');
  for (const [key, ms] of rows) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
}
const totals = [...totalByFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40));
if (totals.length) {
  console.log('\nsampled time with the function on the stack, summed over the traces (ms):');
  for (const [key, ms] of totals) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
}
