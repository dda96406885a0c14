import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { NotificationTableRow } from './table-row';
import { NOTIFICATION_PREFERENCE_UID, NOTIFICATION_UID } from '../../../core/model';
import { digestDue, digestOf, emailOf, languageOf, type MessageFacts } from '../domain/notifications/messages';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { readRecipients } from './readers';

const BATCH = 20;

interface EmailRow extends NotificationTableRow {
  recipient_id: number;
}

interface EmailService {
  send(options: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

/**
 * E-mail through Strapi's email plugin (the nodemailer provider, config/plugins.ts). Pending rows are claimed
 * with FOR UPDATE SKIP LOCKED on PostgreSQL and marked sent in the same transaction, so two instances never send
 * the same row; a send that fails leaves the row pending for the next run (a crash between the SMTP server's
 * acceptance and the commit would send it again: at least once, like the webhooks).
 */
export const createMailer = (strapi: Core.Strapi) => {
  const table = () => strapi.db.metadata.get(NOTIFICATION_UID).tableName;
  const emailService = () => strapi.plugin('email').service('email') as EmailService;
  const storyLink = (row: EmailRow) =>
    `${pluginConfig(strapi, 'notifications').adminUrl}/content-manager/collection-types/api::article.article/${encodeURIComponent(row.target_document_id)}?plugins[i18n][locale]=${encodeURIComponent(row.locale)}`;
  const factsOf = (row: EmailRow): MessageFacts => ({
    kind: row.kind,
    title: row.title ?? '',
    actorName: row.actor_name,
    excerpt: row.excerpt,
    link: storyLink(row),
  });
  const locked = (query: Knex.QueryBuilder): Knex.QueryBuilder =>
    strapi.db.dialect.client === 'postgres' ? query.forUpdate().skipLocked() : query;

  /**
   * PostgreSQL: the claim is a transaction holding the rows' locks while it sends. SQLite (one instance, one
   * connection): no transaction around the SMTP conversation, which would hold the only connection and stall every
   * request meanwhile; this instance's one run at a time (service.ts) is the claim there.
   */
  const claiming = <T>(work: (trx: Knex) => Promise<T>): Promise<T> =>
    strapi.db.dialect.client === 'postgres'
      ? (strapi.db.transaction(({ trx }: { trx: Knex.Transaction }) => work(trx)) as Promise<T>)
      : work(strapi.db.connection);

  const deliverBatch = (limit: number) =>
    claiming(async (trx) => {
      const rows = (await locked(
        trx(table()).where({ channel: 'email', digest: false }).whereNull('sent_at').orderBy('id').limit(limit),
      )) as EmailRow[];
      const users = await readRecipients(
        strapi,
        rows.map((row) => row.recipient_id),
      );
      let sent = 0;
      for (const row of rows) {
        const user = users.get(row.recipient_id);
        if (user?.email && user.isActive) {
          try {
            await emailService().send({ to: user.email, ...emailOf(factsOf(row), languageOf(user.preferedLanguage)) });
          } catch (error) {
            strapi.log.warn(
              `[newsroom] notification e-mail ${row.id} not sent, will retry: ${error instanceof Error ? error.message : String(error)}`,
            );
            break;
          }
        }
        // Sent, or nobody to send it to any more: either way it is done.
        await trx(table()).where({ id: row.id }).update({ sent_at: new Date(), updated_at: new Date() });
        sent += 1;
      }
      return { claimed: rows.length, sent };
    });

  return {
    /** Pending immediate e-mails, oldest first, at most `maxEmailsPerRun` (the rest in the next runs). */
    async deliverImmediate(): Promise<number> {
      const { email, maxEmailsPerRun } = pluginConfig(strapi, 'notifications');
      if (!email) return 0;
      let sent = 0;
      while (sent < maxEmailsPerRun) {
        const limit = Math.min(BATCH, maxEmailsPerRun - sent);
        const batch = await deliverBatch(limit);
        sent += batch.sent;
        if (batch.claimed < limit || batch.sent < batch.claimed) return sent;
      }
      return sent;
    },

    /**
     * One digest per user whose digest is due: the user's preference row is locked (SKIP LOCKED) while their
     * pending rows are read, sent in one e-mail and marked, so instances running this at once send it once.
     */
    async sendDigests(now: Date): Promise<number> {
      const { email, digestHour } = pluginConfig(strapi, 'notifications');
      if (!email) return 0;
      const timeZone = getService(strapi, 'workflow').config().timezone;
      const preferenceTable = strapi.db.metadata.get(NOTIFICATION_PREFERENCE_UID).tableName;
      const users = (await strapi.db
        .connection(preferenceTable)
        .where({ email_mode: 'digest' })
        .select('user_id', 'last_digest_at')) as Array<{
        user_id: number;
        last_digest_at: string | number | Date | null;
      }>;
      let sent = 0;
      for (const candidate of users) {
        const last = candidate.last_digest_at === null ? null : new Date(candidate.last_digest_at);
        if (!digestDue(now, last, digestHour, timeZone)) continue;
        sent += await claiming(async (trx) => {
          const [preference] = (await locked(
            trx(preferenceTable)
              .where({ user_id: candidate.user_id, email_mode: 'digest' })
              .select('id', 'last_digest_at'),
          )) as Array<{ id: number; last_digest_at: string | number | Date | null }>;
          const lastNow = preference?.last_digest_at ? new Date(preference.last_digest_at) : null;
          if (!preference || !digestDue(now, lastNow, digestHour, timeZone)) return 0;
          const rows = (await trx(table())
            .where({ channel: 'email', digest: true, recipient_id: candidate.user_id })
            .whereNull('sent_at')
            .orderBy('id')
            .limit(200)) as EmailRow[];
          const user = (await readRecipients(strapi, [candidate.user_id])).get(candidate.user_id);
          if (rows.length > 0 && user?.email && user.isActive)
            await emailService().send({
              to: user.email,
              ...digestOf(rows.map(factsOf), languageOf(user.preferedLanguage)),
            });
          await trx(table())
            .whereIn(
              'id',
              rows.map((row) => row.id),
            )
            .update({ sent_at: now, updated_at: now });
          await trx(preferenceTable).where({ id: preference.id }).update({ last_digest_at: now, updated_at: now });
          return rows.length > 0 ? 1 : 0;
        });
      }
      return sent;
    },
  };
};
