/**
 * The cache epoch: a value that is part of every cache key, shared by every process through the database. An
 * eviction that could not be delivered (store down, hung, or the breaker open) replaces it, so no process serves
 * a response cached before that change: this process at once, the others within `ttlMs` (they re-read it that
 * often). A new epoch is used here as soon as it is made, even before it is saved; a value read from the
 * database never replaces one not yet saved, nor one made while the read was under way.
 */
export interface EpochSource {
  read(): Promise<string | null>;
  write(epoch: string): Promise<void>;
}

export interface EpochClock {
  /** The epoch to key this request's entries with; null when it cannot be known (the database failed). */
  current(): Promise<string | null>;
  /** Makes a new epoch (distrusting every entry cached before now); resolves true once it is saved. */
  bump(): Promise<boolean>;
  /** Whether a new epoch is still waiting to be saved. */
  unsaved(): boolean;
}

export interface EpochOptions {
  ttlMs: number;
  now?: () => number;
  makeEpoch?: () => string;
}

const randomEpoch = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function createEpochClock(
  source: EpochSource,
  { ttlMs, now = Date.now, makeEpoch = randomEpoch }: EpochOptions,
): EpochClock {
  let value: string | null = null;
  let checkedAt = -Infinity;
  /** Changes at every bump and every save: a read started before either is not applied. */
  let version = 0;
  let pending: string | null = null;
  let refreshing: Promise<string | null> | null = null;

  const save = async (epoch: string): Promise<boolean> => {
    try {
      await source.write(epoch);
    } catch {
      return false; // retried at the next refresh; this process keeps using it meanwhile
    }
    if (pending === epoch) {
      pending = null;
      version += 1;
      checkedAt = now();
    }
    return true;
  };

  const refresh = async (): Promise<string | null> => {
    if (pending !== null) {
      await save(pending);
      checkedAt = now();
      return value;
    }
    const started = version;
    let read: string | null;
    try {
      read = await source.read();
    } catch {
      return version === started ? null : value;
    }
    if (version !== started) return value;
    value = read ?? 'initial';
    checkedAt = now();
    return value;
  };

  return {
    async current() {
      if (value !== null && now() - checkedAt < ttlMs) return value;
      refreshing ??= refresh().finally(() => {
        refreshing = null;
      });
      return refreshing;
    },
    bump() {
      value = makeEpoch();
      pending = value;
      version += 1;
      checkedAt = now();
      return save(value);
    },
    unsaved: () => pending !== null,
  };
}
