/**
 * Speed of the outputs (issue 19, item 8): the Google News sitemap and a feed answered without the response cache,
 * and a full 50,000-URL sitemap page streamed with bounded memory, on the whole archive.
 *
 *   npm run bench:outputs [-- --only sqlite|postgres] [--limit N] [--corpus PATH] [--requests 200]
 *     [--synthetic 50000] [--database FILE] [--json]
 *
 * For each database the ANT archive is loaded as `npm run bench:api` loads it (`npm run seed`, then `npm run
 * import -- <corpus> --publish --tag-above 0.5`, lib/archive-load; `--database` takes an SQLite file loaded
 * before instead, copied), and the compiled app is started production-like with NEWSROOM_CACHE=false, so every
 * request builds its output (lib/api-instance). Then:
 *  1. each output is requested --requests times one after the other (after 20 unmeasured), timing each from the
 *     request to the last byte: p50, p95, max, SQL statements per request. The news sitemap twice: as loaded (the
 *     archive's stories were published today but carry their original, older publication time, so none is in
 *     the two-day window and the query walks past all of them) and on a busy day (the newest 1,200 made fresh:
 *     `original_published_at` cleared, so the sitemap holds its maximum of 1,000);
 *  2. --synthetic published article rows are inserted directly (SQL, `bench-sitemap-N` slugs), so that
 *     `articles-1.xml` is a full page of 50,000 URLs, and it is read once while the app's memory is sampled every
 *     10 ms over IPC: peak RSS and V8 heap above what they were before the request, against the page's size.
 * Targets: news sitemap (busy day) and `/feeds/ar.rss` p50 and p95 ≤ 20 ms; the page complete (50,000 `<url>`)
 * with a peak heap growth below its size: a page built whole holds at least its text (one byte a character) and
 * its rows. heapUsed also counts garbage not yet collected (V8's young generation is 16–32 MB), so the growth of
 * a streamed page is that, not the page; RSS growth is printed beside it.
 * Writes artifacts/bench/outputs-<db>.json; prints markdown tables. Exit code 0 when the targets are met, 1 when
 * one is missed, 2 when the benchmark cannot run.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'fs';
import http from 'http';
import { loadavg } from 'os';
import { machineFacts } from './lib/machine';
import path from 'path';
import { argument, flag, numberArgument } from '../scripts/lib/args';
import {
  PROJECT_ROOT,
  createBenchDatabase,
  execute,
  loadArchive,
  runCommand,
  scalar,
  type BenchDatabase,
  type DatabaseKind,
} from './lib/archive-load';
import { corpusPath } from './lib/corpus';
import { afterCopyDeskBuild, startApp, type App } from './lib/api-run';
import { machinePace, type Pace } from './lib/pace';

const ARTIFACTS = path.join(PROJECT_ROOT, 'artifacts', 'bench');
const WARMUP_REQUESTS = 20;
const TARGET_MS = 20;
const BUSY_DAY_FRESH = 1200;

interface Options {
  kinds: DatabaseKind[];
  corpus: string;
  limit: number | undefined;
  requests: number;
  synthetic: number;
  database: string | undefined;
  json: boolean;
}

interface Timing {
  output: string;
  path: string;
  bytes: number;
  urls: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  sqlPerRequest: number;
  target: boolean;
}

interface PageRun {
  path: string;
  urls: number;
  megabytes: number;
  chunks: number;
  firstByteMs: number;
  totalMs: number;
  rssBeforeMb: number;
  peakRssGrowthMb: number;
  heapBeforeMb: number;
  peakHeapGrowthMb: number;
  sql: number;
}

interface Result {
  database: DatabaseKind;
  stories: number;
  /** The machine's pace (lib/pace.ts) just before and just after the busy-day news sitemap was timed. */
  paces: Pace[];
  timings: Timing[];
  page: PageRun;
  verdicts: Array<{ target: string; value: string; met: boolean }>;
}

class UsageError extends Error {}

