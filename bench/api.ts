/**
 * Public read speed (issue 8, item 1): what a news site's pages cost, Strapi's own REST routes against the
 * newsroom plugin's site reads, with and without the response cache, on SQLite and PostgreSQL.
 *
 *   npm run bench:api [-- --only sqlite|postgres] [--limit N] [--corpus PATH]
 *     [--duration 20] [--warmup 3] [--connections 10,50] [--json]
 *   npm run bench:api -- --report [--only sqlite|postgres]   (the recorded runs, judged and drawn again)
 *
 * For each database the ANT archive is loaded once (`npm run seed`, then `npm run import -- <corpus> --publish
 * --tag-above 0.5`, see lib/archive-load), real slugs are picked from it (300 article slugs, the 10 busiest
 * topics and authors, 30 recurring Arabic title words), and the compiled app is started production-like
 * (compiled into dist/ first; NODE_ENV=production, fresh secrets, no scheduler, no seed, no admin panel;
 * lib/api-instance):
 *  - "plain": NEWSROOM_CACHE=false, Strapi's REST routes with populate as a site would write them, on Strapi's
 *    own schema: the newsroom's indexes (database/migrations) dropped. The newsroom plugin stays loaded (the
 *    content types' routes use its policies), its routes and cache are just not used;
 *  - "plain + our indexes": the same routes with the newsroom's indexes in place (measured first);
 *  - "ours, cache off": the same process, the plugin's site reads (/api/newsroom/site/ar/...);
 *  - "ours, cache on": a second process with the response cache in a Redis database of the run's own
 *    ($BENCH_REDIS_URL, default redis://127.0.0.1:6379).
 * Each read and mode runs autocannon (cycling through the paths) at each connection count, --warmup seconds
 * then --duration seconds measured; with the cache on, every path is first requested once, so the runs measure
 * a site's steady state (hits). SQL statements per request: the app's knex 'query' events over 20 sequential
 * requests once the load has drained (with the cache on, hits). RSS: the app's, after the run. A plain run
 * that answers nothing within a short --duration shows its ratio as ∞.
 * Targets (at the highest connection count): latest-in-topic cache off ≥ 20× plain; article cache off ≥ 1×
 * plain; every read cache on ≥ 30× plain with p99 ≤ 50 ms; no errors. The ceiling: Strapi's own /_health on
 * the cache-on app (every global middleware and the router, no work), the fastest any read can answer here;
 * the notes say which cache-on ratios it puts out of reach.
 * Writes artifacts/bench/api-<db>.json and artifacts/bench/api.svg; prints markdown tables (stdout; progress
 * on stderr). Exit code 0 when targets are met, 1 when one is missed, 2 when the benchmark cannot run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { machineFacts, type Machine } from './lib/machine';
import path from 'path';
import { argument, flag, numberArgument } from '../scripts/lib/args';
import {
  PROJECT_ROOT,
  createBenchDatabase,
  execute,
  loadArchive,
  runCommand,
  type BenchDatabase,
  type DatabaseKind,
} from './lib/archive-load';
import { corpusPath } from './lib/corpus';
import { READ_INDEXES_MIGRATION } from '../src/plugins/newsroom/server/src/setup/read-indexes';
import { afterCopyDeskBuild, checkPath, claimRedis, runPaths, startApp, type App } from './lib/api-run';
import { READS, READ_LABELS, pathsFor, pickTargets, type Read, type Targets } from './lib/api-targets';
import {
  MODE_LABELS,
  ceilingNotes,
  judge,
  markdownTable,
  svgChart,
  type Ceiling,
  type Mode,
  type RunFigures,
  type Verdict,
} from './lib/api-report';

interface Options {
  kinds: DatabaseKind[];
  corpus: string;
  limit: number | undefined;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number[];
  json: boolean;
  report: boolean;
}

interface DatabaseResult {
  database: DatabaseKind;
  stories: number;
  loadSeconds: number;
  targets: { articles: number; topics: number; authors: number; words: number; examples: Record<string, string> };
  runs: RunFigures[];
  ceiling: Ceiling;
  verdicts: Verdict[];
}

const ARTIFACTS = path.join(PROJECT_ROOT, 'artifacts', 'bench');
const SQL_SAMPLE = 20;

class UsageError extends Error {}

function readOptions(args: readonly string[]): Options {
  const only = argument(args, 'only');
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres')
    throw new UsageError(`--only must be sqlite or postgres, got ${only}`);
  const limit = numberArgument(args, 'limit', 0);
  const connections = (argument(args, 'connections') ?? '10,50').split(',').map(Number);
  if (connections.some((c) => !Number.isInteger(c) || c < 1))
    throw new UsageError('--connections must be positive integers, e.g. 10,50');
  const durationSeconds = numberArgument(args, 'duration', 20);
  const warmupSeconds = numberArgument(args, 'warmup', 3);
  if (durationSeconds < 1 || warmupSeconds < 0) throw new UsageError('--duration must be ≥ 1 and --warmup ≥ 0');
  return {
    kinds: only ? [only] : ['sqlite', 'postgres'],
    corpus: corpusPath(argument(args, 'corpus')),
    limit: limit > 0 ? limit : undefined,
    durationSeconds,
    warmupSeconds,
    connections,
    json: flag(args, 'json'),
    report: flag(args, 'report'),
  };
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the app has run no statement for 300 ms: when autocannon stops, the requests the server had
 * queued are still being answered, and their statements must not count towards the sample.
 */
