#!/usr/bin/env node
/**
 * `npm run seed`: loads the demo content (bilingual taxonomy, sources, authors, the wire sample as a draft,
 * one published story) into the configured database. Safe to run again: nothing is duplicated.
 * Runs in production only with NEWSROOM_SEED=true, like the seed at boot.
 */
'use strict';
const { compileStrapi, createStrapi } = require('@strapi/strapi');

async function main() {
  if (process.env.NODE_ENV === 'production' && process.env.NEWSROOM_SEED !== 'true') {
    console.error('Refusing to seed a production database: set NEWSROOM_SEED=true to do it on purpose.');
    process.exit(1);
  }
  // Boot without the seed-at-boot step: this script runs the seed itself and reports it.
  process.env.NEWSROOM_SEED = 'false';
  const app = await createStrapi({ ...(await compileStrapi()), serveAdminPanel: false }).load();
  try {
    const summary = await app.plugin('newsroom').service('seed').run();
    await app.store({ type: 'plugin', name: 'newsroom', key: 'demo-seeded' }).set({ value: new Date().toISOString() });
    console.log(`Demo content: ${summary.created.length} created, ${summary.existing.length} already there.`);
    for (const key of summary.created) console.log(`  + ${key}`);
  } finally {
    await app.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
