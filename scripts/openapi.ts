import fs from 'fs';
import os from 'os';
import path from 'path';
import { compileStrapi, createStrapi } from '@strapi/strapi';
import { OPENAPI_FILE, openApiDocument, serializeDocument } from './openapi/document';

/**
 * `npm run openapi`: boots the app on a throwaway SQLite file (the document depends on the routes and content
 * types, never on data), generates the content API's OpenAPI document and writes docs/openapi.json.
 * tests/api/openapi.test.api.ts regenerates it and fails when the committed file differs.
 */
async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-openapi-'));
  Object.assign(process.env, {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_URL: '',
    DATABASE_FILENAME: path.join(dir, 'data.db'),
    NEWSROOM_SEED: 'false',
    NEWSROOM_SCHEDULER: 'false',
    NEWSROOM_CACHE: 'false',
    REDIS_URL: '',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
  });
  const strapi = await createStrapi({ ...(await compileStrapi()), serveAdminPanel: false }).load();
  strapi.log.level = 'error';
  try {
    // Mounting registers the routes, which adds the extra query parameters (`search`) to them.
    strapi.server.mount();
    const file = path.resolve(__dirname, '..', OPENAPI_FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, serializeDocument(openApiDocument(strapi)));
    console.log(`Wrote ${OPENAPI_FILE}`);
  } finally {
    await strapi.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
