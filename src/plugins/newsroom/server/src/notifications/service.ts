import { RunQueue } from '../domain/concurrency/run-queue';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  NOTIFICATION_CREATED_EVENT,
  NOTIFICATION_KINDS,
  type EmailMode,
  type MarkReadRequest,
  type NotificationChannel,
  type NotificationKind,
  type NotificationListQuery,
  type NotificationPreferences,
  type NotificationView,
  notificationListQuerySchema,
} from '../../../shared/contracts/notifications';
import { NOTIFICATION_PREFERENCE_UID, NOTIFICATION_SOURCE_UID, NOTIFICATION_UID } from '../../../core/model';
import { recipientsOf, type Recipient } from '../domain/notifications/recipients';
import { languageOf, lineOf } from '../domain/notifications/messages';
import { newDocumentId } from '../domain/wire';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import type { NotificationTableRow } from './table-row';
import { createReadCheck, displayName, readRecipients, type AdminRecipient } from './readers';
import { createSourceReader, type SourceEvent, type StoryPeople } from './sources';
import { createMailer } from './mailer';

const BATCH = 50;

interface TransactionScope {
  trx: Knex.Transaction;
  onCommit(callback: () => void): void;
}

interface NotificationRow extends NotificationTableRow {
  at: string | number | Date;
  read_at: string | number | Date | null;
}

const DEFAULT_PREFERENCES: NotificationPreferences = { emailMode: 'immediate', emailKinds: [...NOTIFICATION_KINDS] };

const iso = (value: string | number | Date | null): string | null =>
  value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();

/**
 * Notifications: made from durable sources (sources.ts) by whichever instance runs first, each exactly once per
 * user and channel. A source is claimed by inserting its key into the sources table in the transaction that
 * writes its notifications (a second instance's insert waits for that transaction, then finds the key and skips
 * it), and every notification has a unique (source, user, channel) key besides. The admin channel is the row
 * itself; the webhook channel is an outbox event written in the same transaction; e-mails are claimed with
 * FOR UPDATE SKIP LOCKED on PostgreSQL and marked sent in the transaction that sends them (mailer.ts).
 */
