import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';

/**
 * Every instance looks for pending sources every 20 seconds (a move made on another instance, a comment, an
 * embargo that passed) and sends the daily digests when due: the claims in the database, not cron state, make
 * each happen once however many instances run it.
 */
export const NOTIFICATIONS_RULE = '*/20 * * * * *';

export const registerNotifications = (strapi: Core.Strapi): void => {
  if (strapi.config.get<boolean>('server.cron.enabled', true) === false) return;
  strapi.cron.add({
    newsroomNotifications: {
      options: { rule: NOTIFICATIONS_RULE },
      task: async () => {
        try {
          await getService(strapi, 'notifications').tick();
          await getService(strapi, 'notifications').sendDigests();
        } catch (error) {
          strapi.log.error(`[newsroom] notifications: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    },
  });
};