async function settle(app: App): Promise<void> {
  let last = (await app.stats()).queries;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await sleep(300);
    const now = (await app.stats()).queries;
    if (now === last) return;
    last = now;
  }
}

/** Statements per request over sequential GETs (the app runs nothing else: no scheduler). */
async function sqlPerRequest(app: App, paths: readonly string[]): Promise<number> {
  await settle(app);
  const sample = Array.from({ length: SQL_SAMPLE }, (_, index) => paths[index % paths.length]);
  const before = (await app.stats()).queries;
  for (const p of sample) await (await fetch(app.url + p)).arrayBuffer();
  return ((await app.stats()).queries - before) / sample.length;
}

async function measure(
  app: App,
  read: Read,
  mode: Mode,
  paths: readonly string[],
  options: Options,
): Promise<RunFigures[]> {
  await checkPath(app.url, paths[0]);
  // With the cache on, the figures are those of a site in its steady state: every path answered once, so
  // the run measures hits (autocannon's connections all walk the list from its head, in step, so a short
  // warm-up alone would leave most of a long list uncached).
  if (mode === 'oursOn') for (const p of paths) await (await fetch(app.url + p)).arrayBuffer();
  const runs: RunFigures[] = [];
  for (const connections of options.connections) {
    log(
      `  ${READ_LABELS[read]}, ${MODE_LABELS[mode]}, ${connections} connections: ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s`,
    );
    const result = await runPaths(app.url, paths, connections, options.durationSeconds, options.warmupSeconds);
    const stats = await app.stats();
    runs.push({
      read,
      mode,
      connections,
      requests: result.requests.total,
      requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      // autocannon's `errors` includes its `timeouts`.
      errors: result.errors,
      non2xx: result.non2xx,
      sqlPerRequest: await sqlPerRequest(app, paths),
      rssMb: stats.rssMb,
    });
  }
  return runs;
}

interface IndexList {
  INDEXES: Array<{ name: string }>;
  POSTGRES_INDEXES: Array<{ name: string }>;
}

/** The newsroom's indexes (database/migrations), dropped to measure plain Strapi on its own schema. */
function newsroomIndexNames(kind: DatabaseKind): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the migration is a plain JS file found at run time, loaded the way Strapi loads it
  const migration = require(path.join(PROJECT_ROOT, 'database', 'migrations', READ_INDEXES_MIGRATION)) as IndexList;
  return [...migration.INDEXES, ...(kind === 'postgres' ? migration.POSTGRES_INDEXES : [])].map((index) => index.name);
}

