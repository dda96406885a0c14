import { spawn } from 'child_process';
import path from 'path';
import { watchLoopHold } from '../helpers/loop-hold';

/** Holds the loop until this process has used `ms` of CPU (wall time would stretch on a busy machine). */
const spin = (ms: number) => {
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const until = cpu() + ms;
  while (cpu() < until) {
    // holds the loop on purpose
  }
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchLoopHold: how long the event loop is held, in CPU time', () => {
  it('counts a loop held on a core', async () => {
    const watch = watchLoopHold();
    await sleep(30);
    spin(120);
    await sleep(30);
    const { heldMs, delayMs } = watch.stop();
    expect(delayMs).toBeGreaterThanOrEqual(100);
    expect(heldMs).toBeGreaterThanOrEqual(100);
  });

  it('reads close to nothing for a loop that only waits', async () => {
    const watch = watchLoopHold();
    await sleep(150);
    expect(watch.stop().heldMs).toBeLessThan(40);
  });

  it('does not count the time the process was stopped (what another process taking the cores looks like)', async () => {
    // A child watches its own idle loop; this process stops it with SIGSTOP for 400 ms, then lets it go on.
    const script = `
      const { watchLoopHold } = require(${JSON.stringify(path.join(__dirname, '../helpers/loop-hold'))});
      const watch = watchLoopHold();
      process.stdout.write('ready\\n');
      setTimeout(() => { process.stdout.write(JSON.stringify(watch.stop()) + '\\n'); }, 1200);
    `;
    const child = spawn(process.execPath, ['-r', 'esbuild-register', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    const ended = new Promise<void>((resolve) => child.on('close', () => resolve()));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready')) resolve();
      }),
    );
    await sleep(100);
    child.kill('SIGSTOP');
    await sleep(400);
    child.kill('SIGCONT');
    await ended;
    const hold = JSON.parse(output.split('\n')[1]) as { heldMs: number; delayMs: number };
    expect(hold.delayMs).toBeGreaterThanOrEqual(350);
    expect(hold.heldMs).toBeLessThan(60);
  });
});
