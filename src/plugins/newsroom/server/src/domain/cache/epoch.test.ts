import { createEpochClock, type EpochSource } from './epoch';

/** A database that answers when told to, so a test can interleave reads and writes. */
const fakeDatabase = (initial: string | null) => {
  let stored = initial;
  let failing = false;
  const held: Array<() => void> = [];
  let holding = false;
  const gate = () => (holding ? new Promise<void>((resolve) => held.push(resolve)) : Promise.resolve());
  const source: EpochSource = {
    async read() {
      await gate();
      if (failing) throw new Error('database down');
      return stored;
    },
    async write(epoch) {
      if (failing) throw new Error('database down');
      stored = epoch;
    },
  };
  return {
    source,
    stored: () => stored,
    setStored: (value: string) => (stored = value),
    fail: (value: boolean) => (failing = value),
    hold: () => (holding = true),
    release: () => {
      holding = false;
      for (const resolve of held.splice(0)) resolve();
    },
  };
};

const setup = (initial: string | null) => {
  let time = 0;
  let made = 0;
  const database = fakeDatabase(initial);
  const clock = createEpochClock(database.source, {
    ttlMs: 1000,
    now: () => time,
    makeEpoch: () => `new-${(made += 1)}`,
  });
  return { database, clock, advance: (ms: number) => (time += ms) };
};

describe('createEpochClock', () => {
  it('reads the shared epoch once per ttl, and sees another process’s bump after at most the ttl', async () => {
    const { database, clock, advance } = setup('e1');
    expect(await clock.current()).toBe('e1');
    database.setStored('e2'); // another instance distrusted everything
    advance(999);
    expect(await clock.current()).toBe('e1');
    advance(1);
    expect(await clock.current()).toBe('e2');
  });

  it('uses a bumped epoch at once and saves it for the others', async () => {
    const { database, clock } = setup('e1');
    expect(await clock.current()).toBe('e1');
    const saved = clock.bump();
    expect(await clock.current()).toBe('new-1');
    expect(await saved).toBe(true);
    expect(database.stored()).toBe('new-1');
    expect(clock.unsaved()).toBe(false);
  });

  it('never goes back to the old epoch when a read started before the bump answers after it', async () => {
    const { database, clock, advance } = setup('e1');
    await clock.current();
    advance(1000);
    database.hold();
    const racing = clock.current(); // reads 'e1' from the database, held
    await clock.bump();
    database.setStored('e1'); // as if the read had been answered before the write landed
    database.release();
    expect(await racing).toBe('new-1');
    expect(await clock.current()).toBe('new-1');
  });

  it('keeps an epoch it could not save, retries saving it, and does not take the database’s older one meanwhile', async () => {
    const { database, clock, advance } = setup('e1');
    await clock.current();
    database.fail(true);
    expect(await clock.bump()).toBe(false);
    expect(clock.unsaved()).toBe(true);
    advance(1000);
    expect(await clock.current()).toBe('new-1');
    database.fail(false);
    advance(1000);
    expect(await clock.current()).toBe('new-1');
    expect(database.stored()).toBe('new-1');
    expect(clock.unsaved()).toBe(false);
  });

  it('answers null (no cache) while the epoch cannot be read, and a first value when none was ever stored', async () => {
    const { database, clock } = setup(null);
    database.fail(true);
    expect(await clock.current()).toBeNull();
    database.fail(false);
    expect(await clock.current()).toBe('initial');
  });
});
