import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { EditorPresence, PresenceResponse } from '../../../shared/contracts/concurrency';
import { EDITING_PRESENCE_UID } from '../../../core/model';
import { lapsedBefore, othersPresent, type PresenceRow } from '../domain/concurrency/presence';
import { newDocumentId } from '../domain/wire';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';

/**
 * Who has an article locale open in the edit view. Kept in the database, not in the response cache's Redis:
 * every instance sees every heartbeat whatever the deployment (Redis is optional and its loss must never matter),
 * and the load is small (one upsert per open edit view every `presence.heartbeatSeconds`). A row lapses
 * `presence.ttlSeconds` after its last heartbeat; lapsed rows of an article locale are removed by the next
 * heartbeat on it, and a lapsed user who comes back starts a new session (a new `since`).
 */
interface StoredRow {
  user_id: string;
  since: string | number | Date;
  seen_at: string | number | Date;
}

const presence = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = () => strapi.db.metadata.get(EDITING_PRESENCE_UID).tableName;
  const settings = () => pluginConfig(strapi, 'presence');
  const where = (documentId: string, locale: string) => ({ target_document_id: documentId, locale });

  const rowsOf = async (db: Knex | Knex.Transaction, documentId: string, locale: string): Promise<PresenceRow[]> => {
    const rows = (await db(table())
      .select('user_id', 'since', 'seen_at')
      .where(where(documentId, locale))) as StoredRow[];
    return rows.map((row) => ({ userId: row.user_id, since: new Date(row.since), seenAt: new Date(row.seen_at) }));
  };

  /** The others present, named, in the response's shape. */
  const answer = async (rows: PresenceRow[], userId: string, now: Date): Promise<PresenceResponse['data']> => {
    const { heartbeatSeconds, ttlSeconds } = settings();
    const others = othersPresent(rows, userId, now, ttlSeconds);
    const names = await getService(strapi, 'workflowViews').users(others.map((row) => row.userId));
    const editors: EditorPresence[] = others.map((row) => ({
      userId: row.userId,
      name: names.get(row.userId)?.name ?? row.userId,
      since: row.since.toISOString(),
      seenAt: row.seenAt.toISOString(),
    }));
    return { editors, heartbeatSeconds, ttlSeconds };
  };

  return {
    /** A heartbeat of `userId` on the article locale; answers the others present. */
    async heartbeat(documentId: string, locale: string, userId: string, now = new Date()) {
      const rows = await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
        await trx(table())
          .where(where(documentId, locale))
          .andWhere('seen_at', '<', lapsedBefore(now, settings().ttlSeconds))
          .delete();
        // One row per user and article locale (the unique index): a second tab or instance beats the same row.
        await trx(table())
          .insert({
            document_id: newDocumentId(),
            ...where(documentId, locale),
            user_id: userId,
            since: now,
            seen_at: now,
            created_at: now,
            updated_at: now,
            published_at: now,
          })
          .onConflict(['target_document_id', 'locale', 'user_id'])
          .merge(['seen_at', 'updated_at']);
        return rowsOf(trx, documentId, locale);
      });
      return answer(rows, userId, now);
    },

    /** The others present, without a heartbeat of one's own. */
    async others(documentId: string, locale: string, userId: string, now = new Date()) {
      return answer(await rowsOf(strapi.db.connection, documentId, locale), userId, now);
    },

    /** `userId` closed the edit view: their entry goes at once rather than when it lapses. */
    async leave(documentId: string, locale: string, userId: string): Promise<boolean> {
      const removed = await strapi.db
        .connection(table())
        .where({ ...where(documentId, locale), user_id: userId })
        .delete();
      return removed > 0;
    },
  };
};

export default presence;

declare module '../services-registry' {
  interface NewsroomServices {
    presence: ReturnType<typeof presence>;
  }
}
