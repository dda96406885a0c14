import { setImmediate as nextTurn } from 'timers/promises';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { VersionPath, VersionSummary } from '../../../shared/contracts/history';
import { ARTICLE_VERSION_UID } from '../../../core/model';
import { canonicalJson, type ArticleSnapshot } from '../domain/history/snapshot';
import { diffSnapshots } from '../domain/history/diff';
import { changeSizeOf } from '../domain/history/change-size';
import { decodeChain, encodeFull, encodeVersion, type VersionEncoding } from '../domain/history/version-codec';
import { firstKept, type StoredVersionInfo } from '../domain/history/retention';
import { newDocumentId } from '../domain/wire';
import { pluginConfig } from '../plugin-config';

/**
 * The versions table: one row per version of an article locale, numbered 1, 2, 3… per locale, written here
 * only. Rows are never changed (a database lifecycle refuses updates and deletes: content/internal-types.ts);
 * the retention policy's pruning is the one delete, and it goes around the query layer on purpose.
 * Appends join the caller's transaction (the save's), so a save and its version commit together.
 */
export interface NewVersion {
  documentId: string;
  locale: string;
  snapshot: ArticleSnapshot;
  /** The snapshot's canonical JSON when the caller has it (serialized here otherwise). */
  json?: string;
  hash: string;
  actorId: string;
  path: VersionPath;
  stage: string;
  restoredFrom?: number;
}

interface VersionRow {
  number: number;
  hash: string;
  actorId: string;
  path: VersionPath;
  stage: string;
  changeSize: number;
  restoredFrom: number | null;
  createdAt: string | Date;
  encoding: VersionEncoding;
  content: string;
}

/** The latest version of a locale, decoded: what the next version is compared with and stored against. */
interface Latest {
  number: number;
  hash: string;
  json: string;
  /** Versions since the last full copy (0 when this one is a full copy). */
  sinceFull: number;
  /** The decoded snapshot, parsed once and kept (the next save diffs against it). */
  snapshot?: ArticleSnapshot;
}

const SUMMARY_FIELDS = ['number', 'hash', 'actorId', 'path', 'stage', 'changeSize', 'restoredFrom', 'createdAt'];
const CACHE_SIZE = 200;
const APPEND_ATTEMPTS = 3;

export const summaryOf = (row: Omit<VersionRow, 'encoding' | 'content'>): VersionSummary => ({
  number: row.number,
  hash: row.hash,
  actorId: row.actorId,
  at: new Date(row.createdAt).toISOString(),
  path: row.path,
  stage: row.stage,
  changeSize: row.changeSize,
  ...(row.restoredFrom === null || row.restoredFrom === undefined ? {} : { restoredFrom: row.restoredFrom }),
});

