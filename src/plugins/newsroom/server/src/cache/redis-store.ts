import Redis from 'ioredis';
import type { CachedResponse, ResponseStore } from './types';

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

/**
 * Redis store, shared by every instance: responses under `<prefix>r:<key>`, each tag a set of keys under
 * `<prefix>t:<tag>`, and a generation counter bumped by every eviction.
 */
export const createRedisStore = (url: string, prefix = 'newsroom:cache:'): ResponseStore => {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true });
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
        key
      );
    },
    async evict(tags) {
      await redis.incr(generationKey);
      let evicted = 0;
      for (const tag of tags) {
        const keys = await redis.smembers(tagKey(tag));
        if (keys.length > 0) evicted += await redis.del(...keys.map(responseKey));
        await redis.del(tagKey(tag));
      }
      return evicted;
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
    async close() {
      redis.disconnect();
    },
  };
};
