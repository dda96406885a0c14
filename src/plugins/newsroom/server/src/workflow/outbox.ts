import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { OUTBOX_EVENT_UID } from '../../../core/model';

const BATCH = 50;

interface OutboxRow {
  id: number;
  event: string;
  payload: string;
}
interface Webhook {
  url: string;
  headers?: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}
interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
}
const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * Webhooks that survive a crash: the event is written in the same transaction as the change it announces
 * (so a change is never committed without its event), and delivered afterwards by whichever instance gets to
 * it — claimed with FOR UPDATE SKIP LOCKED on PostgreSQL, marked delivered in the same transaction. An
 * instance killed mid-delivery leaves the row to another; a receiver may then see a delivery twice, with
 * the same `deliveryId` to recognise it.
 */
const outbox = ({ strapi }: { strapi: Core.Strapi }) => {
  let running: Promise<number> | null = null;
  let again = false;

  /**
   * Sends one event to every webhook subscribed to it, as Strapi's own runner formats it. Unlike that runner,
   * a failure throws, so the event stays pending instead of being counted as delivered.
   */
  const post = async (webhooks: Webhook[], row: OutboxRow): Promise<void> => {
    const body = JSON.stringify({ event: row.event, createdAt: new Date(), ...(JSON.parse(row.payload) as object) });
    for (const hook of webhooks) {
      const response = await fetch(hook.url, {
        method: 'POST',
        body,
        headers: { ...hook.headers, 'X-Strapi-Event': row.event, 'Content-Type': 'application/json' },
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`${hook.url} answered ${response.status}`);
    }
  };

  const deliverBatch = async (): Promise<number> =>
    strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
      let query = trx(strapi.db.metadata.get(OUTBOX_EVENT_UID).tableName)
        .whereNull('delivered_at')
        .orderBy('id')
        .limit(BATCH);
      if (strapi.db.dialect.client === 'postgres') query = query.forUpdate().skipLocked();
      const rows = (await query) as OutboxRow[];
      const webhooks = (await (strapi.get('webhookStore') as WebhookStore).findWebhooks()).filter(
        (hook) => hook.isEnabled,
      );
      let delivered = 0;
      for (const row of rows) {
        try {
          await post(
            webhooks.filter((hook) => hook.events.includes(row.event)),
            row,
          );
        } catch (error) {
          // Left pending: the next run (this instance's or another's) tries again.
          strapi.log.warn(
            `[newsroom] webhook ${row.event} not delivered, will retry: ${error instanceof Error ? error.message : String(error)}`,
          );
          break;
        }
        await trx(strapi.db.metadata.get(OUTBOX_EVENT_UID).tableName)
          .where({ id: row.id })
          .update({ delivered_at: new Date() });
        delivered += 1;
      }
      return delivered === rows.length ? rows.length : 0;
    });

  const drain = async (): Promise<number> => {
    let delivered = 0;
    do {
      again = false;
      for (let batch = await deliverBatch(); ; batch = await deliverBatch()) {
        delivered += batch;
        if (batch < BATCH) break;
      }
    } while (again);
    return delivered;
  };

  return {
    /** Writes an event in the current transaction; `deliveryId` goes into the payload's entry. */
    async add(event: string, payload: { entry: Record<string, unknown> } & Record<string, unknown>): Promise<void> {
      const deliveryId = randomUUID();
      await strapi.db.query(OUTBOX_EVENT_UID).create({
        data: { event, deliveryId, payload: JSON.stringify({ ...payload, entry: { ...payload.entry, deliveryId } }) },
      });
    },

    /** Delivers what is pending; concurrent calls in one instance share one run. */
    deliver(): Promise<number> {
      if (running) {
        again = true;
        return running;
      }
      running = drain().finally(() => {
        running = null;
      });
      return running;
    },
  };
};

export default outbox;

declare module '../services-registry' {
  interface NewsroomServices {
    outbox: ReturnType<typeof outbox>;
  }
}
