/**
 * Loads an ANT archive into a fresh database, the way an operator would: `npm run seed` (taxonomy, demo
 * content), then `npm run import -- <corpus> --publish --tag-above T` — each a process of its own, so the
 * figures are those of the real commands. Used by `npm run bench:import` and, to fill its databases, by
 * `npm run bench:api`.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';

export type DatabaseKind = 'sqlite' | 'postgres';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  kind: DatabaseKind;
  /** What the app needs in its environment to use this database. */
  env: Record<string, string>;
  label: string;
  drop(): Promise<void>;
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database: a temporary SQLite file, or a database created on the PostgreSQL server. */
export async function createBenchDatabase(kind: DatabaseKind, name: string): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
    const filename = path.join(folder, 'data.db');
    return {
      kind,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename, DATABASE_URL: '' },
      label: filename,
      drop: async () => fs.rmSync(folder, { recursive: true, force: true }),
    };
  }
  const database = `${name.replace(/[^a-z0-9_]/g, '_')}_${process.pid}`;
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}"`);
    await client.query(`CREATE DATABASE "${database}"`);
  });
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  return {
    kind,
    env: { DATABASE_URL: url.toString() },
    label: `${url.host}/${database}`,
    drop: () =>
      onServer(async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`))),
  };
}

/** A copy of a loaded database (PostgreSQL: from it as a template; SQLite: the file), to run something else on the same data. */
export async function copyBenchDatabase(source: BenchDatabase, name: string): Promise<BenchDatabase> {
  const copy = await createBenchDatabase(source.kind, name);
  if (source.kind === 'sqlite') {
    fs.copyFileSync(source.env.DATABASE_FILENAME, copy.env.DATABASE_FILENAME);
    return copy;
  }
  const from = new URL(source.env.DATABASE_URL).pathname.slice(1);
  const to = new URL(copy.env.DATABASE_URL).pathname.slice(1);
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${to}"`);
    await client.query(`CREATE DATABASE "${to}" TEMPLATE "${from}"`);
  });
  return copy;
}

export interface CommandResult {
  code: number;
  stdout: string;
  seconds: number;
}

/** Runs a project command with the database's environment; stderr (progress bars) goes to ours. */
export function runCommand(args: readonly string[], env: Record<string, string>): Promise<CommandResult> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_ENV: 'development', NEWSROOM_SEED: 'false', NEWSROOM_SCHEDULER: 'false', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout, seconds: Number(process.hrtime.bigint() - started) / 1e9 }),
    );
  });
}

export interface ImportSummary {
  read: number;
  created: number;
  updated: number;
  skipped: number;
  failed: Array<{ file: string; line?: number; reason: string }>;
  seconds: number;
  maxRssMb: number;
}

export interface ArchiveLoad {
  summary: ImportSummary;
  /** Wall-clock seconds of the import command, boot and shutdown included. */
  commandSeconds: number;
}

/** Seeds the database, then imports the corpus published, with topic suggestions above `tagAbove`. */
export async function loadArchive(
  database: BenchDatabase,
  corpus: string,
  options: { limit?: number; tagAbove: number },
): Promise<ArchiveLoad> {
  const seed = await runCommand(['scripts/seed.js'], database.env);
  if (seed.code !== 0) throw new Error(`npm run seed failed (${seed.code}) on ${database.label}`);
  const args = [
    '-r',
    'esbuild-register',
    'scripts/import.ts',
    corpus,
    '--publish',
    '--json',
    '--tag-above',
    String(options.tagAbove),
  ];
  if (options.limit !== undefined) args.push('--limit', String(options.limit));
  const run = await runCommand(args, database.env);
  // The summary is the last JSON line: Strapi's logger may write after it while the import shuts down.
  const last =
    run.stdout
      .trim()
      .split('\n')
      .reverse()
      .find((line) => line.startsWith('{')) ?? '';
  let summary: ImportSummary;
  try {
    summary = JSON.parse(last) as ImportSummary;
  } catch {
    throw new Error(`npm run import printed no summary (exit ${run.code}) on ${database.label}`);
  }
  return { summary, commandSeconds: run.seconds };
}

/** One number from the loaded database (a count), read with the database's own driver. */
export async function scalar(database: BenchDatabase, sql: string): Promise<number> {
  if (database.kind === 'sqlite') {
    // better-sqlite3 ships no types; the two calls used here.
    const Sqlite = require('better-sqlite3') as new (
      file: string,
      options: { readonly: boolean },
    ) => {
      prepare(sql: string): { get(): unknown };
      close(): void;
    };
    const db = new Sqlite(database.env.DATABASE_FILENAME, { readonly: true });
    try {
      return Number(Object.values(db.prepare(sql).get() as Record<string, unknown>)[0]);
    } finally {
      db.close();
    }
  }
  const client = new Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    return Number(Object.values((await client.query(sql)).rows[0] as Record<string, unknown>)[0]);
  } finally {
    await client.end();
  }
}

/** Runs statements on the loaded database with its own driver, one after the other (schema changes for a benchmark). */
export async function execute(database: BenchDatabase, statements: readonly string[]): Promise<void> {
  if (database.kind === 'sqlite') {
    const Sqlite = require('better-sqlite3') as new (file: string) => { exec(sql: string): void; close(): void };
    const db = new Sqlite(database.env.DATABASE_FILENAME);
    try {
      for (const sql of statements) db.exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  const client = new Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}
