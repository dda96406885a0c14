import Redis, { type RedisOptions } from 'ioredis';
import type { CachedResponse, ResponseStore } from './types';

export interface RedisStoreOptions {
  /** Bounded timeouts and no queueing (see redisOptions); false restores ioredis's waiting defaults. */
  failSafe: boolean;
  /** Longest a command may wait for its answer (the service bounds reads more tightly itself). */
  timeoutMs: number;
  connectTimeoutMs: number;
  /** Called with connection errors (ioredis emits them on every reconnect attempt). */
  onError?: (error: Error) => void;
}

/**
 * Fail-safe: a command fails after `timeoutMs` (a paused Redis), at once while disconnected (no offline
 * queue: a dead Redis), is never retried or resent after a reconnect (a late eviction is harmless, a late
 * write is not wanted), and reconnection is retried forever at most every 2 s.
 */
const redisOptions = ({ failSafe, timeoutMs, connectTimeoutMs }: RedisStoreOptions): RedisOptions =>
  failSafe
    ? {
        lazyConnect: false,
        enableOfflineQueue: false,
        commandTimeout: timeoutMs,
        connectTimeout: connectTimeoutMs,
        maxRetriesPerRequest: 0,
        autoResendUnfulfilledCommands: false,
        retryStrategy: (attempt: number) => Math.min(50 * 2 ** Math.min(attempt, 6), 2000),
      }
    : { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true };

/**
 * Stores the response and adds it to its tags only if no eviction happened since it was computed; atomic in
 * Redis (a script), so concurrent requests on one connection cannot interleave between the check and the write.
 * A tag outlives its responses a little, so an eviction always finds what it must remove.
 */
const STORE_IF_UNCHANGED = `
local current = redis.call('GET', KEYS[1]) or '0'
if current ~= ARGV[1] then return 0 end
local ttl = tonumber(ARGV[3])
redis.call('SET', KEYS[2], ARGV[2], 'EX', ttl)
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], ARGV[4])
  redis.call('EXPIRE', KEYS[i], ttl * 2)
end
return 1`;

/** Bumps the generation and removes every response of the tags, in one round trip (one command to time out). */
const EVICT_TAGS = `
redis.call('INCR', KEYS[1])
local evicted = 0
for i = 2, #KEYS do
  local keys = redis.call('SMEMBERS', KEYS[i])
  for j = 1, #keys do evicted = evicted + redis.call('DEL', ARGV[1] .. keys[j]) end
  redis.call('DEL', KEYS[i])
end
return evicted`;

/**
 * Redis store, shared by every instance: responses under `<prefix>r:<key>`, each tag a set of keys under
 * `<prefix>t:<tag>`, and a generation counter bumped by every eviction.
 */
export const createRedisStore = (
  url: string,
  options: RedisStoreOptions,
  prefix = 'newsroom:cache:',
): ResponseStore => {
  const redis = new Redis(url, redisOptions(options));
  // Without a listener ioredis prints every reconnection error; the service reports the outage once.
  redis.on('error', (error: Error) => options.onError?.(error));
  const generationKey = `${prefix}generation`;
  const responseKey = (key: string) => `${prefix}r:${key}`;
  const tagKey = (tag: string) => `${prefix}t:${tag}`;

  return {
    kind: 'redis',
    async get(key) {
      const raw = await redis.get(responseKey(key));
      return raw ? (JSON.parse(raw) as CachedResponse) : null;
    },
    async generation() {
      return (await redis.get(generationKey)) ?? '0';
    },
    async put(key, response, tags, ttlSeconds, seenGeneration) {
      // KEYS: generation, response, tag sets; ARGV: seen generation, body, ttl, the response's key.
      await redis.eval(
        STORE_IF_UNCHANGED,
        2 + tags.length,
        generationKey,
        responseKey(key),
        ...tags.map(tagKey),
        seenGeneration,
        JSON.stringify(response),
        String(ttlSeconds),
        key,
      );
    },
    async evict(tags) {
      // KEYS: generation, tag sets; ARGV: the prefix of response keys.
      return Number(await redis.eval(EVICT_TAGS, 1 + tags.length, generationKey, ...tags.map(tagKey), responseKey('')));
    },
    async clear() {
      await redis.incr(generationKey);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}[rt]:*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    },
    ready: (ms) =>
      redis.status === 'ready'
        ? Promise.resolve(true)
        : new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => {
              redis.off('ready', onReady);
              resolve(false);
            }, ms);
            const onReady = () => {
              clearTimeout(timer);
              resolve(true);
            };
            redis.once('ready', onReady);
          }),
    async close() {
      redis.disconnect();
    },
  };
};
