import type { CachedResponse, ResponseStore } from './types';

interface Slot {
  response: CachedResponse;
  expires: number;
  tags: readonly string[];
}

/**
 * The stored bodies' characters the memory store holds at most: a streamed sitemap page of up to 8 MB is stored
 * whole, so a bound on the number of entries alone (5,000 of those would be 40 GB) is no bound on memory.
 */
export const MEMORY_STORE_MAX_CHARS = 64 * 1024 * 1024;

/**
 * In-process store (no Redis configured): right for one instance only, bounded in entries and in the characters
 * of their bodies, least recently used out first.
 */
export const createMemoryStore = (maxEntries = 5000, maxChars = MEMORY_STORE_MAX_CHARS): ResponseStore => {
  const slots = new Map<string, Slot>();
  const byTag = new Map<string, Set<string>>();
  let generation = 0;
  let chars = 0;

  const drop = (key: string) => {
    const slot = slots.get(key);
    if (!slot) return;
    slots.delete(key);
    chars -= slot.response.body.length;
    for (const tag of slot.tags) byTag.get(tag)?.delete(key);
  };

  return {
    kind: 'memory',
    async get(key) {
      const slot = slots.get(key);
      if (!slot) return null;
      if (slot.expires <= Date.now()) {
        drop(key);
        return null;
      }
      // Map order is insertion order: re-inserting marks it recently used.
      slots.delete(key);
      slots.set(key, slot);
      return slot.response;
    },
    async generation() {
      return String(generation);
    },
    async put(key, response, tags, ttlSeconds, seenGeneration) {
      if (String(generation) !== seenGeneration) return;
      drop(key);
      if (response.body.length > maxChars) return;
      slots.set(key, { response, expires: Date.now() + ttlSeconds * 1000, tags });
      chars += response.body.length;
      for (const tag of tags) {
        const keys = byTag.get(tag) ?? new Set<string>();
        keys.add(key);
        byTag.set(tag, keys);
      }
      while (slots.size > maxEntries || (chars > maxChars && slots.size > 0)) drop(slots.keys().next().value as string);
    },
    async evict(tags) {
      generation += 1;
      let evicted = 0;
      for (const tag of tags) {
        for (const key of [...(byTag.get(tag) ?? [])]) {
          drop(key);
          evicted += 1;
        }
        byTag.delete(tag);
      }
      return evicted;
    },
    async clear() {
      generation += 1;
      slots.clear();
      byTag.clear();
      chars = 0;
    },
    ready: async () => true,
    async close() {
      slots.clear();
      byTag.clear();
      chars = 0;
    },
  };
};
