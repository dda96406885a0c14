import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';

/**
 * Scheduled publishing: every instance looks for due jobs every 20 seconds (so a locale goes live within a
 * minute of its time); claiming with row locks in the database, not in-memory cron state, makes each job
 * run once however many instances there are, and a restarted instance catches up on anything missed.
 */
export const SCHEDULER_RULE = '*/20 * * * * *';

export const registerScheduler = (strapi: Core.Strapi): void => {
  // Strapi starts tasks added from code whatever `server.cron.enabled` says (it only gates config tasks), so
  // NEWSROOM_SCHEDULER=false (config/server.ts) is honoured here: an instance that only serves reads.
  if (strapi.config.get<boolean>('server.cron.enabled', true) === false) return;
  strapi.cron.add({
    newsroomScheduledPublishing: {
      options: { rule: SCHEDULER_RULE },
      task: async () => {
        try {
          const ran = await getService(strapi, 'workflow').runDueJobs();
          if (ran > 0) strapi.log.info(`[newsroom] scheduler: ${ran} due job(s) handled`);
          // Webhooks an instance could not deliver (it stopped after committing) are picked up here.
          await getService(strapi, 'outbox').deliver();
        } catch (error) {
          strapi.log.error(`[newsroom] scheduler: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    },
  });
};