const notifications = ({ strapi }: { strapi: Core.Strapi }) => {
  const sources = createSourceReader(strapi);
  const mailer = createMailer(strapi);
  const tableOf = (uid: string) => strapi.db.metadata.get(uid).tableName;
  const config = () => pluginConfig(strapi, 'notifications');
  /** This instance's runs, one at a time; a call during a run gets the one queued behind it. */
  const runs = new RunQueue<number>();
  /** Set at shutdown (`close`): no run starts after it. */
  let closed = false;

  const preferencesOf = async (userIds: readonly number[]) => {
    const rows = (await strapi.db.query(NOTIFICATION_PREFERENCE_UID).findMany({
      where: { userId: { $in: [...userIds] } },
    })) as Array<{ userId: number; emailMode: EmailMode; emailKinds: unknown }>;
    const found = new Map<number, NotificationPreferences>();
    for (const row of rows)
      found.set(row.userId, {
        emailMode: row.emailMode,
        emailKinds: Array.isArray(row.emailKinds)
          ? (row.emailKinds as string[]).filter((kind): kind is NotificationKind =>
              (NOTIFICATION_KINDS as readonly string[]).includes(kind),
            )
          : [],
      });
    return found;
  };

  /** Inserts a row unless (source, user, channel) exists; true when this call wrote it. */
  const insertOnce = async (trx: Knex.Transaction, row: Record<string, unknown>): Promise<number | null> => {
    const now = new Date();
    const inserted = (await trx(tableOf(NOTIFICATION_UID))
      .insert({ ...row, document_id: newDocumentId(), created_at: now, updated_at: now, published_at: now })
      .onConflict(['source_key', 'recipient_id', 'channel'])
      .ignore()
      .returning(['id'])) as Array<{ id: number }>;
    return inserted[0]?.id ?? null;
  };

  /** Claims one source and writes its notifications; false when another instance had it already. */
  const processOne = async (event: SourceEvent, people: StoryPeople): Promise<number> => {
    const canRead = createReadCheck(strapi);
    const candidates = recipientsOf(event.facts);
    const users = await readRecipients(strapi, [
      ...candidates.map((candidate) => candidate.userId),
      ...(event.actorId && /^\d+$/.test(event.actorId) ? [Number(event.actorId)] : []),
    ]);
    const recipients: Array<Recipient & { user: AdminRecipient }> = [];
    for (const candidate of candidates) {
      const user = users.get(candidate.userId);
      if (!user?.isActive) continue;
      if (config().readGuard && !(await canRead(candidate.userId, event.documentId, event.locale))) continue;
      recipients.push({ ...candidate, user });
    }
    const preferences = await preferencesOf(recipients.map((recipient) => recipient.userId));
    const actorName =
      event.actorId && /^\d+$/.test(event.actorId) ? displayName(users.get(Number(event.actorId))) : null;
    const email = config().email;

    return strapi.db.transaction(async ({ trx }: TransactionScope) => {
      const now = new Date();
      const claimed = (await trx(tableOf(NOTIFICATION_SOURCE_UID))
        .insert({
          source_key: event.key,
          processed_at: now,
          notified: recipients.length,
          document_id: newDocumentId(),
          created_at: now,
          updated_at: now,
          published_at: now,
        })
        .onConflict(['source_key'])
        .ignore()
        .returning(['id'])) as Array<{ id: number }>;
      if (claimed.length === 0) return 0;
      let written = 0;
      for (const { userId, kind, user } of recipients) {
        const common = {
          source_key: event.key,
          recipient_id: userId,
          kind,
          target_document_id: event.documentId,
          locale: event.locale,
          title: people.title.slice(0, 500),
          actor_name: actorName?.slice(0, 200) ?? null,
          excerpt: event.excerpt?.slice(0, 1000) ?? null,
          at: event.at,
        };
        const channels: Array<[NotificationChannel, Record<string, unknown>]> = [
          ['admin', {}],
          ['webhook', {}],
        ];
        const preference = preferences.get(userId) ?? DEFAULT_PREFERENCES;
        if (email && user.email && preference.emailMode !== 'off' && preference.emailKinds.includes(kind))
          channels.push(['email', { digest: preference.emailMode === 'digest' }]);
        for (const [channel, extra] of channels) {
          const id = await insertOnce(trx, { ...common, ...extra, channel });
          if (id === null) continue;
          written += 1;
          if (channel === 'webhook')
            await getService(strapi, 'outbox').add(NOTIFICATION_CREATED_EVENT, {
              model: 'notification',
              uid: NOTIFICATION_UID,
              entry: {
                notificationId: id,
                kind,
                recipientId: userId,
                documentId: event.documentId,
                locale: event.locale,
                title: common.title,
                actorId: event.actorId,
                at: event.at.toISOString(),
                source: event.key,
                text: lineOf({ kind, title: people.title, actorName }, languageOf(user.preferedLanguage)),
              },
            });
        }
      }
      return written;
    });
  };

  /**
   * Where the look for pending sources starts: `lookbackHours` before the newest claim (before now when nothing
   * was ever claimed). Counted from the last claim, not from now, so that an instance starting after days without
   * a processor (every instance down, or notifications off) still finds what happened meanwhile and tells it once.
   * The margin covers a transaction that commits an older event after a newer one was claimed.
   */
  const windowStart = async (now: Date): Promise<Date> => {
    const lastClaim = await sources.lastClaimAt();
    const from = lastClaim && lastClaim < now ? lastClaim : now;
    return new Date(from.getTime() - config().lookbackHours * 3600_000);
  };

  /** Every pending source, in batches, until none is left. */
  const processPending = async (now: Date): Promise<number> => {
    const since = await windowStart(now);
    let written = 0;
    for (;;) {
      const batch = [
        ...(await sources.pendingMoves(since, BATCH)),
        ...(await sources.pendingOutbox(since, BATCH)),
        ...(await sources.liftedEmbargoes(since, now, BATCH)),
      ];
      for (const { event, people } of batch) written += await processOne(event, people);
      if (batch.length === 0) return written;
    }
  };

  const run = async (now: Date): Promise<number> => {
    const written = await processPending(now);
    const delivered = await mailer.deliverImmediate();
    if (written > 0) await getService(strapi, 'outbox').deliver();
    return written + delivered;
  };

  return {
    /**
     * Makes what is pending and sends the immediate e-mails, one run at a time in this instance. A call that
     * arrives during a run gets the run queued behind it (one, shared by every such call), which sees what was
     * committed meanwhile: returning the current run instead would leave that to the next move or cron.
     */
    tick(now?: Date): Promise<number> {
      if (closed || !config().enabled) return Promise.resolve(0);
      // The queued run asks again when its turn comes: after close() it answers 0 without running; without a
      // time given it reads the clock then (an embargo lifting while it waited is in its run).
      return runs.run(
        () => run(now ?? new Date()),
        () => this.tick(now),
      );
    },

    /** After a commit that may have made sources (a workflow move): run now, in the background. */
    kick(): void {
      if (closed || !config().enabled) return;
      this.tick().catch((error: unknown) =>
        strapi.log.error(`[newsroom] notifications: ${error instanceof Error ? error.message : String(error)}`),
      );
    },

    /**
     * At shutdown (the plugin's destroy, before Strapi closes the database): the run in progress finishes, and no
     * other starts (a queued one answers 0; what it would have made stays pending for the next start's cron). A
     * background run (`kick`) cut off by the closed pool waited a minute for a connection and failed, its
     * notifications half made and its e-mail sent but not marked so.
     */
    async close(): Promise<void> {
      closed = true;
      await runs.drained();
    },

    sendDigests: (now = new Date()) => mailer.sendDigests(now),

    async list(userId: number, query: NotificationListQuery, preferedLanguage: string | null) {
      const { kind, state, page, pageSize } = notificationListQuerySchema.parse(query);
      const base = () => {
        const q = strapi.db.connection(tableOf(NOTIFICATION_UID)).where({ recipient_id: userId, channel: 'admin' });
        if (kind) void q.where('kind', kind);
        if (state === 'unread') void q.whereNull('read_at');
        if (state === 'read') void q.whereNotNull('read_at');
        return q;
      };
      const rows = (await base()
        .select('id', 'kind', 'target_document_id', 'locale', 'title', 'actor_name', 'excerpt', 'at', 'read_at')
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)) as NotificationRow[];
      const [{ total }] = (await base().count({ total: '*' })) as Array<{ total: number | string }>;
      const language = languageOf(preferedLanguage);
      const data: NotificationView[] = rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        documentId: row.target_document_id,
        locale: row.locale,
        title: row.title ?? '',
        actorName: row.actor_name,
        excerpt: row.excerpt,
        text: lineOf({ kind: row.kind, title: row.title ?? '', actorName: row.actor_name }, language),
        at: iso(row.at) ?? '',
        readAt: iso(row.read_at),
      }));
      return { data, meta: { page, pageSize, total: Number(total), unread: await this.unread(userId) } };
    },

    async unread(userId: number): Promise<number> {
      const [{ unread }] = (await strapi.db
        .connection(tableOf(NOTIFICATION_UID))
        .where({ recipient_id: userId, channel: 'admin' })
        .whereNull('read_at')
        .count({ unread: '*' })) as Array<{ unread: number | string }>;
      return Number(unread);
    },

    /** Only the user's own admin notifications: another user's ids are not found, and so not marked. */
    async markRead(userId: number, request: MarkReadRequest): Promise<number> {
      const q = strapi.db
        .connection(tableOf(NOTIFICATION_UID))
        .where({ recipient_id: userId, channel: 'admin' })
        .whereNull('read_at');
      if ('ids' in request) void q.whereIn('id', request.ids);
      return (await q.update({ read_at: new Date(), updated_at: new Date() })) as number;
    },

    async preferences(userId: number): Promise<NotificationPreferences> {
      return (await preferencesOf([userId])).get(userId) ?? DEFAULT_PREFERENCES;
    },

    /** One row per user (unique), written by this service only. */
    async setPreferences(userId: number, preferences: NotificationPreferences): Promise<NotificationPreferences> {
      const emailKinds = NOTIFICATION_KINDS.filter((kind) => preferences.emailKinds.includes(kind));
      const existing = (await strapi.db
        .query(NOTIFICATION_PREFERENCE_UID)
        .findOne({ select: ['id'], where: { userId } })) as { id: number } | null;
      const data = { userId, emailMode: preferences.emailMode, emailKinds };
      if (existing) await strapi.db.query(NOTIFICATION_PREFERENCE_UID).update({ where: { id: existing.id }, data });
      else await strapi.db.query(NOTIFICATION_PREFERENCE_UID).create({ data });
      return { emailMode: preferences.emailMode, emailKinds };
    },
  };
};

export default notifications;

declare module '../services-registry' {
  interface NewsroomServices {
    notifications: ReturnType<typeof notifications>;
  }
}
