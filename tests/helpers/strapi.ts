import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';
import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';

/**
 * One real Strapi per test file, on a database of its own:
 * - SQLite: a fresh file in the temp folder (default);
 * - PostgreSQL: when TEST_DATABASE_URL is set, a database created for the run and dropped afterwards.
 */
export interface TestStrapi {
  strapi: Core.Strapi;
  databaseLabel: string;
  /** Shuts Strapi down as a stopping server does (no waiting for the pool first); teardown then only cleans up. */
  shutDown(): Promise<void>;
  teardown(): Promise<void>;
}

const randomSecret = (): string => crypto.randomBytes(18).toString('base64');

const testSecrets = (): Record<string, string> => ({
  APP_KEYS: [randomSecret(), randomSecret()].join(','),
  API_TOKEN_SALT: randomSecret(),
  ADMIN_JWT_SECRET: randomSecret(),
  TRANSFER_TOKEN_SALT: randomSecret(),
  JWT_SECRET: randomSecret(),
  ENCRYPTION_KEY: randomSecret(),
  PREVIEW_SECRET: randomSecret(),
  CALENDAR_FEED_SECRET: randomSecret(),
});

interface PoolState {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * Strapi emits its entry events after commit without awaiting them (a populated findOne each). If the pool is
 * destroyed while such a query is between two acquires, the acquire can never be served (the pool stops handing
 * out connections once destroy starts) and surfaces a minute later as a KnexTimeoutError in whichever file runs
 * then. So wait until the pool has been idle for a few polls before destroying it.
 */
async function settleDatabase(
  strapi: Core.Strapi,
  { quietPolls = 3, pollMs = 25, maxMs = 15_000 } = {},
): Promise<void> {
  const pool = (strapi.db.connection.client as { pool?: PoolState }).pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates();
  const deadline = Date.now() + maxMs;
  let quiet = 0;
  while (quiet < quietPolls) {
    if (Date.now() > deadline) {
      console.warn(
        `teardown: database pool still busy after ${maxMs} ms (used ${pool.numUsed()}, waiting ${pool.numPendingAcquires()})`,
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    quiet = busy() === 0 ? quiet + 1 : 0;
  }
}

const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

async function preparePostgres(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `newsroom_test_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabaseName(serverUrl, name),
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function startTestStrapi(extraEnv: Record<string, string> = {}): Promise<TestStrapi> {
  const secrets = testSecrets();
  Object.assign(process.env, secrets, {
    NEWSROOM_SEED: 'false',
    // The tests run the scheduler by hand (runDueJobs): a background tick would race their setup of due rows.
    NEWSROOM_SCHEDULER: 'false',
    // Tests change data behind the API's back (state rows, config): the cache tests turn it on themselves.
    NEWSROOM_CACHE: 'false',
    REDIS_URL: '',
    // No corpus unless a test asks: reading one takes seconds to minutes.
    NEWSROOM_CORPUS: '',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_STARTUP_LOG: 'false',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
    HOST: '127.0.0.1',
    PORT: '0',
    ...extraEnv,
  });

  let cleanupDatabase: () => Promise<void>;
  let databaseLabel: string;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const database = await preparePostgres(serverUrl);
    process.env.DATABASE_CLIENT = 'postgres';
    process.env.DATABASE_URL = database.url;
    cleanupDatabase = database.drop;
    databaseLabel = 'postgres';
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
    process.env.DATABASE_CLIENT = 'sqlite';
    process.env.DATABASE_URL = '';
    process.env.DATABASE_FILENAME = path.join(dir, 'data.db');
    cleanupDatabase = async () => fs.rmSync(dir, { recursive: true, force: true });
    databaseLabel = 'sqlite';
  }

  // The copy desk stores its model per database: keep a test's in a folder of its own, removed with it.
  const copydeskStore = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-copydesk-'));
  process.env.NEWSROOM_COPYDESK_STORE = extraEnv.NEWSROOM_COPYDESK_STORE ?? copydeskStore;
  const dropDatabase = cleanupDatabase;
  cleanupDatabase = async () => {
    await dropDatabase();
    fs.rmSync(copydeskStore, { recursive: true, force: true });
  };

  // Compiled once for the whole run by the jest globalSetup (tests/helpers/compile-once.ts); a bench or a script
  // that calls this on its own compiles here.
  const compiledDist = process.env.NEWSROOM_TEST_DIST_DIR;
  const appContext = compiledDist ? { appDir: process.cwd(), distDir: compiledDist } : await compileStrapi();
  // No admin panel bundle is needed to drive the admin API.
  const strapi = await createStrapi({ ...appContext, serveAdminPanel: false }).load();
  strapi.log.level = 'warn';
  strapi.server.mount();

  let shutDown: Promise<void> | null = null;
  return {
    strapi,
    databaseLabel,
    shutDown() {
      shutDown ??= strapi.destroy();
      return shutDown;
    },
    async teardown() {
      if (shutDown) await shutDown.catch(() => undefined);
      else {
        await settleDatabase(strapi);
        await strapi.destroy();
      }
      await cleanupDatabase();
    },
  };
}
