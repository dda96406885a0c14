import type { Core } from '@strapi/strapi';
import { createMemoryStore } from '../cache/memory-store';
import { createRedisStore } from '../cache/redis-store';
import type { CachedResponse, ResponseStore } from '../cache/types';
import { docTag, listTag, relationsTag, slugTag } from '../domain/cache/response';
import { pluginConfig } from '../plugin-config';

/**
 * The public response cache: the store (Redis or memory, from the configuration), and eviction by tag.
 * A store failure (Redis down) never fails a request: the response is computed as if there were no cache.
 */
const responseCache = ({ strapi }: { strapi: Core.Strapi }) => {
  let store: ResponseStore | null = null;
  let warned = false;

  const config = () => pluginConfig(strapi, 'cache');
  const storeOf = (): ResponseStore => {
    store ??= config().redisUrl ? createRedisStore(config().redisUrl as string) : createMemoryStore();
    return store;
  };
  const quietly = async <T>(work: (store: ResponseStore) => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work(storeOf());
    } catch (error) {
      if (!warned) strapi.log.warn(`[newsroom] response cache unavailable: ${error instanceof Error ? error.message : String(error)}`);
      warned = true;
      return fallback;
    }
  };

  return {
    enabled: (): boolean => config().enabled,
    kind: () => storeOf().kind,
    get: (key: string) => quietly((s) => s.get(key), null as CachedResponse | null),
    generation: () => quietly((s) => s.generation(), 'unavailable'),
    put: (key: string, response: CachedResponse, tags: readonly string[], generation: string) =>
      generation === 'unavailable' ? Promise.resolve() : quietly((s) => s.put(key, response, tags, config().ttlSeconds, generation), undefined),
    /**
     * After a change to documents of `uid`: evicts what shows them, the lists of their type, the lookups of
     * their slugs, and the relation lists of the documents they are (or were) linked to.
     */
    evictDocuments: (uid: string, change: { documentIds: readonly string[]; slugs?: readonly string[]; relatedIds?: readonly string[] }) =>
      quietly(
        (s) =>
          s.evict([
            listTag(uid),
            ...change.documentIds.map(docTag),
            ...(change.slugs ?? []).map((slug) => slugTag(uid, slug)),
            ...(change.relatedIds ?? []).map(relationsTag),
          ]),
        0
      ),
    clear: () => quietly((s) => s.clear(), undefined),
    async destroy() {
      await store?.close();
      store = null;
    },
  };
};

export default responseCache;
