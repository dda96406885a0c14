import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { findFormatErrors, type AttributeFormat } from '../domain/content/formats';
import {
  InverseOrder,
  agencyKind,
  articleDataFromStory,
  newDocumentId,
  splitRepeats,
  type ParsedStory,
} from '../domain/wire';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import type { StoryLookups } from './lookups';
import { createLedger } from '../workflow/ledger';
import { createStateStore } from '../workflow/state-store';
import type { JoinTable } from '../content/join-tables';
import { snapshotHash, snapshotOf } from '../domain/history/snapshot';
import { versionContext } from '../history/context';
import { versionPathOf } from '../history/record-versions';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../../core/model';
import { embargoHolds } from '../domain/workflow/embargo';
import { SignatureIndex, signatureOfStory } from '../domain/wire/near-duplicate';
import type { OfferedUpdate } from '../../../shared/contracts/wire-import';
import type { StoryRecords } from './story-records';

/**
 * The archive path of the importer: a batch of stories in one transaction, written with a few statements per
 * batch instead of ~30 per story through the Document Service (which is what makes a 27,606-story load take
 * minutes rather than half an hour). The rows are the ones the Document Service would write — draft and
 * published rows of one document, the same derived fields (slug, search key, word count), relation rows with
 * their order columns, the workflow state and ledger entry of a publish (written by the workflow's state
 * store and ledger, which own those tables; the first version of each article, through the version store) — and
 * a test holds the two paths to that. Repeats of stored stories go the one-story way (update or skip), as does every story of a batch
 * that fails, so a bad story is reported on its own and the others still land.
 * Not written on this path: Strapi's entry webhooks and the newsroom's per-story stage-change events.
 */
const LOCALE = 'ar';
const RELATIONS = { authors: AUTHOR_UID, topics: TOPIC_UID, sources: SOURCE_UID } as const;
type Relation = keyof typeof RELATIONS;
const INSERT_CHUNK = 200;

export interface BatchItem {
  story: ParsedStory;
  status?: 'created' | 'updated' | 'skipped' | 'offered';
  documentId?: string;
  reason?: string;
  /** The update offered (status `offered`). */
  update?: OfferedUpdate;
  /** Asked to publish, left a draft: its embargo (UTC ISO) still holds. */
  heldUntil?: string;
  error?: unknown;
}

export interface BatchContext {
  lookups: StoryLookups;
  publish: boolean;
  /** New authors and sources get a published row beside their draft (see WireImportOptions.publishNamed). */
  publishNamed: boolean;
  actorId: string;
  /** Topic document ids of a story: its archive section, and suggestions above the threshold when asked. */
  topicIds(story: ParsedStory, data: ReturnType<typeof articleDataFromStory>): Promise<string[]>;
  /** What the importer remembers of imported stories (agency ids, signatures): later versions are found there. */
  records: StoryRecords;
  /** Whether later versions of stored stories are told apart (`updates` is not `new`): they go the one-story way. */
  detectUpdates: boolean;
  /** Whether near-duplicate text counts as a later version (else only the same agency id or URL). */
  compareText: boolean;
  /** The one-story way, for repeats and for the stories of a failed batch. */
  importOne(story: ParsedStory): Promise<Omit<BatchItem, 'story'>>;
}

interface Prepared {
  story: ParsedStory;
  documentId: string;
  data: Record<string, unknown>;
  relations: Record<Relation, string[]>;
}

type Pending = { authors: Array<[string, string]>; sources: Array<[string, string]> };
interface NewNamed {
  uid: typeof RELATIONS.authors | typeof RELATIONS.sources;
  documentId: string;
  name: string;
}

interface TargetRows {
  locale: string;
  draft: number | undefined;
  published: number | undefined;
}
const targetIdsOf = (target: TargetRows): number[] =>
  [target.draft, target.published].filter((id): id is number => id !== undefined);
interface ArticleRow {
  id: number;
  published: boolean;
}