function readOptions(args: readonly string[]): Options {
  const only = argument(args, 'only');
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres')
    throw new UsageError(`--only must be sqlite or postgres, got ${only}`);
  const database = argument(args, 'database');
  if (database !== undefined && only !== 'sqlite') throw new UsageError('--database needs --only sqlite');
  const limit = numberArgument(args, 'limit', 0);
  const requests = numberArgument(args, 'requests', 200);
  const synthetic = numberArgument(args, 'synthetic', 50_000);
  if (requests < 20 || synthetic < 0) throw new UsageError('--requests must be ≥ 20 and --synthetic ≥ 0');
  return {
    kinds: only ? [only] : ['sqlite', 'postgres'],
    corpus: corpusPath(argument(args, 'corpus')),
    limit: limit > 0 ? limit : undefined,
    requests,
    synthetic,
    database,
    json: flag(args, 'json'),
  };
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

const countUrls = (xml: string): number => xml.match(/<(url|item|entry)>/g)?.length ?? 0;

/** One connection kept open across the timed requests, as a crawler polling the sitemap keeps one. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** A GET's status and body bytes, read with node:http. */
const getBytes = (url: string): Promise<{ status: number; bytes: Buffer }> =>
  new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes: Buffer.concat(chunks) }));
        response.on('error', reject);
      })
      .on('error', reject);
  });

/**
 * One GET, timed from the request to the last byte of the body, read with node:http as curl would read it. The
 * client's own work is kept out of the figure: Node's fetch (undici's web streams) spent 6-7 ms of its own on
 * a 615 KB answer (the busy-day news sitemap: 33.6 ms p50 through fetch, 26.3 through node:http, same server,
 * same minute), and decoding 600 KB of UTF-8 into a string 4-6 ms more; the body is decoded after the clock stops.
 */
async function timedGet(app: App, p: string): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const { status, bytes } = await getBytes(app.url + p);
  const ms = performance.now() - started;
  const body = bytes.toString('utf8');
  if (status !== 200) throw new Error(`GET ${p} answered ${status}: ${body.slice(0, 300)}`);
  return { ms, body };
}

async function timeOutput(app: App, output: string, p: string, requests: number, target: boolean): Promise<Timing> {
  log(`  ${output}: ${WARMUP_REQUESTS} + ${requests} sequential requests to ${p}`);
  let body = '';
  for (let i = 0; i < WARMUP_REQUESTS; i += 1) body = (await timedGet(app, p)).body;
  const before = (await app.stats()).queries;
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) times.push((await timedGet(app, p)).ms);
  const queries = (await app.stats()).queries - before;
  times.sort((a, b) => a - b);
  return {
    output,
    path: p,
    bytes: Buffer.byteLength(body),
    urls: countUrls(body),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(times[times.length - 1]),
    sqlPerRequest: round(queries / requests),
    target,
  };
}

const nowValue = (kind: DatabaseKind): string => (kind === 'sqlite' ? String(Date.now()) : 'now()');

/**
 * What autovacuum does to a table after a bulk write, done now rather than during the timing: on PostgreSQL a
 * table just written by the import has no visibility map (index-only scans read the heap) and autovacuum starts
 * on it while requests are timed (one run had p95 150 ms and a 2.7 s request on the archive's news sitemap).
 */
async function settle(database: BenchDatabase): Promise<void> {
  if (database.kind === 'postgres') await execute(database, ['VACUUM ANALYZE']);
}

/** The newest BUSY_DAY_FRESH published stories of each locale made today's (no older original publication time). */
async function makeBusyDay(database: BenchDatabase): Promise<void> {
  await execute(database, [
    `UPDATE articles SET original_published_at = NULL WHERE id IN (
       SELECT id FROM articles WHERE published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT ${BUSY_DAY_FRESH})`,
  ]);
  await settle(database);
}

