/**
 * Progress bars for the long-running scripts (cli-progress), on stderr so that stdout stays clean
 * for --json output; when stderr is not a terminal nothing is drawn.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  /** Starts a phase of `total` steps (0 when unknown). */
  start(phase: string, total: number, unit: string): void;
  update(value: number, total?: number): void;
  stop(): void;
}

export function createProgress(): Progress {
  const bar = new SingleBar({
    format: '{phase} [{bar}] {percentage}% | {value}/{total} {unit} | {duration_formatted}',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: false,
    noTTYOutput: false,
    stream: process.stderr,
  });
  let running = false;
  return {
    start(phase, total, unit) {
      if (running) bar.stop();
      bar.start(Math.max(total, 1), 0, { phase: phase.padEnd(9), unit });
      running = true;
    },
    update(value, total) {
      if (total !== undefined && total > 0) bar.setTotal(total);
      bar.update(value);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