export const createVersionStore = (strapi: Core.Strapi) => {
  const table = () => strapi.db.metadata.get(ARTICLE_VERSION_UID).tableName;
  const query = () => strapi.db.query(ARTICLE_VERSION_UID);
  // Rows never change, so a decoded latest version stays true as long as it is still the latest (checked on use).
  const decoded = new Map<string, Latest>();
  const keyOf = (documentId: string, locale: string) => `${documentId}\u0000${locale}`;
  const remember = (documentId: string, locale: string, latest: Latest) => {
    const key = keyOf(documentId, locale);
    decoded.delete(key);
    decoded.set(key, latest);
    if (decoded.size > CACHE_SIZE) decoded.delete(decoded.keys().next().value as string);
  };

  const snapshotOfLatest = (latest: Latest): ArticleSnapshot => {
    latest.snapshot ??= JSON.parse(latest.json) as ArticleSnapshot;
    return latest.snapshot;
  };

  /** The rows from the full copy at or before `number` up to `number`, in order. */
  const chainTo = async (documentId: string, locale: string, number: number) => {
    const where = { targetDocumentId: documentId, locale };
    const start = (await query().findOne({
      select: ['number'],
      where: { ...where, encoding: 'full', number: { $lte: number } },
      orderBy: { number: 'desc' },
    })) as { number: number } | null;
    if (!start) return [];
    return (await query().findMany({
      select: ['number', 'hash', 'encoding', 'content'],
      where: { ...where, number: { $gte: start.number, $lte: number } },
      orderBy: { number: 'asc' },
    })) as Array<Pick<VersionRow, 'number' | 'hash' | 'encoding' | 'content'>>;
  };

  /**
   * The latest version of a locale. Its number and hash are read on every save (another instance may have
   * appended since the cache was filled), in plain SQL on the covering (target, locale, number) index: the
   * query engine's findOne cost a save more than the read itself.
   */
  const latestOf = async (documentId: string, locale: string, trx: Knex.Transaction): Promise<Latest | null> => {
    const head = (await trx(table())
      .select('number', 'hash')
      .where({ target_document_id: documentId, locale })
      .orderBy('number', 'desc')
      .first()) as { number: number | string; hash: string } | undefined;
    if (!head) return null;
    head.number = Number(head.number);
    const cached = decoded.get(keyOf(documentId, locale));
    if (cached && cached.number === head.number && cached.hash === head.hash) return cached;
    const chain = await chainTo(documentId, locale, head.number);
    if (chain.length === 0 || chain[chain.length - 1]?.number !== head.number)
      throw new Error(`article ${documentId} (${locale}): version ${head.number} cannot be decoded (chain broken)`);
    const latest = { number: head.number, hash: head.hash, json: decodeChain(chain), sinceFull: chain.length - 1 };
    remember(documentId, locale, latest);
    return latest;
  };

  const rowOf = (
    version: NewVersion,
    number: number,
    changeSize: number,
    encoded: ReturnType<typeof encodeVersion>,
    at: Date,
  ) => ({
    document_id: newDocumentId(),
    target_document_id: version.documentId,
    locale: version.locale,
    number,
    hash: version.hash,
    actor_id: version.actorId.slice(0, 64),
    path: version.path,
    stage: version.stage,
    change_size: changeSize,
    restored_from: version.restoredFrom ?? null,
    encoding: encoded.encoding,
    content: encoded.content,
    created_at: at,
    updated_at: at,
    published_at: at,
  });

  /** Versions the retention policy lets go (never the latest, nor `protectedNumber`'s chain). */
  const prune = async (trx: Knex.Transaction, documentId: string, locale: string, protectedNumber: number | null) => {
    const keep = pluginConfig(strapi, 'history').keep;
    if (keep === 'forever') return;
    const rows = (await trx(table())
      .select('number', 'encoding', 'created_at')
      .where({ target_document_id: documentId, locale })) as Array<{
      number: number;
      encoding: VersionEncoding;
      created_at: string | number | Date;
    }>;
    const infos: StoredVersionInfo[] = rows.map((row) => ({
      number: Number(row.number),
      encoding: row.encoding,
      createdAt: new Date(row.created_at),
    }));
    const cutoff = firstKept(infos, keep, new Date(), protectedNumber);
    // Around strapi.db.query on purpose: its lifecycle refuses every delete of a version.
    if (cutoff !== null)
      await trx(table()).where({ target_document_id: documentId, locale }).andWhere('number', '<', cutoff).delete();
  };

  return {
    /**
     * Records `version` unless it is the latest already (same hash): numbered after the latest, its change size
     * against it, stored as a delta against it (or a full copy). Joins the caller's transaction; a concurrent
     * append that took the number first (the unique index) makes it try the next number.
     */
    async append(version: NewVersion, protectedNumber: number | null = null): Promise<VersionSummary | null> {
      return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
        for (let attempt = 1; ; attempt += 1) {
          const latest = await latestOf(version.documentId, version.locale, trx);
          if (latest?.hash === version.hash) return null;
          const json = version.json ?? canonicalJson(version.snapshot);
          const changeSize = latest ? changeSizeOf(diffSnapshots(snapshotOfLatest(latest), version.snapshot)) : 0;
          // The diff and the compression each take up to ~20 ms for the largest body: a turn of their own each.
          await nextTurn();
          const encoded = encodeVersion(json, latest, pluginConfig(strapi, 'history').fullEvery);
          const number = (latest?.number ?? 0) + 1;
          const at = new Date();
          const row = rowOf(version, number, changeSize, encoded, at);
          try {
            // On PostgreSQL a failed statement aborts the whole transaction, so losing the race on the unique
            // index happens inside a savepoint; SQLite undoes only the failed statement, and the savepoint's two
            // extra statements are saved on every save.
            if (strapi.db.dialect.client === 'postgres')
              await trx.transaction(async (savepoint) => {
                await savepoint(table()).insert(row);
              });
            else await trx(table()).insert(row);
          } catch (error) {
            if (attempt >= APPEND_ATTEMPTS) throw error;
            continue;
          }
          remember(version.documentId, version.locale, {
            number,
            hash: version.hash,
            json,
            snapshot: version.snapshot,
            sinceFull: encoded.encoding === 'full' ? 0 : (latest?.sinceFull ?? 0) + 1,
          });
          await prune(trx, version.documentId, version.locale, protectedNumber);
          return summaryOf({
            number,
            hash: version.hash,
            actorId: version.actorId,
            path: version.path,
            stage: version.stage,
            changeSize,
            restoredFrom: version.restoredFrom ?? null,
            createdAt: at,
          });
        }
      });
    },

    /**
     * First versions of documents created in the caller's transaction (the archive import), a few hundred rows a
     * statement: number 1, full copies, no comparison (there is nothing before them).
     */
    async appendFirsts(trx: Knex.Transaction, versions: readonly NewVersion[], at: Date, chunk = 200) {
      const rows = versions.map((version) =>
        rowOf(version, 1, 0, { encoding: 'full', content: encodeFull(canonicalJson(version.snapshot)) }, at),
      );
      for (let start = 0; start < rows.length; start += chunk)
        await trx(table()).insert(rows.slice(start, start + chunk));
    },

    /** Every version of a locale, newest first, without content. */
    async list(documentId: string, locale: string): Promise<VersionSummary[]> {
      const rows = (await query().findMany({
        select: SUMMARY_FIELDS,
        where: { targetDocumentId: documentId, locale },
        orderBy: { number: 'desc' },
      })) as Array<Omit<VersionRow, 'encoding' | 'content'>>;
      return rows.map(summaryOf);
    },

    async find(documentId: string, locale: string, number: number): Promise<VersionSummary | null> {
      const row = (await query().findOne({
        select: SUMMARY_FIELDS,
        where: { targetDocumentId: documentId, locale, number },
      })) as Omit<VersionRow, 'encoding' | 'content'> | null;
      return row ? summaryOf(row) : null;
    },

    /** The snapshot of version `number`, decoded from its chain; null when there is no such version. */
    async snapshotAt(documentId: string, locale: string, number: number): Promise<ArticleSnapshot | null> {
      const chain = await chainTo(documentId, locale, number);
      if (chain.length === 0 || chain[chain.length - 1]?.number !== number) return null;
      return JSON.parse(decodeChain(chain)) as ArticleSnapshot;
    },

    /** The latest version's number and hash (what approval binds to), or null before the first save. */
    async latest(documentId: string, locale: string): Promise<{ number: number; hash: string } | null> {
      // In the caller's transaction when one is open: on SQLite another connection would wait for its lock.
      const latest = await strapi.db.transaction(({ trx }: { trx: Knex.Transaction }) =>
        latestOf(documentId, locale, trx),
      );
      return latest ? { number: latest.number, hash: latest.hash } : null;
    },
  };
};

export type VersionStore = ReturnType<typeof createVersionStore>;