/** `count` published Arabic article rows, one document each, written straight into the table. */
async function insertSynthetic(database: BenchDatabase, count: number): Promise<void> {
  const now = nowValue(database.kind);
  const columns = 'document_id, locale, title, slug, published_at, created_at, updated_at';
  const values = `'bench-sitemap-' || i, 'ar', 'Synthetic ' || i, 'bench-sitemap-' || i, ${now}, ${now}, ${now}`;
  await execute(database, [
    database.kind === 'sqlite'
      ? `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
         INSERT INTO articles (${columns}) SELECT ${values} FROM n`
      : `INSERT INTO articles (${columns}) SELECT ${values} FROM generate_series(1, ${count}) AS i`,
  ]);
}

/** Reads a sitemap page once, sampling the app's memory every 10 ms while it streams. */
async function readPage(app: App, p: string): Promise<PageRun> {
  // Let the previous requests' garbage go before the baseline.
  await sleep(1000);
  const before = await app.stats();
  let peakRss = before.rssMb;
  let peakHeap = before.heapUsedMb;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const stats = await app.stats();
      peakRss = Math.max(peakRss, stats.rssMb);
      peakHeap = Math.max(peakHeap, stats.heapUsedMb);
      await sleep(10);
    }
  })();
  const started = performance.now();
  const response = await fetch(app.url + p);
  if (response.status !== 200 || !response.body) throw new Error(`GET ${p} answered ${response.status}`);
  const decoder = new TextDecoder();
  let firstByteMs = 0;
  let chunks = 0;
  let bytes = 0;
  let urls = 0;
  let carry = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (chunks === 0) firstByteMs = performance.now() - started;
    chunks += 1;
    bytes += chunk.byteLength;
    // Count without keeping the page: only the tail that may hold a cut `<url>` is carried over.
    const text = carry + decoder.decode(chunk, { stream: true });
    urls += countUrls(text);
    carry = text.slice(-4);
    if (countUrls(carry) > 0) carry = '';
  }
  const totalMs = performance.now() - started;
  sampling = false;
  await sampler;
  const after = await app.stats();
  return {
    path: p,
    urls,
    megabytes: round(bytes / 2 ** 20),
    chunks,
    firstByteMs: round(firstByteMs),
    totalMs: Math.round(totalMs),
    rssBeforeMb: before.rssMb,
    peakRssGrowthMb: peakRss - before.rssMb,
    heapBeforeMb: before.heapUsedMb,
    peakHeapGrowthMb: peakHeap - before.heapUsedMb,
    sql: after.queries - before.queries,
  };
}

async function benchDatabase(kind: DatabaseKind, options: Options): Promise<Result> {
  const database = await createBenchDatabase(kind, 'newsroom_bench_outputs');
  try {
    if (options.database) {
      log(`\n${kind}: copying ${options.database}`);
      copyFileSync(options.database, database.env.DATABASE_FILENAME);
    } else {
      log(`\n${kind}: seeding and importing ${options.corpus} into ${database.label}`);
      await loadArchive(database, options.corpus, { limit: options.limit, tagAbove: 0.5 });
    }
    await settle(database);
    const stories = await scalar(database, 'SELECT count(*) FROM articles WHERE published_at IS NOT NULL');
    log(`${kind}: ${stories} published article rows; app with NEWSROOM_CACHE=false`);
    const app = await startApp({ ...database.env, NEWSROOM_CACHE: 'false', REDIS_URL: '' });
    const timings: Timing[] = [];
    // The machine's pace just before and just after the busy-day sitemap is timed (lib/pace.ts).
    const paces: Pace[] = [];
    let page: PageRun;
    try {
      await afterCopyDeskBuild(app, log);
      const { requests } = options;
      timings.push(
        await timeOutput(app, 'news sitemap, as loaded', '/api/newsroom/sitemaps/news.xml', requests, false),
      );
      timings.push(await timeOutput(app, 'RSS feed (ar, latest 50)', '/api/newsroom/feeds/ar.rss', requests, true));
      timings.push(await timeOutput(app, 'Atom feed (ar)', '/api/newsroom/feeds/ar.atom', requests, false));
      timings.push(await timeOutput(app, 'RSS feed (en)', '/api/newsroom/feeds/en.rss', requests, false));
      await makeBusyDay(database);
      paces.push(machinePace());
      timings.push(await timeOutput(app, 'news sitemap, busy day', '/api/newsroom/sitemaps/news.xml', requests, true));
      paces.push(machinePace());
      timings.push(
        await timeOutput(
          app,
          'news sitemap (ar), busy day',
          '/api/newsroom/sitemaps/news.xml?locale=ar',
          requests,
          false,
        ),
      );
      log(`${kind}: inserting ${options.synthetic} synthetic published articles`);
      await insertSynthetic(database, options.synthetic);
      await settle(database);
      log(`${kind}: reading /api/newsroom/sitemaps/articles-1.xml while sampling the app's memory`);
      page = await readPage(app, '/api/newsroom/sitemaps/articles-1.xml');
    } finally {
      await app.stop();
    }
    const verdicts = [
      ...timings
        .filter((timing) => timing.target)
        .map((timing) => ({
          target: `${timing.output} p50 and p95 ≤ ${TARGET_MS} ms`,
          value: `${timing.p50Ms} / ${timing.p95Ms} ms`,
          met: timing.p50Ms <= TARGET_MS && timing.p95Ms <= TARGET_MS,
        })),
      {
        target: `articles-1.xml complete (${Math.min(options.synthetic, 50_000)} URLs) with peak heap growth below its size`,
        value: `${page.urls} URLs, ${page.megabytes} MB, heap +${page.peakHeapGrowthMb} MB`,
        met: page.urls >= Math.min(options.synthetic, 50_000) && page.peakHeapGrowthMb < page.megabytes,
      },
    ];
    return { database: kind, stories, paces, timings, page, verdicts };
  } finally {
    await database.drop();
  }
}

