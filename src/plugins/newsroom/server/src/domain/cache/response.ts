import { createHash } from 'crypto';

/**
 * The pure part of the public response cache: keys, tags, ETags and headers. A cached response is tagged
 * with every document it shows (`doc:<documentId>`, found anywhere in the body, populated relations too)
 * and, for list routes, with its type (`list:<uid>`), so a change evicts exactly the responses it can alter.
 */

/** Keys of nested query objects sorted, so `?a=1&b=2` and `?b=2&a=1` share an entry. */
export function stableQuery(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableQuery).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableQuery(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The key of a response: its path in one form (`canonicalCachePath`), its query with sorted keys, and `variant`,
 * what else the response depends on (the request's origin where media URLs are made from it).
 */
export function responseCacheKey(path: string, query: Record<string, unknown>, variant = ''): string {
  return createHash('sha1')
    .update(canonicalCachePath(path))
    .update('\u0000')
    .update(stableQuery(query))
    .update('\u0000')
    .update(variant)
    .digest('base64url');
}

const decodedSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // as @koa/router keeps a parameter it cannot decode
  }
};

/**
 * A path in the one form that names what the router serves: each segment percent-decoded, as @koa/router decodes
 * a route's parameters, and encoded again. `/feeds/%61r.rss` and `/feeds/ar.rss`, or lower- and upper-case hex in
 * an Arabic slug, reach the same handler with the same values: keyed apart, each spelling would be stored again
 * (a crafted one per request fills the store and never hits).
 */
export function canonicalCachePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(decodedSegment(segment)))
    .join('/');
}

/**
 * Query parameters a CDN, an ad platform or a shared link adds to a URL (`utm_*`, `fbclid`, `gclid`, and `_`, the
 * usual cache-buster): the site reads ignore them, and they are not part of the cache key.
 */
export const isTrackingParameter = (name: string): boolean =>
  name.startsWith('utm_') || name === 'fbclid' || name === 'gclid' || name === '_';

export const withoutTrackingParameters = (query: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(query).filter(([name]) => !isTrackingParameter(name)));

export const docTag = (documentId: string): string => `doc:${documentId}`;
export const listTag = (uid: string): string => `list:${uid}`;
export const slugTag = (uid: string, slug: string): string => `slug:${uid}:${slug}`;
/** A response that lists the related documents of this one (an author page with its articles). */
export const relationsTag = (documentId: string): string => `rel:${documentId}`;

/** The slug a list request looks up (`filters[slug][$eq]=…`), if that is what it is. */
export function slugLookup(query: Record<string, unknown>): string | null {
  const filters = query.filters as { slug?: unknown } | undefined;
  const slug = filters?.slug;
  if (typeof slug === 'string') return slug;
  const eq = (slug as { $eq?: unknown } | undefined)?.$eq;
  return typeof eq === 'string' ? eq : null;
}

/**
 * Tags of a content-API response: its documents, and for a list, what could add a document to it — any
 * publish of the type, or for a lookup by slug only a document taking that slug (so publishing one story
 * does not evict every other story's page).
 */
export function responseTags(uid: string, isList: boolean, query: Record<string, unknown>, body: unknown): string[] {
  const tags = documentTags(body);
  if (!isList) return tags;
  const slug = slugLookup(query);
  return [...tags, slug === null ? listTag(uid) : slugTag(uid, slug)];
}

/** Most tags kept per response: a page of 100 articles with their relations stays far below. */
const MAX_TAGS = 2000;
const MAX_DEPTH = 8;

/**
 * `doc:` tags of every documentId in a response body, each once, and `rel:` tags of the documents whose
 * to-many relations it lists (so a story newly linked to an author evicts the author's page, and not the
 * pages of the author's other stories, which show the author but not the author's list).
 */
export function documentTags(body: unknown): string[] {
  const tags = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || tags.size >= MAX_TAGS || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.documentId === 'string') {
      tags.add(docTag(record.documentId));
      if (Object.values(record).some(Array.isArray)) tags.add(relationsTag(record.documentId));
    }
    for (const item of Object.values(record)) if (item !== null && typeof item === 'object') visit(item, depth + 1);
  };
  visit(body, 0);
  return [...tags];
}

/** A strong ETag of the serialized body. */
export const etagOf = (serialized: string): string => `"${createHash('sha1').update(serialized).digest('base64url')}"`;

/** True when If-None-Match names this ETag (or `*`); weak validators compare by their opaque part. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const wanted = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === wanted;
  });
}

export interface CacheHeaderOptions {
  /** Seconds a shared cache (CDN) may serve the response without asking. */
  sMaxAge: number;
  /** Seconds it may serve it stale while it revalidates in the background. */
  staleWhileRevalidate: number;
}

/** Browsers revalidate every time (cheap with the ETag); CDNs hold it briefly, since they cannot be evicted. */
export const publicCacheControl = ({ sMaxAge, staleWhileRevalidate }: CacheHeaderOptions): string =>
  `public, max-age=0, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
