import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

/**
 * Closes what the plugin opened (the Redis connection of the response cache, the copy desk's word-list worker and
 * timer), so the process can exit; first lets a notifications run in progress finish while the database is open.
 */
const destroy = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await getService(strapi, 'notifications').close();
  await getService(strapi, 'responseCache').destroy();
  await getService(strapi, 'copydesk').stop();
};

export default destroy;
