import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  COMMENT_CREATED_EVENT,
  COMMENT_EDITED_EVENT,
  commentEventPayloadSchema,
} from '../../../shared/contracts/comment-events';
import { ARTICLE_UID, LEDGER_UID, NOTIFICATION_SOURCE_UID, OUTBOX_EVENT_UID } from '../../../core/model';
import { SCHEDULER_ACTOR_ID } from '../../../core/workflow/stages';
import type { SourceFacts } from '../domain/notifications/recipients';
import { SCHEDULE_FAILED_EVENT } from '../workflow/effects';

/**
 * The durable events notifications are made from, read where they are written: the editorial ledger (every
 * workflow move and assignment), the outbox (comments, failed scheduled publishes) and the drafts' embargo times.
 * A source is pending until its key is in the notification sources table (service.ts claims it there).
 */
export interface SourceEvent {
  key: string;
  documentId: string;
  locale: string;
  at: Date;
  actorId: string | null;
  excerpt: string | null;
  facts: SourceFacts;
}

/** What every source needs to know about its story, read in one place. */
export interface StoryPeople {
  title: string;
  owner: string | null;
  assignee: string | null;
  scheduledBy: string | null;
}

export interface PendingSource {
  event: SourceEvent;
  people: StoryPeople;
}

interface LedgerRow {
  id: number;
  target_document_id: string;
  locale: string;
  transition: string;
  actor_id: string;
  assignee_id: string | null;
  reason: string | null;
  version: number;
  at: string | number | Date;
}
interface OutboxRow {
  id: number;
  event: string;
  payload: string;
  created_at: string | number | Date;
}

/** The outbox events notifications are made from; a resolve tells nobody. */
const OUTBOX_EVENTS_READ = [COMMENT_CREATED_EVENT, COMMENT_EDITED_EVENT, SCHEDULE_FAILED_EVENT];

const toDate = (value: string | number | Date): Date => (value instanceof Date ? value : new Date(value));
const table = (strapi: Core.Strapi, uid: string) => strapi.db.metadata.get(uid).tableName;

