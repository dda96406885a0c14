/**
 * Linear-time check for tests (test support, not runtime code). Compares the best of several
 * timings of `run` on inputs of size n and 10n: linear work gives a ratio near 10, quadratic near
 * 100. Timed in this process's CPU time, not wall-clock time, so waiting for a core on a busy
 * machine (CI runs several suites at once) does not count; best-of-N and a loose bound absorb the rest.
 */
const ROUNDS = 7;

const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

function bestTime(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    const started = cpuMicros();
    run();
    best = Math.min(best, cpuMicros() - started);
  }
  // CPU time is counted in microseconds: never 0, so a ratio stays finite.
  return Math.max(best, 1);
}

/** The ratio of best times for `makeInput(10 * size)` and `makeInput(size)` under `process`. */
export function growthRatio<T>(size: number, makeInput: (size: number) => T, process: (input: T) => void): number {
  const small = makeInput(size);
  const large = makeInput(size * 10);
  process(small); // warm up the JIT before timing
  process(large);
  return bestTime(() => process(large)) / bestTime(() => process(small));
}

/** Below this ratio for 10x the input the work is linear (with room for noise); quadratic is ~100. */
export const LINEAR_GROWTH_LIMIT = 40;
