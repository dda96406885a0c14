#!/usr/bin/env node
/**
 * `npm run test:pg`: the API suite against PostgreSQL. Each test file creates its own database on the server
 * named by TEST_DATABASE_URL (default: the local server as user postgres) and drops it afterwards.
 * Fails straight away, naming the URL, when the server is unreachable.
 */
'use strict';
const { spawnSync } = require('child_process');
const { Client } = require('pg');

const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function main() {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    console.error(`PostgreSQL is not reachable at ${url}: ${error.message}`);
    process.exit(1);
  } finally {
    await client.end().catch(() => undefined);
  }
  const jest = require.resolve('jest/bin/jest');
  const args = process.argv.slice(2);
  // --multi: the multi-instance suite (several Strapi processes on one database) instead of the API suite.
  const project = args.includes('--multi') ? 'multi' : 'api';
  const rest = args.filter((arg) => arg !== '--multi');
  const result = spawnSync(process.execPath, [jest, '--selectProjects', project, '--runInBand', ...rest], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: url },
  });
  process.exit(result.status ?? 1);
}

main();
