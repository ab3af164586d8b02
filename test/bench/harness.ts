/** A tiny benchmark harness: warm-up, then timed samples; reports median and p95. */
export interface BenchResult {
  name: string;
  median: number;
  p95: number;
  samples: number;
  /** The figure the issue sets (ms); the median is compared with it. */
  budgetMs?: number;
  /** Name of another case this one is compared with: the table prints median / its median. */
  compareTo?: string;
}

export interface BenchCase {
  name: string;
  budgetMs?: number;
  /** Name of another case (e.g. the same work in FullCalendar) to print a median ratio against. */
  compareTo?: string;
  samples?: number;
  /** Optional per-sample set-up that is not timed. */
  setup?: () => unknown | Promise<unknown>;
  run: (prepared: unknown) => unknown | Promise<unknown>;
}

const cases: BenchCase[] = [];

/** Returned by a case's `run` to report its own figure instead of the time `run` took. */
export class Measured {
  constructor(readonly ms: number) {}
}

export function bench(benchCase: BenchCase): void {
  cases.push(benchCase);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export async function runAll(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const c of cases) {
    const samples = c.samples ?? 30;
    for (let i = 0; i < 3; i++) await c.run(await c.setup?.());
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const prepared = await c.setup?.();
      const t0 = performance.now();
      const out = await c.run(prepared);
      // A case may measure something other than its own wall time (e.g. the longest pause it caused).
      times.push(out instanceof Measured ? out.ms : performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    results.push({ name: c.name, median: percentile(times, 0.5), p95: percentile(times, 0.95), samples, budgetMs: c.budgetMs, compareTo: c.compareTo });
  }
  return results;
}
