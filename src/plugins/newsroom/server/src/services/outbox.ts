import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

const OUTBOX = 'plugin::newsroom.outbox-event';
const BATCH = 50;

interface OutboxRow {
  id: number;
  event: string;
  payload: string;
}
interface WebhookRunner {
  executeListener(args: { event: string; info: Record<string, unknown> }): Promise<void>;
}

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

  const deliverBatch = async (): Promise<number> =>
    strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
      let query = trx(strapi.db.metadata.get(OUTBOX).tableName).whereNull('delivered_at').orderBy('id').limit(BATCH);
      if (strapi.db.dialect.client === 'postgres') query = query.forUpdate().skipLocked();
      const rows = (await query) as OutboxRow[];
      const runner = strapi.get('webhookRunner') as WebhookRunner;
      for (const row of rows) {
        await runner.executeListener({ event: row.event, info: JSON.parse(row.payload) as Record<string, unknown> });
        await trx(strapi.db.metadata.get(OUTBOX).tableName).where({ id: row.id }).update({ delivered_at: new Date() });
      }
      return rows.length;
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
      await strapi.db.query(OUTBOX).create({
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