export function createBatchImporter(strapi: Core.Strapi, context: BatchContext) {
  const attributes = () => strapi.contentType(ARTICLE_UID).attributes as Record<string, AttributeFormat>;
  const joinTableOf = (relation: Relation) =>
    (strapi.db.metadata.get(ARTICLE_UID).attributes[relation] as unknown as { joinTable: JoinTable }).joinTable;

  const storedIdentity = async (stories: readonly ParsedStory[]) => {
    const urls = stories.flatMap((story) => (story.sourceUrl ? [story.sourceUrl] : []));
    const rows = (await strapi.db.query(ARTICLE_UID).findMany({
      select: ['sourceUrl', 'contentHash'],
      where: {
        locale: LOCALE,
        publishedAt: null,
        $or: [{ sourceUrl: { $in: urls } }, { contentHash: { $in: stories.map((story) => story.contentHash) } }],
      },
    })) as Array<{ sourceUrl: string | null; contentHash: string | null }>;
    return {
      urls: new Set(rows.flatMap((row) => (row.sourceUrl ? [row.sourceUrl] : []))),
      hashes: new Set(rows.flatMap((row) => (row.contentHash ? [row.contentHash] : []))),
    };
  };

  /** The fields and relations of one story, as the derived-fields middleware would fill them. */
  const prepare = async (story: ParsedStory, pending: Pending, newNamed: NewNamed[]) => {
    // New authors and sources get their ids now and their rows with the batch (the Document Service would
    // also fire entry events, whose reads run after our transaction and outlive a command-line job).
    const later = (uid: NewNamed['uid']) => async (name: string) => {
      const documentId = newDocumentId();
      newNamed.push({ uid, documentId, name });
      return documentId;
    };
    const articleData = articleDataFromStory(story);
    if (articleData.title.length < 3) throw new Error('title shorter than 3 characters');
    const data: Record<string, unknown> = { ...articleData };
    const formatErrors = findFormatErrors(attributes(), data);
    if (formatErrors.length > 0) throw new Error(formatErrors.map((error) => error.message).join('; '));
    await getService(strapi, 'search').fillSearchKey(ARTICLE_UID, data, { locale: LOCALE });
    await getService(strapi, 'articleMetrics').fillMetrics(data, { locale: LOCALE });
    // Topics first: once a new author has an id, the story is past the point where it can be refused.
    const topics = await context.topicIds(story, articleData);
    const relations = {
      authors: await context.lookups.authors(story.persons, pending.authors, later(RELATIONS.authors)),
      sources: await context.lookups.sources(story.sources, pending.sources, later(RELATIONS.sources)),
      topics,
    };
    return { story, documentId: newDocumentId(), data, relations };
  };

  /**
   * The target rows a link goes to, per document: the draft row for the article's draft, the published row for
   * its published row (none while the target is a draft only: Strapi links it when the target is published).
   * The Arabic rows, as `connect: { documentId, locale: 'ar' }` would pick; another locale's only if it is the one there is.
   */
  const rowIdsOf = async (uid: string, documentIds: readonly string[]): Promise<Map<string, TargetRows>> => {
    const rows = (await strapi.db.query(uid).findMany({
      select: ['id', 'documentId', 'locale', 'publishedAt'],
      where: { documentId: { $in: [...new Set(documentIds)] } },
    })) as Array<{ id: number; documentId: string; locale: string; publishedAt: unknown }>;
    const ids = new Map<string, TargetRows>();
    for (const row of rows) {
      const found = ids.get(row.documentId) ?? { locale: row.locale, draft: undefined, published: undefined };
      if (found.locale !== row.locale) {
        if (row.locale !== LOCALE) continue;
        Object.assign(found, { locale: row.locale, draft: undefined, published: undefined });
      }
      if (row.publishedAt == null) found.draft = row.id;
      else found.published = row.id;
      ids.set(row.documentId, found);
    }
    return ids;
  };

  const insertLinks = async (
    trx: Knex.Transaction,
    relation: Relation,
    prepared: readonly Prepared[],
    articleRows: Map<string, ArticleRow[]>,
  ) => {
    const join = joinTableOf(relation);
    const targets = await rowIdsOf(
      RELATIONS[relation],
      prepared.flatMap((item) => item.relations[relation]),
    );
    if (targets.size === 0) return;
    const inverse = join.inverseJoinColumn.name;
    const highest = join.inverseOrderColumnName
      ? ((await trx(join.name)
          .select(inverse)
          .max({ highest: join.inverseOrderColumnName })
          .whereIn(inverse, [...targets.values()].flatMap(targetIdsOf))
          .groupBy(inverse)) as Array<Record<string, number>>)
      : [];
    const order = new InverseOrder(highest.map((row) => [Number(row[inverse]), Number(row.highest)]));
    const rows: Array<Record<string, number>> = [];
    for (const item of prepared) {
      item.relations[relation].forEach((targetDocumentId, index) => {
        const target = targets.get(targetDocumentId);
        if (target === undefined) return;
        for (const { id: articleId, published } of articleRows.get(item.documentId) ?? []) {
          // Draft rows link to draft rows, published to published, as a publish through the Document Service does.
          const targetId = published ? target.published : target.draft;
          if (targetId === undefined) continue;
          const inverseOrder = order.next(targetId);
          rows.push({
            [join.joinColumn.name]: articleId,
            [inverse]: targetId,
            ...(join.orderColumnName ? { [join.orderColumnName]: index + 1 } : {}),
            ...(join.inverseOrderColumnName ? { [join.inverseOrderColumnName]: inverseOrder } : {}),
          });
        }
      });
    }
    for (let start = 0; start < rows.length; start += INSERT_CHUNK)
      await trx(join.name).insert(rows.slice(start, start + INSERT_CHUNK));
  };

  /** What `publishAsSystem` records for a first publish: the state row and its ledger entry, through their owners. */
  const recordPublished = async (trx: Knex.Transaction, prepared: readonly Prepared[], now: Date) => {
    const published = { stage: 'published', version: 1 } as const;
    await createStateStore(strapi).insertMany(
      trx,
      prepared.map((item) => ({ documentId: item.documentId, locale: LOCALE, state: published })),
      now,
    );
    const at = now.toISOString();
    await createLedger(strapi).appendMany(
      prepared.map((item) => ({
        documentId: item.documentId,
        locale: LOCALE,
        transition: 'publish',
        from: 'draft',
        to: 'published',
        actorId: context.actorId,
        at,
        version: 1,
      })),
      now,
    );
  };

  /**
   * Version 1 of each new article, as the version recorder would read it back: the fields as written, the
   * relations in the order their links were written (history/version-store.ts owns the rows).
   */
  const recordFirstVersions = async (
    trx: Knex.Transaction,
    prepared: readonly Prepared[],
    slugs: readonly string[],
    now: Date,
  ) => {
    const path = versionPathOf(strapi);
    const actorId = versionContext()?.actorId ?? context.actorId;
    const stage = context.publish ? 'published' : 'draft';
    await getService(strapi, 'history').versions.appendFirsts(
      trx,
      prepared.map((item, index) => {
        const snapshot = snapshotOf({
          ...item.data,
          slug: slugs[index],
          ...Object.fromEntries(
            (Object.keys(RELATIONS) as Relation[]).map((relation) => [
              relation,
              item.relations[relation].map((documentId) => ({ documentId })),
            ]),
          ),
        });
        return {
          documentId: item.documentId,
          locale: LOCALE,
          snapshot,
          hash: snapshotHash(snapshot),
          actorId,
          path,
          stage,
        };
      }),
      now,
    );
  };

  /** The authors and sources the batch names for the first time, with the slug and search key a save gives them. */
  const insertNamed = async (newNamed: readonly NewNamed[], now: Date) => {
    for (const uid of [RELATIONS.authors, RELATIONS.sources]) {
      const named = newNamed.filter((item) => item.uid === uid);
      if (named.length === 0) continue;
      const slugs = await getService(strapi, 'slugs').generateMany(
        uid,
        named.map((item) => item.name),
        LOCALE,
      );
      const rows = [];
      for (const [index, item] of named.entries()) {
        const data: Record<string, unknown> = {
          name: item.name,
          ...(uid === RELATIONS.sources ? { kind: agencyKind(item.name) } : {}),
        };
        await getService(strapi, 'search').fillSearchKey(uid, data, { locale: LOCALE });
        const row = {
          ...data,
          slug: slugs[index],
          documentId: item.documentId,
          locale: LOCALE,
          createdAt: now,
          updatedAt: now,
        };
        // Authors and sources have drafts: the draft row always, the published one as a publish would write it.
        rows.push({ ...row, publishedAt: null }, ...(context.publishNamed ? [{ ...row, publishedAt: now }] : []));
      }
      await strapi.db.query(uid).createMany({ data: rows });
    }
  };

  const write = async (trx: Knex.Transaction, prepared: readonly Prepared[], newNamed: readonly NewNamed[]) => {
    if (prepared.length === 0) return;
    const now = new Date();
    await insertNamed(newNamed, now);
    const slugs = await getService(strapi, 'slugs').generateMany(
      ARTICLE_UID,
      prepared.map((item) => String(item.data.title)),
      LOCALE,
    );
    const rows = prepared.flatMap((item, index) => {
      const row = {
        ...item.data,
        slug: slugs[index],
        documentId: item.documentId,
        locale: LOCALE,
        createdAt: now,
        updatedAt: now,
      };
      return context.publish
        ? [
            { ...row, publishedAt: null },
            { ...row, publishedAt: now },
          ]
        : [{ ...row, publishedAt: null }];
    });
    await strapi.db.query(ARTICLE_UID).createMany({ data: rows });
    const stored = (await strapi.db.query(ARTICLE_UID).findMany({
      select: ['id', 'documentId', 'publishedAt'],
      where: { documentId: { $in: prepared.map((item) => item.documentId) }, locale: LOCALE },
    })) as Array<{ id: number; documentId: string; publishedAt: unknown }>;
    const articleRows = new Map<string, ArticleRow[]>();
    for (const row of stored)
      articleRows.set(row.documentId, [
        ...(articleRows.get(row.documentId) ?? []),
        { id: row.id, published: row.publishedAt != null },
      ]);
    for (const relation of Object.keys(RELATIONS) as Relation[])
      await insertLinks(trx, relation, prepared, articleRows);
    await context.records.insertNew(prepared.map((item) => ({ documentId: item.documentId, story: item.story })));
    if (context.publish) await recordPublished(trx, prepared, now);
    if (pluginConfig(strapi, 'history').record) await recordFirstVersions(trx, prepared, slugs, now);
  };

  const oneByOne = async (stories: readonly ParsedStory[]): Promise<BatchItem[]> => {
    const items: BatchItem[] = [];
    for (const story of stories) {
      try {
        items.push({ story, ...(await context.importOne(story)) });
      } catch (error) {
        items.push({ story, error });
      }
    }
    return items;
  };

  // A load into empty tables outgrows the planner's statistics long before autovacuum catches up, and
  // PostgreSQL then scans every draft for each repeat lookup (measured: 370 ms a lookup at 18,000 articles).
  // Statistics are refreshed when the batches written double: after 1, 2, 4, 8… batches.
  let batchesWritten = 0;
  const refreshStatistics = async () => {
    batchesWritten += 1;
    if ((batchesWritten & (batchesWritten - 1)) !== 0) return;
    const tables = [ARTICLE_UID, ...Object.values(RELATIONS)].map((uid) => strapi.db.metadata.get(uid).tableName);
    tables.push(...(Object.keys(RELATIONS) as Relation[]).map((relation) => joinTableOf(relation).name));
    for (const table of tables) await strapi.db.connection.raw(`ANALYZE "${table}"`);
  };

  /**
   * The fresh stories that are later versions of stored ones (same agency id, near-duplicate text; the URL was
   * checked by splitRepeats) or of an earlier story of this batch: they go the one-story way, which offers,
   * applies or skips them.
   */
  const laterVersions = async (stories: readonly ParsedStory[]): Promise<Set<ParsedStory>> => {
    const later = new Set<ParsedStory>();
    if (!context.detectUpdates) return later;
    const inBatch = new SignatureIndex<ParsedStory>();
    const agencyIds = new Set<string>();
    for (const story of stories) {
      const signature = context.compareText ? signatureOfStory(story) : null;
      const repeatsBatch =
        (story.agency !== undefined && agencyIds.has(story.agency.id)) ||
        (signature !== null && inBatch.find(signature) !== null);
      if (
        repeatsBatch ||
        (await context.records.findUpdateOf(story, { byText: context.compareText, byUrl: false })) !== null
      )
        later.add(story);
      else {
        if (signature) inBatch.add(story, signature);
        if (story.agency) agencyIds.add(story.agency.id);
      }
    }
    return later;
  };

  const heldByEmbargo = (story: ParsedStory): boolean =>
    context.publish && pluginConfig(strapi, 'embargoGuard') && embargoHolds(story.embargoUntil, new Date());

  /** Imports a batch; the items come back in the order of `stories`. */
  return async function importBatch(stories: readonly ParsedStory[]): Promise<BatchItem[]> {
    const items = new Map<ParsedStory, BatchItem>();
    const pending: Pending = { authors: [], sources: [] };
    const newNamed: NewNamed[] = [];
    let repeats: ParsedStory[] = [];
    let written: Prepared[] = [];
    try {
      await strapi.db.transaction(
        async ({ trx, onCommit }: { trx: Knex.Transaction; onCommit(callback: () => void): void }) => {
          onCommit(() => {
            context.lookups.commitAuthors(pending.authors);
            context.lookups.commitSources(pending.sources);
          });
          context.lookups.newTransaction();
          const split = splitRepeats(stories, await storedIdentity(stories));
          // A story to publish under an embargo that still holds goes the one-story way, whose publish holds it.
          const held = split.fresh.filter(heldByEmbargo);
          const later = await laterVersions(split.fresh.filter((story) => !held.includes(story)));
          repeats = [...split.repeats, ...held, ...later];
          const prepared: Prepared[] = [];
          for (const story of split.fresh.filter((story) => !held.includes(story) && !later.has(story))) {
            try {
              prepared.push(await prepare(story, pending, newNamed));
            } catch (error) {
              items.set(story, { story, error }); // refused before anything of it was written
            }
          }
          await write(trx, prepared, newNamed);
          written = prepared;
        },
      );
    } catch (error) {
      // Something failed in the database: retry one story at a time, so the failure is pinned on its story.
      strapi.log.warn(
        `[newsroom] import: a batch of ${stories.length} failed (${error instanceof Error ? error.message : String(error)}); importing its stories one by one`,
      );
      context.lookups.forget();
      for (const item of await oneByOne(stories)) items.set(item.story, item);
      return stories.map((story) => items.get(story) as BatchItem);
    }
    if (written.length > 0) await refreshStatistics();
    for (const item of written)
      items.set(item.story, { story: item.story, status: 'created', documentId: item.documentId });
    for (const item of await oneByOne(repeats)) items.set(item.story, item);
    const cache = getService(strapi, 'responseCache');
    if (!cache.enabled()) return stories.map((story) => items.get(story) as BatchItem);
    await cache.evictDocuments(ARTICLE_UID, {
      documentIds: written.map((item) => item.documentId),
      slugs: [],
      relatedIds: [...new Set(written.flatMap((item) => Object.values(item.relations).flat()))],
    });
    return stories.map((story) => items.get(story) as BatchItem);
  };
}
