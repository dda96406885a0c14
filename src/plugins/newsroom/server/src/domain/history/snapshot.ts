import { createHash } from 'crypto';
import type { ArticleSnapshotView } from '../../../../shared/contracts/history';

/**
 * What a version of an article locale is: its editable content (the localized fields, the shared source URL
 * and cover, the ordered relations), never what is derived from it on save (slug history, word count, search
 * key, content hash). Two drafts with the same snapshot are the same version; approval binds to its hash.
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

/** The snapshot of a draft row read with its relations populated (`documentId` on each related row). */
export const snapshotOf = (row: Row): ArticleSnapshot => ({
  fields: {
    title: text(row.title),
    slug: text(row.slug),
    standfirst: text(row.standfirst),
    body: Array.isArray(row.body) ? (row.body as unknown[]) : null,
    dateline: text(row.dateline),
    sourceUrl: text(row.sourceUrl),
    cover: mediaId(row.cover),
  },
  relations: {
    authors: documentIds(row.authors),
    topics: documentIds(row.topics),
    sources: documentIds(row.sources),
  },
});

/** JSON with object keys sorted at every level, so equal snapshots serialize to equal bytes. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as Row)
    .filter((key) => (value as Row)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Row)[key])}`);
  return `{${entries.join(',')}}`;
};

/** sha256 (hex) of a snapshot's canonical JSON: for a caller that keeps the JSON (the version store stores it). */
export const hashOfCanonicalJson = (json: string): string => createHash('sha256').update(json).digest('hex');

/** sha256 (hex) of the canonical snapshot: the identity of a version. */
export const snapshotHash = (snapshot: ArticleSnapshot): string => hashOfCanonicalJson(canonicalJson(snapshot));