export const createSourceReader = (strapi: Core.Strapi) => {
  const db = () => strapi.db.connection;

  /** The key column of the sources table joined on `<prefix><id>`: a row without a match is pending. */
  const unclaimed = (query: Knex.QueryBuilder, alias: string, prefix: 'ledger:' | 'outbox:') =>
    query
      .leftJoin(`${table(strapi, NOTIFICATION_SOURCE_UID)} as claimed`, function joinClaim() {
        this.on('claimed.source_key', '=', db().raw(`? || ${alias}.id`, [prefix]));
      })
      .whereNull('claimed.id');

  const storyPeople = async (documentId: string, locale: string): Promise<StoryPeople> => {
    const draft = (await strapi.db.query(ARTICLE_UID).findOne({
      select: ['title'],
      where: { documentId, locale, publishedAt: null },
      populate: { createdBy: { select: ['id'] } },
    })) as { title?: string | null; createdBy?: { id: number } | null } | null;
    const latest = (await strapi.db.query(LEDGER_UID).findOne({
      select: ['assigneeId'],
      where: { targetDocumentId: documentId, locale },
      orderBy: [{ version: 'desc' }, { id: 'desc' }],
    })) as { assigneeId: string | null } | null;
    const scheduled = (await strapi.db.query(LEDGER_UID).findOne({
      select: ['actorId'],
      where: { targetDocumentId: documentId, locale, transition: 'schedule' },
      orderBy: [{ id: 'desc' }],
    })) as { actorId: string } | null;
    return {
      title: draft?.title ?? '',
      owner: draft?.createdBy ? String(draft.createdBy.id) : null,
      assignee: latest?.assigneeId ?? null,
      scheduledBy: scheduled?.actorId ?? null,
    };
  };

  const previousAssignee = async (row: LedgerRow): Promise<string | null> => {
    const before = (await strapi.db.query(LEDGER_UID).findOne({
      select: ['assigneeId'],
      where: { targetDocumentId: row.target_document_id, locale: row.locale, version: { $lt: row.version } },
      orderBy: [{ version: 'desc' }, { id: 'desc' }],
    })) as { assigneeId: string | null } | null;
    return before?.assigneeId ?? null;
  };

  /** Ledger entries since `since` not yet claimed (the archive import's entries carry old times and stay out). */
  async function pendingMoves(since: Date, limit: number): Promise<PendingSource[]> {
    const rows = (await unclaimed(db()(`${table(strapi, LEDGER_UID)} as l`), 'l', 'ledger:')
      .where('l.at', '>=', since)
      .whereNotIn('l.transition', ['restore', 'delete'])
      .select('l.*')
      .orderBy('l.id')
      .limit(limit)) as LedgerRow[];
    const found: PendingSource[] = [];
    for (const row of rows) {
      const people = await storyPeople(row.target_document_id, row.locale);
      const facts: SourceFacts = {
        source: 'move',
        transition: row.transition,
        actorId: row.actor_id,
        assignee: row.assignee_id,
        previousAssignee: await previousAssignee(row),
        owner: people.owner,
        scheduledBy: people.scheduledBy,
        bySystem: row.actor_id === SCHEDULER_ACTOR_ID,
      };
      found.push({
        event: {
          key: `ledger:${row.id}`,
          documentId: row.target_document_id,
          locale: row.locale,
          at: toDate(row.at),
          actorId: row.actor_id,
          excerpt: row.transition === 'request_changes' || facts.bySystem ? row.reason : null,
          facts,
        },
        people: { ...people, assignee: row.assignee_id ?? people.assignee },
      });
    }
    return found;
  }

  /**
   * Comment events (a new comment, an edit that mentions someone for the first time) and failed-schedule events
   * in the outbox since `since`, not yet claimed.
   */
  async function pendingOutbox(since: Date, limit: number): Promise<PendingSource[]> {
    const rows = (await unclaimed(db()(`${table(strapi, OUTBOX_EVENT_UID)} as o`), 'o', 'outbox:')
      .whereIn('o.event', OUTBOX_EVENTS_READ)
      .where('o.created_at', '>=', since)
      .select('o.id', 'o.event', 'o.payload', 'o.created_at')
      .orderBy('o.id')
      .limit(limit)) as OutboxRow[];
    const found: PendingSource[] = [];
    for (const row of rows) {
      const key = `outbox:${row.id}`;
      if (row.event !== SCHEDULE_FAILED_EVENT) {
        const parsed = commentEventPayloadSchema.safeParse(JSON.parse(row.payload));
        if (!parsed.success) {
          strapi.log.warn(
            `[newsroom] notifications: ${key} is not a comment event: ${parsed.error.issues[0]?.message}`,
          );
          found.push({ event: ignored(key), people: NOBODY });
          continue;
        }
        const entry = parsed.data.entry;
        found.push({
          event: {
            key,
            documentId: entry.documentId,
            locale: entry.locale,
            at: new Date(entry.at),
            actorId: String(entry.actorId),
            excerpt: entry.excerpt,
            facts: {
              source: 'comment',
              actorId: String(entry.actorId),
              mentionedUserIds: entry.mentionedUserIds,
              threadParticipantIds: entry.threadParticipantIds,
            },
          },
          people: await storyPeople(entry.documentId, entry.locale),
        });
      } else {
        const entry = (JSON.parse(row.payload) as { entry: { documentId: string; locale: string; at: string } }).entry;
        const people = await storyPeople(entry.documentId, entry.locale);
        found.push({
          event: {
            key,
            documentId: entry.documentId,
            locale: entry.locale,
            at: new Date(entry.at),
            actorId: SCHEDULER_ACTOR_ID,
            excerpt: null,
            facts: { source: 'schedule_failed', ...people },
          },
          people,
        });
      }
    }
    return found;
  }

  /** One page of drafts whose embargo passed between `since` and `now`, each with its source key. */
  const embargoPage = async (since: Date, now: Date, limit: number, offset: number) => {
    const rows = (await db()(table(strapi, ARTICLE_UID))
      .whereNull('published_at')
      .where('embargo_until', '>', since)
      .where('embargo_until', '<=', now)
      .select('document_id', 'locale', 'embargo_until')
      .orderBy([{ column: 'embargo_until' }, { column: 'id' }])
      .limit(limit)
      .offset(offset)) as Array<{ document_id: string; locale: string; embargo_until: string | number | Date }>;
    return rows.map((row) => ({
      row,
      key: `embargo:${row.document_id}:${row.locale}:${toDate(row.embargo_until).getTime()}`,
    }));
  };

  /**
   * Drafts whose embargo passed between `since` and `now`, once per embargo time. The claim is checked page by
   * page: the first page may be all claimed (embargoes stay in the window after they are told) while later ones
   * are not.
   */
  async function liftedEmbargoes(since: Date, now: Date, limit: number): Promise<PendingSource[]> {
    const found: PendingSource[] = [];
    for (let offset = 0; found.length === 0; offset += limit) {
      const keyed = await embargoPage(since, now, limit, offset);
      if (keyed.length === 0) break;
      const claimed = new Set(
        (
          (await db()(table(strapi, NOTIFICATION_SOURCE_UID))
            .whereIn(
              'source_key',
              keyed.map(({ key }) => key),
            )
            .select('source_key')) as Array<{ source_key: string }>
        ).map((row) => row.source_key),
      );
      for (const { row, key } of keyed) {
        if (claimed.has(key)) continue;
        const people = await storyPeople(row.document_id, row.locale);
        found.push({
          event: {
            key,
            documentId: row.document_id,
            locale: row.locale,
            at: toDate(row.embargo_until),
            actorId: null,
            excerpt: null,
            facts: { source: 'embargo_lifted' as const, ...people },
          },
          people,
        });
      }
      if (keyed.length < limit) break;
    }
    return found;
  }

  /**
   * When the newest source was claimed, null before the first: the processor was running then, and everything
   * older had been looked at. The window the processor reads reaches back from here, so that what happened while
   * no instance ran (or all ran with notifications off) is still found however long that lasted.
   */
  async function lastClaimAt(): Promise<Date | null> {
    const row = (await db()(table(strapi, NOTIFICATION_SOURCE_UID))
      .select('processed_at')
      .orderBy('id', 'desc')
      .first()) as { processed_at: string | number | Date } | undefined;
    return row ? toDate(row.processed_at) : null;
  }

  return { pendingMoves, pendingOutbox, liftedEmbargoes, lastClaimAt };
};

const NOBODY: StoryPeople = { title: '', owner: null, assignee: null, scheduledBy: null };

/** A source that tells nobody (a malformed event): claimed all the same, so it is not read again. */
const ignored = (key: string): SourceEvent => ({
  key,
  documentId: '',
  locale: '',
  at: new Date(0),
  actorId: null,
  excerpt: null,
  facts: { source: 'comment', actorId: '', mentionedUserIds: [], threadParticipantIds: [] },
});

export type SourceReader = ReturnType<typeof createSourceReader>;
