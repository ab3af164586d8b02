/**
 * How long work blocks the page, for "no task over 1 s" checks (a generous bound, so a busy
 * machine cannot make a test flaky; the 200 ms goal is measured in `npm run bench`). The one
 * place tests time tasks: where the browser reports long tasks (Chromium) they are observed, and
 * in every browser (Firefox has no 'longtask' entries) the synchronous steps are timed with
 * `performance.now()`. The result is the longest of both.
 */

/** What a watched piece of work can time by itself. */
export interface TaskWatch {
  /** Runs `work` now and times it: a synchronous call is one task, or part of one. */
  step<T>(work: () => T): T;
}

export interface WatchOptions {
  /** Custom elements (Lit) whose every update is timed while the work runs: a render is synchronous. */
  updatesOf?: readonly CustomElementConstructor[];
}

type Step = TaskWatch['step'];

/** Times each update of `element`'s instances (Lit's `performUpdate`: willUpdate, render, commit, updated); returns the undo. */
function timeUpdates(element: CustomElementConstructor, step: Step): () => void {
  const proto = element.prototype as { performUpdate(): void };
  const own = Object.prototype.hasOwnProperty.call(proto, 'performUpdate');
  const original = proto.performUpdate;
  proto.performUpdate = function (this: unknown) {
    step(() => original.call(this));
  };
  return () => {
    if (own) proto.performUpdate = original;
    else delete (proto as Partial<typeof proto>).performUpdate;
  };
}

/**
 * The longest task (ms) while `work` runs, which may await anything: the long tasks observed
 * (Chromium), the steps `work` runs through `watch.step`, and each update of `updatesOf`.
 */
export async function longestTaskWhile(
  work: (watch: TaskWatch) => Promise<void> | void,
  options: WatchOptions = {},
): Promise<number> {
  // Start in a task of its own: the current one (which may hold earlier tests' work) has ended
  // before anything is observed, so its long-task entry is not counted here.
  await new Promise((resolve) => setTimeout(resolve));
  // Earlier tests' garbage (a calendar of 140,000 sessions) is collected now, where the test
  // browser allows it (Chromium runs with --expose-gc), so a collection of it is not counted as
  // this work's task; collections of what the work itself makes still are.
  (globalThis as { gc?: () => void }).gc?.();
  // And the collection's own task ends before the observer below starts (it would report it).
  await new Promise((resolve) => setTimeout(resolve));
  let longest = 0;
  const note = (ms: number) => {
    longest = Math.max(longest, ms);
  };
  const observed = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
  const observer = observed ? new PerformanceObserver((list) => list.getEntries().forEach((e) => note(e.duration))) : undefined;
  observer?.observe({ type: 'longtask' });
  const step: Step = (run) => {
    const start = performance.now();
    try {
      return run();
    } finally {
      note(performance.now() - start);
    }
  };
  const undo = (options.updatesOf ?? []).map((element) => timeUpdates(element, step));
  try {
    await work({ step });
    if (observer) {
      // The last task has ended once another starts; its long-task entry is queued by then.
      await new Promise((resolve) => setTimeout(resolve));
      observer.takeRecords().forEach((e) => note(e.duration));
    }
  } finally {
    undo.forEach((restore) => restore());
    observer?.disconnect();
  }
  return longest;
}

/** The longest task (ms) while synchronous `work` runs as a task of its own. */
export function longestTask(work: () => void): Promise<number> {
  return longestTaskWhile(
    ({ step }) =>
      new Promise<void>((resolve, reject) => {
        setTimeout(() => {
          try {
            step(work);
            resolve();
          } catch (error) {
            reject(error);
          }
        });
      }),
  );
}

/**
 * What a test counts as blocking the page: a task (or one synchronous call) longer than this.
 * Generous on purpose, so the tests stay free of timing: a busy 2-core machine running two suites
 * at once stretched 300 ms tasks past 1 s, while unbounded work (every session of a 5,000-a-day
 * month drawn, a series stepped day by day from the year 100, a backtracking regular expression)
 * takes far longer than this on any machine. The 200 ms goal is measured by `npm run bench`.
 */
export const HANG_MS = 3000;
