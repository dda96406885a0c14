import { performance } from 'perf_hooks';

/**
 * Watches how long the event loop is held, counted in this process's CPU time rather than wall time.
 *
 * A timer ticks every `intervalMs`; a tick that comes late means the loop was held. Wall time alone also counts
 * the time the operating system gave the two cores to other processes (CI runs the SQLite and PostgreSQL suites
 * side by side): a 90 ms parse measured 150-290 ms there. So each late tick counts the smaller of its delay and
 * the CPU the process used since the tick before. A held loop spends CPU on the main thread, and that CPU is
 * counted whatever else the machine runs. Work on other threads (the GC's helpers, zlib in the thread pool) can
 * only raise the CPU side, and it is capped by the delay. So a held loop reads as the time it was held on a core,
 * less at most one interval (as with monitorEventLoopDelay, the delay is counted from when the tick was due).
 */
export interface LoopHold {
  /** Longest hold seen: min(tick delay, process CPU since the previous tick), in ms. */
  heldMs: number;
  /** Longest tick delay in wall time (what monitorEventLoopDelay reports), in ms: for the log. */
  delayMs: number;
}

const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

export function watchLoopHold(intervalMs = 10): { stop(): LoopHold } {
  let lastWall = performance.now();
  let lastCpu = cpuMs();
  const longest: LoopHold = { heldMs: 0, delayMs: 0 };
  const sample = () => {
    const wall = performance.now();
    const cpu = cpuMs();
    const delay = Math.max(0, wall - lastWall - intervalMs);
    longest.delayMs = Math.max(longest.delayMs, delay);
    longest.heldMs = Math.max(longest.heldMs, Math.min(delay, cpu - lastCpu));
    lastWall = wall;
    lastCpu = cpu;
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      // The stretch since the last tick counts too: a hold that ends the attack is not left out.
      sample();
      return { ...longest };
    },
  };
}
