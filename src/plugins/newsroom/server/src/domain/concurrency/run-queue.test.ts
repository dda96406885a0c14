import { RunQueue } from './run-queue';

/** A job whose runs end when the test says, each reading the `committed` counter when it starts. */
function job() {
  const state = { committed: 0, starts: [] as number[], finish: [] as Array<(error?: Error) => void> };
  const start = () =>
    new Promise<number>((resolve, reject) => {
      const seen = state.committed;
      state.starts.push(seen);
      state.finish.push((error) => (error ? reject(error) : resolve(seen)));
    });
  return { state, start };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('one run at a time, with the calls made during a run served by one run after it', () => {
  it('starts at once when idle, and queues one shared run behind a run in progress', async () => {
    const queue = new RunQueue<number>();
    const { state, start } = job();
    const ask = (): Promise<number> => queue.run(start, ask);
    const first = ask();
    expect(state.starts).toEqual([0]);
    state.committed = 1; // a commit after the first run read its sources
    const second = ask();
    const third = ask();
    expect(second).toBe(third);
    expect(second).not.toBe(first);
    expect(state.starts).toEqual([0]); // nothing starts while a run is in progress
    state.finish[0]();
    await expect(first).resolves.toBe(0);
    await turn();
    expect(state.starts).toEqual([0, 1]); // the queued run starts after it and sees the commit
    state.finish[1]();
    await expect(second).resolves.toBe(1);
  });

  it('runs the queued run after a failed one, and queues again behind the queued run once it runs', async () => {
    const queue = new RunQueue<number>();
    const { state, start } = job();
    const ask = (): Promise<number> => queue.run(start, ask);
    const failing = ask();
    const queued = ask();
    state.finish[0](new Error('SMTP down'));
    await expect(failing).rejects.toThrow('SMTP down');
    await turn();
    expect(state.starts).toHaveLength(2);
    state.committed = 2;
    const later = ask(); // during the queued run, which is now the one running
    expect(later).not.toBe(queued);
    state.finish[1]();
    await expect(queued).resolves.toBe(0);
    await turn();
    expect(state.starts).toEqual([0, 0, 2]);
    state.finish[2]();
    await expect(later).resolves.toBe(2);
  });

  it('lets the queued run decide whether it is still wanted (a closed service answers without running)', async () => {
    const queue = new RunQueue<number>();
    const { state, start } = job();
    let closed = false;
    const ask = (): Promise<number> => (closed ? Promise.resolve(-1) : queue.run(start, ask));
    const first = ask();
    const queued = ask();
    closed = true;
    const drained = queue.drained();
    state.finish[0]();
    await expect(first).resolves.toBe(0);
    await expect(queued).resolves.toBe(-1);
    await drained;
    expect(state.starts).toHaveLength(1);
  });

  it('is drained only when the run in progress and the queued one have both settled', async () => {
    const queue = new RunQueue<number>();
    const { state, start } = job();
    const ask = (): Promise<number> => queue.run(start, ask);
    void ask();
    void ask().catch(() => 0);
    let drained = false;
    const waiting = queue.drained().then(() => {
      drained = true;
    });
    state.finish[0]();
    await turn();
    expect(drained).toBe(false);
    state.finish[1](new Error('late failure'));
    await waiting;
    expect(drained).toBe(true);
  });
});