function printResult(result: Result): void {
  console.log(`\n${result.database}: ${result.stories} published article rows before the synthetic page\n`);
  console.log('| output | path | URLs | KB | p50 ms | p95 ms | max ms | SQL/request |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const t of result.timings)
    console.log(
      `| ${t.output} | \`${t.path}\` | ${t.urls} | ${round(t.bytes / 1024)} | ${t.p50Ms} | ${t.p95Ms} | ${t.maxMs} | ${t.sqlPerRequest} |`,
    );
  const p = result.page;
  console.log(
    `\n${p.path}: ${p.urls} URLs, ${p.megabytes} MB in ${p.chunks} chunks, first byte ${p.firstByteMs} ms, all ${p.totalMs} ms, ${p.sql} SQL statements; RSS ${p.rssBeforeMb} MB before, peak +${p.peakRssGrowthMb} MB; heap ${p.heapBeforeMb} MB before, peak +${p.peakHeapGrowthMb} MB\n`,
  );
  console.log(
    `machine pace (lib/pace.ts, p50 / p95) before and after the busy-day sitemap: ${result.paces.map((pace) => `${pace.p50Ms} / ${pace.p95Ms} ms`).join(', ')}`,
  );
  for (const verdict of result.verdicts)
    console.log(`${result.database}: ${verdict.target}: ${verdict.value} — ${verdict.met ? 'met' : 'MISSED'}`);
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
  const results: Result[] = [];
  try {
    log('compiling the app into dist/ (server only)');
    const compiled = await runCommand(
      ['-e', "require('@strapi/strapi').compileStrapi().catch((e) => { console.error(e); process.exit(1); })"],
      {},
    );
    if (compiled.code !== 0) throw new Error(`compiling the app failed (${compiled.code})`);
    for (const kind of options.kinds) {
      const result = await benchDatabase(kind, options);
      results.push(result);
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(
        path.join(ARTIFACTS, `outputs-${kind}.json`),
        `${JSON.stringify({ machine, loadAverageAtEnd: loadavg()[0], ...result }, null, 2)}\n`,
      );
    }
  } catch (error) {
    console.error(
      `bench:outputs could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 2;
  }
  if (options.json) console.log(JSON.stringify({ machine, results }));
  else {
    console.log(
      `machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGiB} GiB, load ${machine.loadAverage.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end`,
    );
    results.forEach(printResult);
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
