import type { Page } from 'playwright-core';

/**
 * One figure of `npm run bench`: ours beside its anchor, measured in the same run.
 * `ratio` is how many times better ours is than the anchor (> 1 = ahead), whichever way "better" points.
 */
export interface Figure {
  id: string;
  ours: number;
  anchor: number;
  unit: string;
  ratio: number;
  /** What the anchor is, in a few words (printed, not written to results.json). */
  anchorName?: string;
}

/**
 * A benchmark module under `bench/` (file name `*.bench.ts`) default-exports one of these.
 * `where: 'node'` runs `run()` in this process; `where: 'browser'` receives a playwright-core `Page`
 * on a Vite dev server serving the repository root, and drives it.
 */
export type Benchmark =
  | { name: string; where: 'node'; run(): Promise<Figure[]> | Figure[] }
  | {
      name: string;
      where: 'browser';
      run(context: { page: Page; baseUrl: string }): Promise<Figure[]>;
    };

/** Higher is better (throughput): ratio = ours / anchor. */
export function higherIsBetter(
  id: string,
  ours: number,
  anchor: number,
  unit: string,
  anchorName?: string,
): Figure {
  return { id, ours, anchor, unit, ratio: ours / anchor, anchorName };
}

/** Lower is better (time, count): ratio = anchor / ours. */
export function lowerIsBetter(
  id: string,
  ours: number,
  anchor: number,
  unit: string,
  anchorName?: string,
): Figure {
  return { id, ours, anchor, unit, ratio: anchor / ours, anchorName };
}

/** Median of samples. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Operations per second of `fn`, as the median of `rounds` timed rounds of `iterations` calls each.
 * Rounds of ours and the anchor should be interleaved by the caller for fairness on a noisy machine.
 */
export function opsPerSecond(fn: (i: number) => unknown, iterations: number, rounds = 7): number {
  const samples: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) if (fn(i)) sink++;
    samples.push(iterations / ((performance.now() - start) / 1000));
  }
  if (sink === -1) console.log(sink);
  return median(samples);
}
