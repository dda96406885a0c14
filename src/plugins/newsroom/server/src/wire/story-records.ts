import type { Core } from '@strapi/strapi';
import {
  UPDATE_THRESHOLD,
  bandKeys,
  decodeSignature,
  encodeSignature,
  signatureOfStory,
  similarity,
} from '../domain/wire/near-duplicate';
import type { ParsedStory } from '../domain/wire';
import { ARTICLE_UID, WIRE_STORY_BAND_UID, WIRE_STORY_UID } from '../../../core/model';

/**
 * The importer's memory of what it imported (the only writer of newsroom_wire_stories and
 * newsroom_wire_story_bands): per article locale the agency's id, version and urgency, the MinHash signature of
 * the text and the headline it proposed (copy without one), and the signature's LSH band keys, one row each. The content hash and source URL stay
 * on the article (private fields), where the exact-repeat checks read them. Internal tables: no API reaches them.
 */
const LOCALE = 'ar';
/** Candidates compared at most per lookup (stories sharing the most band keys first). */
const MAX_CANDIDATES = 50;
const INSERT_CHUNK = 500;

export type UpdateMatch =
  | { by: 'agency-id'; documentId: string; agencyVersion?: string }
  | { by: 'url'; documentId: string }
  | { by: 'similar-text'; documentId: string; similarity: number };

interface RecordRow {
  articleDocumentId: string;
  agencyVersion: string | null;
  signature: string | null;
}

/** The row a story leaves, and its band keys. */
export function recordOf(documentId: string, story: ParsedStory) {
  const signature = signatureOfStory(story);
  const agency = story.agency;
  return {
    row: {
      articleDocumentId: documentId,
      locale: LOCALE,
      agencyId: agency?.id.slice(0, 255) ?? null,
      agencyVersion: agency?.version?.slice(0, 40) ?? null,
      urgency: agency?.urgency ?? null,
      signature: encodeSignature(signature),
      proposedTitle: story.titleProposed ? story.title.slice(0, 255) : null,
    },
    bands: bandKeys(signature).map((band) => ({ band, articleDocumentId: documentId })),
  };
}