/** Strapi's `/_health` at the highest connection count: the fastest any read can answer on this app and machine. */
async function measureCeiling(app: App, options: Options): Promise<Ceiling> {
  const connections = Math.max(...options.connections);
  log(
    `  Strapi's /_health (the ceiling), ${connections} connections: ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s`,
  );
  const result = await runPaths(app.url, ['/_health'], connections, options.durationSeconds, options.warmupSeconds);
  return {
    connections,
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    p99Ms: result.latency.p99,
  };
}

/** Every read in the given modes on one app. */
async function measureApp(
  app: App,
  modes: ReadonlyArray<{ mode: Mode; api: 'plain' | 'ours' }>,
  targets: Targets,
  options: Options,
): Promise<RunFigures[]> {
  const runs: RunFigures[] = [];
  for (const { mode, api } of modes) {
    for (const read of READS) runs.push(...(await measure(app, read, mode, pathsFor(read, api, targets), options)));
  }
  return runs;
}

async function benchDatabase(kind: DatabaseKind, options: Options): Promise<DatabaseResult> {
  const database: BenchDatabase = await createBenchDatabase(kind, 'newsroom_bench_api');
  const redis = await claimRedis(process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    log(
      `\n${kind}: seeding and importing ${options.corpus}${options.limit ? ` (first ${options.limit})` : ''} into ${database.label}`,
    );
    const load = await loadArchive(database, options.corpus, { limit: options.limit, tagAbove: 0.5 });
    const targets = await pickTargets(database);
    const runs: RunFigures[] = [];
    let ceiling: Ceiling;
    log(
      `${kind}: app with NEWSROOM_CACHE=false (plain with our indexes, ours with the cache off, then plain on Strapi's own indexes)`,
    );
    let app = await startApp({ ...database.env, NEWSROOM_CACHE: 'false', REDIS_URL: '' });
    try {
      await afterCopyDeskBuild(app, log);
      runs.push(
        ...(await measureApp(
          app,
          [
            { mode: 'plainIndexed', api: 'plain' },
            { mode: 'oursOff', api: 'ours' },
          ],
          targets,
          options,
        )),
      );
      // Plain Strapi has only the indexes Strapi makes: the newsroom's are dropped under the running app
      // (the next app's boot makes them again, as every boot does).
      await execute(
        database,
        newsroomIndexNames(kind).map((name) => `DROP INDEX IF EXISTS "${name}"`),
      );
      runs.push(...(await measureApp(app, [{ mode: 'plain', api: 'plain' }], targets, options)));
    } finally {
      await app.stop();
    }
    log(`${kind}: app with the response cache in ${redis.url}`);
    app = await startApp({ ...database.env, NEWSROOM_CACHE: 'true', REDIS_URL: redis.url });
    try {
      runs.push(...(await measureApp(app, [{ mode: 'oursOn', api: 'ours' }], targets, options)));
      ceiling = await measureCeiling(app, options);
    } finally {
      await app.stop();
    }
    // Decoded, so the JSON shows the Arabic slugs and words as a reader sees them.
    const example = (read: Read, api: 'plain' | 'ours'): string => decodeURIComponent(pathsFor(read, api, targets)[0]);
    const examples = Object.fromEntries(
      READS.flatMap((read) => [
        [`${read} plain`, example(read, 'plain')],
        [`${read} ours`, example(read, 'ours')],
      ]),
    );
    return {
      database: kind,
      stories: load.summary.read,
      loadSeconds: Math.round(load.commandSeconds),
      targets: {
        articles: targets.articles.length,
        topics: targets.topics.length,
        authors: targets.authors.length,
        words: targets.words.length,
        examples,
      },
      runs,
      ceiling,
      verdicts: judge(runs, Math.max(...options.connections)),
    };
  } finally {
    await redis.release();
    await database.drop();
  }
}

