import { AsyncResource } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import type { EpochSource } from '../domain/cache/epoch';

const EPOCH_KEY = { type: 'plugin', name: 'newsroom', key: 'cache-epoch' } as const;

/**
 * The cache epoch in the database (Strapi's core store), which every instance and the CLI share even when
 * Redis is out of reach. Calls run in the async context of the service's creation, i.e. outside any
 * transaction of the request that triggers them: a failed eviction inside a publish must not write into (or,
 * on PostgreSQL, abort) that publish's transaction.
 */
export const databaseEpochSource = (strapi: Core.Strapi): EpochSource => {
  const outside = new AsyncResource('newsroom-cache-epoch');
  return {
    read: () =>
      outside.runInAsyncScope(async () => {
        const value: unknown = await strapi.store.get(EPOCH_KEY);
        return typeof value === 'string' ? value : null;
      }),
    write: (epoch) =>
      outside.runInAsyncScope(async () => {
        await strapi.store.set({ ...EPOCH_KEY, value: epoch });
      }),
  };
};
