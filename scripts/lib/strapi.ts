import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';

/**
 * Boots the app for a command-line job (no HTTP server, no admin panel, no demo seed) and always
 * shuts it down afterwards.
 */
export async function withStrapi<T>(job: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  process.env.NEWSROOM_SEED = process.env.NEWSROOM_SEED === 'true' ? 'true' : 'false';
  const strapi = await createStrapi({ ...(await compileStrapi()), serveAdminPanel: false }).load();
  strapi.log.level = 'warn';
  try {
    return await job(strapi);
  } finally {
    await strapi.destroy();
  }
}
