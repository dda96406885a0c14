import type { Core } from '@strapi/strapi';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];
interface DependencyState {
  /** What a site read's response depends on beyond the documents in it. */
  newsroomCacheTags?: string[];
}

/**
 * For a site read: what its response shows besides its documents (the list of a topic, any article for a
 * search), as cache tags, so the writes that change it evict it. The controllers call it; the response-cache
 * middleware (site/response-cache.ts) reads it back with `cacheDependencies`.
 */
export const cacheDependsOn = (ctx: KoaContext, tags: readonly string[]): void => {
  const state = ctx.state as DependencyState;
  state.newsroomCacheTags = [...(state.newsroomCacheTags ?? []), ...tags];
};

/** The tags the request's handler declared with `cacheDependsOn`. */
export const cacheDependencies = (ctx: KoaContext): readonly string[] =>
  (ctx.state as DependencyState).newsroomCacheTags ?? [];
