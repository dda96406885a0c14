import { createHash } from 'crypto';
import type { ArticleSnapshotView, SeoSnapshotView } from '../../../../shared/contracts/history';

/**
 * What a version of an article locale is: its editable content (the localized fields, the shared source URL
 * and cover, the ordered relations), never what is derived from it on save (slug history, word count, search
 * key, content hash). Two drafts with the same snapshot are the same version; approval binds to its hash.
 * Neither are the times around the story: `embargoUntil` (the workflow checks it on its own) and `plannedAt`
 * (the planning calendar's target, a plan and not content: moving it must not send an approved story back to
 * review nor make a version, README → Planning calendar).
 */
export type ArticleSnapshot = ArticleSnapshotView;

export const SNAPSHOT_TEXT_FIELDS = ['title', 'slug', 'standfirst', 'dateline', 'sourceUrl'] as const;
export const SNAPSHOT_RELATIONS = ['authors', 'topics', 'sources'] as const;

type Row = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const documentIds = (value: unknown): string[] =>
  Array.isArray(value)
    ? value
        .map((item) => (item && typeof item === 'object' ? (item as Row).documentId : undefined))
        .filter((id): id is string => typeof id === 'string')
    : [];

const mediaId = (value: unknown): number | null => {
  if (Array.isArray(value)) return mediaId(value[0]);
  if (value && typeof value === 'object' && typeof (value as Row).id === 'number') return (value as Row).id as number;
  return typeof value === 'number' ? value : null;
};

/** The `seo` component's fields in a version; the order of SEO_FIELDS is the history's. */
export const SEO_FIELDS = [
  'metaTitle',
  'metaDescription',
  'socialImage',
  'socialImageAlt',
  'canonicalUrl',
  'noindex',
] as const;

/**
 * The `seo` component as a version holds it, or undefined when none of its fields is set (no component, or an
 * empty one): an empty string and null read the same, as `noindex: false` and no value do.
 */
export const seoSnapshotOf = (value: unknown): SeoSnapshotView | undefined => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const row = value as Row;
  const filled = (field: unknown): string | null => (typeof field === 'string' && field !== '' ? field : null);
  const seo: SeoSnapshotView = {
    metaTitle: filled(row.metaTitle),
    metaDescription: filled(row.metaDescription),
    socialImage: mediaId(row.socialImage),
    socialImageAlt: filled(row.socialImageAlt),
    canonicalUrl: filled(row.canonicalUrl),
    noindex: row.noindex === true || row.noindex === 1,
  };
  const set = SEO_FIELDS.some((field) => (field === 'noindex' ? seo.noindex : seo[field] !== null));
  return set ? seo : undefined;
};

/** The snapshot of a draft row read with its relations (`documentId` on each related row) and its `seo` component. */
export const snapshotOf = (row: Row): ArticleSnapshot => {
  const seo = seoSnapshotOf(row.seo);
  return {
    fields: {
      title: text(row.title),
      slug: text(row.slug),
      standfirst: text(row.standfirst),
      body: Array.isArray(row.body) ? (row.body as unknown[]) : null,
      dateline: text(row.dateline),
      sourceUrl: text(row.sourceUrl),
      cover: mediaId(row.cover),
      ...(seo ? { seo } : {}),
    },
    relations: {
      authors: documentIds(row.authors),
      topics: documentIds(row.topics),
      sources: documentIds(row.sources),
    },
  };
};

/** JSON with object keys sorted at every level, so equal snapshots serialize to equal bytes. The definition. */
export const canonicalJsonByParts = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJsonByParts).join(',')}]`;
  const entries = Object.keys(value as Row)
    .filter((key) => (value as Row)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJsonByParts((value as Row)[key])}`);
  return `{${entries.join(',')}}`;
};

/** Keys that JSON.stringify writes first, in numeric order, whatever order they were added in. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * A copy of `value` whose objects have their keys added in sorted order, or undefined when JSON.stringify would
 * not write it as canonicalJsonByParts does: an index-like key (written first), a function, symbol or bigint.
 */
const sortedCopy = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') {
    const kind = typeof value;
    return kind === 'function' || kind === 'symbol' || kind === 'bigint' ? undefined : (value ?? null);
  }
  if (Array.isArray(value)) {
    const items: unknown[] = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) {
      const item = sortedCopy(value[index]);
      if (item === undefined) return undefined;
      items[index] = item;
    }
    return items;
  }
  // No prototype: a `__proto__` key is then an ordinary key, as it is in parsed JSON.
  const copy = Object.create(null) as Row;
  for (const key of Object.keys(value as Row).sort()) {
    const field = (value as Row)[key];
    if (field === undefined) continue;
    if (ARRAY_INDEX.test(key)) return undefined;
    const item = sortedCopy(field);
    if (item === undefined) return undefined;
    copy[key] = item;
  }
  return copy;
};

/**
 * JSON with object keys sorted at every level, so equal snapshots serialize to equal bytes: the same bytes as
 * canonicalJsonByParts (property-tested), written by one JSON.stringify of a key-sorted copy, which costs a
 * 2,000-word article's save a fraction of building the string piece by piece.
 */
export const canonicalJson = (value: unknown): string => {
  const copy = sortedCopy(value);
  return copy === undefined ? canonicalJsonByParts(value) : JSON.stringify(copy);
};

/** sha256 (hex) of a snapshot's canonical JSON: for a caller that keeps the JSON (the version store stores it). */
export const hashOfCanonicalJson = (json: string): string => createHash('sha256').update(json).digest('hex');

/** sha256 (hex) of the canonical snapshot: the identity of a version. */
export const snapshotHash = (snapshot: ArticleSnapshot): string => hashOfCanonicalJson(canonicalJson(snapshot));
