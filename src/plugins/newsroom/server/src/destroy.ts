import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

/** Closes what the plugin opened (the Redis connection of the response cache), so the process can exit. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await getService(strapi, 'responseCache').destroy();
};

export default destroy;
