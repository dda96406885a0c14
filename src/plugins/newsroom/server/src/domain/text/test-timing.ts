/**
 * Linear-time check for tests (test support, not runtime code). Compares the best of several
 * timings of `run` on inputs of size n and 10n: linear work gives a ratio near 10, quadratic near
 * 100. Best-of-N and a loose bound keep the check stable on a busy machine.
 */
const ROUNDS = 5;

function bestTime(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - started));
  }
  return best;
}

/** The ratio of best times for `makeInput(10 * size)` and `makeInput(size)` under `process`. */
export function growthRatio<T>(size: number, makeInput: (size: number) => T, process: (input: T) => void): number {
  const small = makeInput(size);
  const large = makeInput(size * 10);
  process(small); // warm up the JIT before timing
  return bestTime(() => process(large)) / bestTime(() => process(small));
}

/** Below this ratio for 10x the input the work is linear (with room for noise); quadratic is ~100. */
export const LINEAR_GROWTH_LIMIT = 40;
