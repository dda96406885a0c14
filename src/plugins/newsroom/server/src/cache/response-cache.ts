import type { Core } from '@strapi/strapi';
import { databaseEpochSource } from './epoch-source';
import { createMemoryStore } from './memory-store';
import { createRedisStore } from './redis-store';
import type { CachedResponse, ResponseStore } from './types';
import { createBreaker, type Breaker } from '../domain/cache/breaker';
import { createEpochClock, type EpochClock } from '../domain/cache/epoch';
import { docTag, listTag, relationsTag, slugTag } from '../domain/cache/response';
import { pluginConfig } from '../plugin-config';

type Attempt<T> = { ok: true; value: T } | { ok: false };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `work`, or a rejection after `ms` (the work itself is left to finish or fail on its own). */
const withDeadline = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

/**
 * The public response cache: the store (Redis or memory, from the configuration), and eviction by tag.
 * A store failure never fails or slows a request: every call is bounded (`timeoutMs`), a circuit breaker
 * stops calling a failing store for a while, and the response is computed as if there were no cache. An
 * eviction that could not be delivered replaces the cache epoch (in every key, shared through the database),
 * so nothing cached before it is served again, by this instance or any other.
 */
const responseCache = ({ strapi }: { strapi: Core.Strapi }) => {
  let store: ResponseStore | null = null;
  let breaker: Breaker | null = null;
  let lastEpoch: string | null = null;
  let warned = false;
  const epochs: EpochClock = createEpochClock(databaseEpochSource(strapi), {
    ttlMs: pluginConfig(strapi, 'cache').epochTtlMs,
  });

  const config = () => pluginConfig(strapi, 'cache');
  const storeOf = (): ResponseStore => {
    const { redisUrl, failSafe, timeoutMs, evictTimeoutMs, connectTimeoutMs } = config();
    const onError = (error: Error) => strapi.log.debug(`[newsroom] redis: ${error.message}`);
    const commandTimeoutMs = Math.max(timeoutMs, evictTimeoutMs);
    store ??= redisUrl
      ? createRedisStore(redisUrl, { failSafe, timeoutMs: commandTimeoutMs, connectTimeoutMs, onError })
      : createMemoryStore();
    return store;
  };
  const breakerOf = (): Breaker => (breaker ??= createBreaker(config()));

  /** One store call: within the timeout, and not at all while the breaker is open. */
  const attempt = async <T>(
    work: (store: ResponseStore) => Promise<T>,
    deadlineMs = config().timeoutMs,
  ): Promise<Attempt<T>> => {
    const { failSafe, coolDownMs } = config();
    if (!failSafe) {
      try {
        return { ok: true, value: await work(storeOf()) };
      } catch (error) {
        if (!warned) strapi.log.warn(`[newsroom] response cache unavailable: ${messageOf(error)}`);
        warned = true;
        return { ok: false };
      }
    }
    const guard = breakerOf();
    if (!guard.allow()) return { ok: false };
    try {
      const value = await withDeadline(work(storeOf()), deadlineMs);
      if (guard.state() !== 'closed') strapi.log.info('[newsroom] response cache store answers again');
      guard.success();
      return { ok: true, value };
    } catch (error) {
      if (guard.failure())
        strapi.log.warn(
          `[newsroom] response cache store failing (${messageOf(error)}): left alone for ${coolDownMs} ms, requests are answered without it`,
        );
      return { ok: false };
    }
  };

  /** After an eviction that may not have reached the store: no response cached before now is trusted again. */
  const distrustEverything = (why: string) => {
    if (!config().failSafe) return;
    strapi.log.warn(
      `[newsroom] response cache: ${why}; every response cached before now is distrusted (new cache epoch)`,
    );
    epochs
      .bump()
      .then((saved) => {
        if (!saved)
          strapi.log.warn(
            '[newsroom] response cache: the new epoch could not be saved to the database yet (retried); other instances may serve older responses until it is',
          );
      })
      .catch(() => undefined);
  };

  const evict = async (tags: readonly string[], deadlineMs: number): Promise<number> => {
    const result = await attempt((s) => s.evict(tags), deadlineMs);
    if (!result.ok) distrustEverything('an eviction could not be delivered');
    return result.ok ? result.value : 0;
  };

  return {
    enabled: (): boolean => config().enabled,
    kind: () => storeOf().kind,
    /**
     * Connects the store ahead of the first request (whose calls would fail while it connects), waiting at most
     * connectTimeoutMs: a Redis that is down delays the start by that much, then requests go without it.
     */
    async connect(): Promise<void> {
      if (!config().enabled) return;
      if (!(await storeOf().ready(config().connectTimeoutMs)))
        strapi.log.warn(
          '[newsroom] response cache store not reachable at start: requests are answered without it until it is',
        );
    },
    /**
     * What to prefix this request's cache key with: the current epoch (re-read from the database at most every
     * epochTtlMs); null when it cannot be known, and the request is then answered without the cache.
     */
    async epoch(): Promise<string | null> {
      if (!config().failSafe) return 'unguarded';
      const epoch = await epochs.current();
      // Entries of an older epoch are never read again: free the memory they hold.
      if (epoch !== null && lastEpoch !== null && epoch !== lastEpoch && store?.kind === 'memory') await store.clear();
      if (epoch !== null) lastEpoch = epoch;
      return epoch;
    },
    get: async (key: string): Promise<CachedResponse | null> => {
      const result = await attempt((s) => s.get(key));
      return result.ok ? result.value : null;
    },
    generation: async (): Promise<string> => {
      const result = await attempt((s) => s.generation());
      return result.ok ? result.value : 'unavailable';
    },
    put: async (key: string, response: CachedResponse, tags: readonly string[], generation: string): Promise<void> => {
      if (generation !== 'unavailable')
        await attempt((s) => s.put(key, response, tags, config().ttlSeconds, generation));
    },
    /**
     * After a change to documents of `uid`: evicts what shows them, the lists of their type, the lookups of
     * their slugs, and the relation lists of the documents they are (or were) linked to. `deadlineMs` shortens the
     * wait for a caller that holds a transaction (its locks would hold every other writer, and on SQLite every read,
     * for as long): a missed deadline is safe, it replaces the cache epoch.
     */
    evictDocuments: (
      uid: string,
      change: { documentIds: readonly string[]; slugs?: readonly string[]; relatedIds?: readonly string[] },
      deadlineMs = config().evictTimeoutMs,
    ) =>
      evict(
        [
          listTag(uid),
          ...change.documentIds.map(docTag),
          ...(change.slugs ?? []).map((slug) => slugTag(uid, slug)),
          ...(change.relatedIds ?? []).map(relationsTag),
        ],
        Math.min(deadlineMs, config().evictTimeoutMs),
      ),
    async clear(): Promise<void> {
      // A scan of the whole keyspace: each of its commands is bounded by the store, the whole by this.
      const result = await attempt((s) => s.clear(), Math.max(config().evictTimeoutMs, 10_000));
      if (!result.ok) distrustEverything('the cache could not be cleared');
    },
    /**
     * Distrusts every cached response in every process sharing the database (a new epoch), resolving once
     * saved: for writers whose evictions the serving processes cannot see (the CLI with the in-memory cache).
     */
    invalidateEverywhere: (): Promise<boolean> => epochs.bump(),
    /** The breaker's state, for tests and logs. */
    storeState: () => breakerOf().state(),
    async destroy() {
      await store?.close();
      store = null;
      breaker = null;
    },
  };
};

export default responseCache;

declare module '../services-registry' {
  interface NewsroomServices {
    responseCache: ReturnType<typeof responseCache>;
  }
}
