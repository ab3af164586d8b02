/**
 * Expands a feed's events for a range a slice at a time, so a feed whose range holds a great
 * many sessions (5,000 daily series: 140,000 in the list's four weeks) is expanded over several
 * short tasks instead of one that blocks the page for seconds. The element calls `run()` on each
 * render and renders again in a new task until it returns the occurrences. A feed whose range
 * fits one slice (every real programme seen so far) is done in the first call, as before.
 * The result is `expandEvents`' over all the events: the slices' sorted runs are merged as they
 * come, the smaller into the larger (a binary counter), so merging costs n·log(slices) comparisons.
 */
import type { FeedEvent } from '../data/feed-schema.js';
import { compareOccurrences, expandEvents, type Occurrence } from './occurrences.js';

/** Events expanded per step: a step makes at most one occurrence per event per day of the range. */
const STEP = 50;
/** Work one task does before it yields: occurrences made or merged, plus events read. */
export const SLICE = 5000;

function merge(a: Occurrence[], b: Occurrence[]): Occurrence[] {
  const out = new Array<Occurrence>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareOccurrences(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/**
 * Expands `events` for the range, yielding after about `SLICE` of work (expanding the next
 * events; once all are expanded, merging the last two runs). Returns every occurrence, sorted,
 * when done. It finishes without yielding when it all fits one slice; otherwise it yields once
 * more before returning, so the last merge and the render of thousands of sessions do not share a task.
 */
export function* expandSliced(
  events: readonly FeedEvent[],
  start: string,
  end: string,
  timeZone: string,
): Generator<void, Occurrence[]> {
  const runs: Occurrence[][] = [];
  let work = 0;
  let sliced = false;
  for (let next = 0; next < events.length || runs.length > 1; ) {
    if (work >= SLICE) {
      yield;
      sliced = true;
      work = 0;
    }
    let run: Occurrence[];
    if (next < events.length) {
      run = expandEvents(events.slice(next, (next += STEP)), start, end, { timeZone });
      work += STEP + run.length;
      // A binary counter: runs of like length merge as they come, n·log(steps) comparisons in all.
      while (runs.length && runs.at(-1)!.length <= run.length) {
        run = merge(runs.pop()!, run);
        work += run.length;
      }
    } else {
      const last = runs.pop()!;
      run = merge(runs.pop()!, last);
      work += run.length;
    }
    runs.push(run);
  }
  if (sliced) yield;
  return runs[0] ?? [];
}