type Settings = { durationSeconds: number; warmupSeconds: number; connections: number[]; limit: number | null };
interface RunRecord {
  machine: Machine;
  settings: Settings;
  results: DatabaseResult[];
}

/** Loads, runs and records each database in turn (artifacts/bench/api-<db>.json). */
async function benchAll(options: Options, machine: Machine, settings: Settings): Promise<RunRecord> {
  // The apps run the compiled app (dist/), so it is compiled from the sources first, as `npm run start`
  // after `npm run build` would run them; in a process of its own, so its output stays off our stdout.
  log('compiling the app into dist/ (server only)');
  const compiled = await runCommand(
    ['-e', "require('@strapi/strapi').compileStrapi().catch((e) => { console.error(e); process.exit(1); })"],
    {},
  );
  if (compiled.code !== 0) throw new Error(`compiling the app failed (${compiled.code})`);
  const results: DatabaseResult[] = [];
  for (const kind of options.kinds) {
    const result = await benchDatabase(kind, options);
    results.push(result);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(
      path.join(ARTIFACTS, `api-${kind}.json`),
      `${JSON.stringify({ machine, settings, ...result }, null, 2)}\n`,
    );
  }
  return { machine, settings, results };
}

/** --report: the recorded runs again, judged and drawn by the current report code, without running anything. */
function readRecordedRun(kinds: readonly DatabaseKind[]): RunRecord {
  const records = kinds
    .map((kind) => path.join(ARTIFACTS, `api-${kind}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as DatabaseResult & { machine: Machine; settings: Settings });
  if (records.length === 0)
    throw new Error(`no recorded run in ${path.relative(PROJECT_ROOT, ARTIFACTS)}: run npm run bench:api first`);
  const results = records.map(({ machine: _machine, settings, ...result }) => ({
    ...result,
    verdicts: judge(result.runs, Math.max(...settings.connections)),
  }));
  return { machine: records[0].machine, settings: records[0].settings, results };
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const machine = machineFacts();
  const settings = {
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
    connections: options.connections,
    limit: options.limit ?? null,
  };
  let run: RunRecord;
  try {
    run = options.report ? readRecordedRun(options.kinds) : await benchAll(options, machine, settings);
    writeFileSync(path.join(ARTIFACTS, 'api.svg'), svgChart(run.results, Math.max(...run.settings.connections)));
  } catch (error) {
    console.error(
      `bench:api could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 2;
  }
  const { results } = run;
  if (options.json) {
    console.log(JSON.stringify({ machine: run.machine, results }));
  } else {
    console.log(
      `machine: ${run.machine.cpus} × ${run.machine.model}, ${run.machine.memoryGiB} GiB, load ${run.machine.loadAverage.toFixed(2)} at start`,
    );
    console.log(
      `runs: ${run.settings.warmupSeconds} s warm-up + ${run.settings.durationSeconds} s, connections ${run.settings.connections.join(', ')}`,
    );
    for (const result of results) {
      console.log(
        `\n${result.database}: ${result.stories} stories loaded in ${result.loadSeconds} s; ${result.targets.articles} article slugs, ${result.targets.topics} topics, ${result.targets.authors} authors, ${result.targets.words} search words\n`,
      );
      console.log(markdownTable(result.database, result.runs));
      console.log('');
      for (const verdict of result.verdicts)
        console.log(`${result.database}: ${verdict.target}: ${verdict.value} — ${verdict.met ? 'met' : 'MISSED'}`);
      for (const note of ceilingNotes(result.runs, result.ceiling)) console.log(`${result.database}: ${note}`);
    }
    console.log(`\nartifacts: ${path.relative(PROJECT_ROOT, ARTIFACTS)}/api-<db>.json, api.svg`);
  }
  return results.every((result) => result.verdicts.every((verdict) => verdict.met)) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