export function createStoryRecords(strapi: Core.Strapi) {
  const draftsThere = async (documentIds: readonly string[]): Promise<Set<string>> => {
    if (documentIds.length === 0) return new Set();
    const rows = (await strapi.db.query(ARTICLE_UID).findMany({
      select: ['documentId'],
      where: { documentId: { $in: [...documentIds] }, locale: LOCALE, publishedAt: null },
    })) as Array<{ documentId: string }>;
    return new Set(rows.map((row) => row.documentId));
  };

  const insert = async (records: ReadonlyArray<ReturnType<typeof recordOf>>) => {
    const rows = records.map((record) => record.row);
    const bands = records.flatMap((record) => record.bands);
    for (let start = 0; start < rows.length; start += INSERT_CHUNK)
      await strapi.db.query(WIRE_STORY_UID).createMany({ data: rows.slice(start, start + INSERT_CHUNK) });
    for (let start = 0; start < bands.length; start += INSERT_CHUNK)
      await strapi.db.query(WIRE_STORY_BAND_UID).createMany({ data: bands.slice(start, start + INSERT_CHUNK) });
  };

  const forget = async (documentIds: readonly string[]) => {
    if (documentIds.length === 0) return;
    const where = { articleDocumentId: { $in: [...documentIds] } };
    await strapi.db.query(WIRE_STORY_BAND_UID).deleteMany({ where });
    await strapi.db.query(WIRE_STORY_UID).deleteMany({ where: { ...where, locale: LOCALE } });
  };

  return {
    /** Records (or replaces) what these articles were imported from; call inside the import's transaction. */
    async record(entries: ReadonlyArray<{ documentId: string; story: ParsedStory }>): Promise<void> {
      await forget(entries.map((entry) => entry.documentId));
      await insert(entries.map((entry) => recordOf(entry.documentId, entry.story)));
    },

    /** New articles only (the archive path): nothing to replace. */
    insertNew: (entries: ReadonlyArray<{ documentId: string; story: ParsedStory }>) =>
      insert(entries.map((entry) => recordOf(entry.documentId, entry.story))),

    /** The agency version recorded for an article, if any. */
    async agencyVersionOf(documentId: string): Promise<string | undefined> {
      const row = (await strapi.db
        .query(WIRE_STORY_UID)
        .findOne({ select: ['agencyVersion'], where: { articleDocumentId: documentId, locale: LOCALE } })) as {
        agencyVersion: string | null;
      } | null;
      return row?.agencyVersion ?? undefined;
    },

    /** The headline the importer proposed for an article locale, when the copy had none. */
    async proposedTitleOf(documentId: string, locale: string): Promise<string | undefined> {
      const row = (await strapi.db
        .query(WIRE_STORY_UID)
        .findOne({ select: ['proposedTitle'], where: { articleDocumentId: documentId, locale } })) as {
        proposedTitle: string | null;
      } | null;
      return row?.proposedTitle ?? undefined;
    },

    /**
     * The stored story this one is a later version of: the same agency id, else the same source URL, else the
     * most similar text at or above the threshold among the stories sharing an LSH band key. Only articles
     * whose draft is there count (a deleted article's records are ignored).
     */
    async findUpdateOf(
      story: ParsedStory,
      {
        byText = true,
        byUrl = true,
        excluded = new Set<string>(),
      }: { byText?: boolean; byUrl?: boolean; excluded?: ReadonlySet<string> } = {},
    ): Promise<UpdateMatch | null> {
      if (story.agency) {
        const rows = (await strapi.db.query(WIRE_STORY_UID).findMany({
          select: ['articleDocumentId', 'agencyVersion'],
          where: { agencyId: story.agency.id.slice(0, 255), locale: LOCALE },
          orderBy: { id: 'desc' },
          limit: MAX_CANDIDATES,
        })) as RecordRow[];
        const there = await draftsThere(rows.map((row) => row.articleDocumentId));
        const found = rows.find((row) => there.has(row.articleDocumentId) && !excluded.has(row.articleDocumentId));
        if (found)
          return {
            by: 'agency-id',
            documentId: found.articleDocumentId,
            ...(found.agencyVersion ? { agencyVersion: found.agencyVersion } : {}),
          };
      }
      if (byUrl && story.sourceUrl) {
        const rows = (await strapi.db.query(ARTICLE_UID).findMany({
          select: ['documentId'],
          where: { locale: LOCALE, publishedAt: null, sourceUrl: story.sourceUrl },
          orderBy: { id: 'desc' },
          limit: 5,
        })) as Array<{ documentId: string }>;
        const found = rows.find((row) => !excluded.has(row.documentId));
        if (found) return { by: 'url', documentId: found.documentId };
      }
      if (!byText) return null;
      const signature = signatureOfStory(story);
      const keys = bandKeys(signature);
      if (keys.length === 0) return null;
      const hits = (await strapi.db
        .query(WIRE_STORY_BAND_UID)
        .findMany({ select: ['articleDocumentId'], where: { band: { $in: keys } } })) as Array<{
        articleDocumentId: string;
      }>;
      const shared = new Map<string, number>();
      for (const hit of hits)
        if (!excluded.has(hit.articleDocumentId))
          shared.set(hit.articleDocumentId, (shared.get(hit.articleDocumentId) ?? 0) + 1);
      const candidates = [...shared.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_CANDIDATES)
        .map(([documentId]) => documentId);
      if (candidates.length === 0) return null;
      const rows = (await strapi.db.query(WIRE_STORY_UID).findMany({
        select: ['articleDocumentId', 'signature'],
        where: { articleDocumentId: { $in: candidates }, locale: LOCALE },
      })) as RecordRow[];
      const scored = rows
        .flatMap((row) => {
          const stored = row.signature ? decodeSignature(row.signature) : null;
          return stored ? [{ documentId: row.articleDocumentId, score: similarity(signature, stored) }] : [];
        })
        .filter((candidate) => candidate.score >= UPDATE_THRESHOLD)
        .sort((a, b) => b.score - a.score);
      const there = await draftsThere(scored.map((candidate) => candidate.documentId));
      const best = scored.find((candidate) => there.has(candidate.documentId));
      return best ? { by: 'similar-text', documentId: best.documentId, similarity: best.score } : null;
    },
  };
}

export type StoryRecords = ReturnType<typeof createStoryRecords>;
