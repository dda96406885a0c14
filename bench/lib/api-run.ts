/**
 * The moving parts of `npm run bench:api`: an app process (lib/api-instance.ts) on a loaded database, a
 * Redis database of the run's own for the cache, and autocannon cycling through a list of paths.
 */
import { fork, type ChildProcess } from 'child_process';
import { randomBytes } from 'crypto';
import { readFileSync } from 'fs';
import path from 'path';
import Redis from 'ioredis';
import { REQUIRED_SECRETS } from '../../src/env/secrets';
import { PROJECT_ROOT } from './archive-load';
import type { InstanceMessage, InstanceStats } from './api-instance';
import type { AutocannonResult } from './load';

export interface App {
  url: string;
  stats(): Promise<InstanceStats>;
  stop(): Promise<void>;
}

/** Fresh secrets, as production refuses placeholders (src/env/secrets.ts). */
function secrets(): Record<string, string> {
  const value = (): string => randomBytes(18).toString('base64');
  return Object.fromEntries(
    REQUIRED_SECRETS.map((name) => [name, name === 'APP_KEYS' ? `${value()},${value()}` : value()]),
  );
}

/** The Node options `npm start` gives the server (package.json config.serverNodeOptions; README, Performance). */
export const SERVER_NODE_OPTIONS: string[] = (
  (
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      config?: { serverNodeOptions?: string };
    }
  ).config?.serverNodeOptions ?? ''
)
  .split(/\s+/)
  .filter((option) => option !== '');

/** Starts the compiled app, production-like (with the Node options of `npm start`), on a free port of 127.0.0.1. */
export function startApp(env: Record<string, string>): Promise<App> {
  const child: ChildProcess = fork(path.join(__dirname, 'api-instance.ts'), [], {
    cwd: PROJECT_ROOT,
    execArgv: ['-r', 'esbuild-register', ...SERVER_NODE_OPTIONS],
    env: {
      ...process.env,
      ...secrets(),
      NODE_ENV: 'production',
      NEWSROOM_SCHEDULER: 'false',
      NEWSROOM_SEED: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let waiting: ((stats: InstanceStats) => void) | null = null;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the app did not start within 180 s')), 180_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited (${code}) before it was ready`));
    });
    child.on('message', (message: InstanceMessage) => {
      if (message.type === 'failed') reject(new Error(`the app failed to start: ${message.error}`));
      if (message.type === 'stats') waiting?.(message);
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      resolve({
        url: `http://127.0.0.1:${message.port}`,
        stats: () =>
          new Promise((answer) => {
            waiting = answer;
            child.send('stats');
          }),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/**
 * Waits until the app's copy desk is not building its model (checked twice, a second apart, after the build's
 * start has had two seconds): on a database with no stored model the first start builds it from the archive,
 * and timing requests meanwhile times that build (a 3.1 s request and the SQL counts of the first rows, once).
 */
export async function afterCopyDeskBuild(app: App, log: (line: string) => void, maxMs = 15 * 60_000): Promise<void> {
  const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const started = Date.now();
  await pause(2000);
  let idleChecks = 0;
  let said = 0;
  while (idleChecks < 2) {
    if (Date.now() - started > maxMs) throw new Error(`the copy desk was still building after ${maxMs / 1000} s`);
    if ((await app.stats()).copydeskBuilding) {
      idleChecks = 0;
      if (Date.now() - said > 15_000) {
        said = Date.now();
        log(`  waiting for the copy desk's model build (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    } else idleChecks += 1;
    await pause(1000);
  }
}

export interface RunRedis {
  url: string;
  /** Empties the database the run used. */
  release(): Promise<void>;
}

/**
 * A Redis database number nobody uses (no keys) among 1–15, so the run's cache neither meets another's
 * entries nor evicts them (the store's key prefix is fixed); emptied afterwards.
 */
export async function claimRedis(base: string): Promise<RunRedis> {
  for (let db = 15; db >= 1; db -= 1) {
    const url = new URL(base);
    url.pathname = `/${db}`;
    const redis = new Redis(url.toString(), { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      if ((await redis.dbsize()) === 0) {
        // A marker so that a concurrent run sees this database as taken.
        await redis.set('newsroom:bench:api', String(process.pid));
        return {
          url: url.toString(),
          release: async () => {
            const cleaner = new Redis(url.toString(), { maxRetriesPerRequest: 1 });
            await cleaner.flushdb();
            cleaner.disconnect();
          },
        };
      }
    } finally {
      redis.disconnect();
    }
  }
  throw new Error(`no empty Redis database (1–15) at ${base}`);
}

interface Autocannon {
  (options: {
    url: string;
    connections: number;
    duration: number;
    timeout: number;
    requests: Array<{ method: 'GET'; path: string }>;
    warmup?: { connections: number; duration: number };
  }): Promise<AutocannonResult>;
}

/** autocannon on `paths` (each connection cycles through the list), after a warm-up on the same connections. */
export function runPaths(
  url: string,
  paths: readonly string[],
  connections: number,
  durationSeconds: number,
  warmupSeconds: number,
): Promise<AutocannonResult> {
  const autocannon = require('autocannon') as Autocannon;
  return autocannon({
    url,
    connections,
    duration: durationSeconds,
    timeout: 10,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
    ...(warmupSeconds > 0 ? { warmup: { connections, duration: warmupSeconds } } : {}),
  });
}

/** Checks the first path answers 200 with JSON data, so the figures are of reads, not of errors. */
export async function checkPath(url: string, p: string): Promise<void> {
  const response = await fetch(url + p);
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`GET ${decodeURIComponent(p)} answered ${response.status}: ${text.slice(0, 300)}`);
}
