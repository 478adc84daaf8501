// Timing for the benchmarks: a run's wall time, percentiles, and the interleaved comparison of a data function
// with its hand-written reference, so both see the same machine at the same moment.

export const WARM_UP_RUNS = 20;

export const percentile = (timings: number[], share: number) => [...timings].sort((a, b) => a - b)[Math.ceil(timings.length * share) - 1];
export const p95 = (timings: number[]) => percentile(timings, 0.95);

export async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export interface Comparison {
  fnTimes: number[];
  refTimes: number[];
  fnP95: number;
  refP95: number;
  /** p95 of the function over p95 of the reference. */
  ratio: number;
}

/** `runs` timed runs of each after the warm-up, alternating function and reference run by run. */
export async function compare(fn: () => Promise<unknown>, reference: () => Promise<unknown>, runs: number): Promise<Comparison> {
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    await fn();
    await reference();
  }
  const fnTimes: number[] = [];
  const refTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    fnTimes.push(await time(fn));
    refTimes.push(await time(reference));
  }
  const [fnP95, refP95] = [p95(fnTimes), p95(refTimes)];
  return { fnTimes, refTimes, fnP95, refP95, ratio: fnP95 / refP95 };
}
