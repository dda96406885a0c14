/**
 * The endpoint half of `npm run bench:preview`: a throw-away app on a temporary SQLite database, a 2,000-word
 * draft with its relations, and autocannon on its signed preview link (latency on one connection, then
 * throughput on several).
 */
import { randomBytes } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import type { AddressInfo } from 'net';
import { join } from 'path';
import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';
import { PREVIEW_LIFETIME_SECONDS } from '../../src/plugins/newsroom/server/src/preview/service';
import { REQUIRED_SECRETS, isPlaceholderSecret } from '../../src/env/secrets';
import { runLoad, type AutocannonResult } from './load';
import type { BenchArticle } from './preview-article';
import type { Progress } from './progress';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';

export const ENDPOINT_P99_TARGET_MS = 50;

/** Milliseconds to three decimals, for the report. */
export const round3 = (value: number): number => Math.round(value * 1000) / 1000;
export const LOCALE = 'ar';

/** A failure of the benchmark's own setup (not a slow result): reported without a stack. */
export class SetupError extends Error {}

export interface EndpointOptions {
  latencyConnections: number;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  workers: number;
}

export interface LoadFigures {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p97_5Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

export interface EndpointFigures {
  database: 'sqlite';
  path: string;
  bootSeconds: number;
  htmlBytes: number;
  /** Counted on the checked request (knex 'query' events). */
  sqlQueriesPerRequest: number;
  /** --latency-connections (default 1): the response time of a preview; the target applies here. */
  latency: LoadFigures;
  /** --connections (default 10, 0 to skip): throughput when saturated; latencies there include queueing. */
  throughput: LoadFigures | null;
  targetP99Ms: number;
  pass: boolean;
}

/** Environment for a throw-away app: temporary SQLite file, no seed, no scheduler, random port. */
function prepareEnvironment(databaseFile: string): void {
  for (const name of REQUIRED_SECRETS) {
    if (isPlaceholderSecret(process.env[name])) {
      process.env[name] =
        name === 'APP_KEYS'
          ? [1, 2].map(() => randomBytes(18).toString('base64')).join(',')
          : randomBytes(18).toString('base64');
    }
  }
  Object.assign(process.env, {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_URL: '',
    DATABASE_FILENAME: databaseFile,
    NEWSROOM_SEED: 'false',
    NEWSROOM_SCHEDULER: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_STARTUP_LOG: 'false',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
    HOST: '127.0.0.1',
    PORT: '0',
  });
}

type DocumentUid = typeof AUTHOR_UID | typeof TOPIC_UID | typeof SOURCE_UID | typeof ARTICLE_UID;

async function createDocument(strapi: Core.Strapi, uid: DocumentUid, data: Record<string, unknown>): Promise<string> {
  const documents = strapi.documents(uid) as unknown as {
    create(params: { locale: string; data: Record<string, unknown> }): Promise<{ documentId: string }>;
  };
  const created = await documents.create({ locale: LOCALE, data });
  return created.documentId;
}

/** The article as an Arabic draft, with its authors, topics and source as related documents. */
async function createArticle(strapi: Core.Strapi, article: BenchArticle): Promise<string> {
  const authors: string[] = [];
  for (const author of article.authors) authors.push(await createDocument(strapi, AUTHOR_UID, { ...author }));
  const topics: string[] = [];
  for (const topic of article.topics)
    topics.push(await createDocument(strapi, TOPIC_UID, { name: topic.name, kind: 'topic' }));
  const sources: string[] = [];
  for (const source of article.sources) {
    sources.push(await createDocument(strapi, SOURCE_UID, { ...source, kind: 'news_agency', country: 'IQ' }));
  }
  return createDocument(strapi, ARTICLE_UID, {
    title: article.title,
    standfirst: article.standfirst,
    dateline: article.dateline,
    body: article.body,
    sourceUrl: article.sourceUrl,
    originalPublishedAt: article.originalPublishedAt,
    authors,
    topics,
    sources,
  });
}

interface LoadPhase {
  name: string;
  connections: number;
}

/** One autocannon run against the link, with a progress bar over warm-up and measurement. */
async function measureLoad(
  url: string,
  phase: LoadPhase,
  options: EndpointOptions,
  progress: Progress,
): Promise<LoadFigures> {
  const total = options.warmupSeconds + options.durationSeconds;
  progress.start(
    phase.name,
    total,
    `s (${options.warmupSeconds} s warm-up, ${phase.connections} connection${phase.connections === 1 ? '' : 's'})`,
  );
  const started = Date.now();
  const ticker = setInterval(() => progress.update(Math.min(total, Math.floor((Date.now() - started) / 1000))), 500);
  let result: AutocannonResult;
  try {
    result = await runLoad({
      url,
      connections: phase.connections,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      workers: options.workers,
    });
  } finally {
    clearInterval(ticker);
  }
  progress.update(total);
  progress.stop();
  return {
    connections: phase.connections,
    warmupSeconds: options.warmupSeconds,
    durationSeconds: options.durationSeconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    meanMs: round3(result.latency.average),
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p97_5Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, Number(stats.count)]),
    ),
  };
}

/** No errors, timeouts or non-2xx answers: figures that measure the page, not failures. */
export const clean = (figures: LoadFigures): boolean =>
  figures.requests > 0 && figures.errors === 0 && figures.timeouts === 0 && figures.non2xx === 0;

/** GET of the link with the SQL queries run meanwhile (knex 'query' events, from any source). */
async function getCounting(
  strapi: Core.Strapi,
  url: string,
): Promise<{ response: Response; page: string; sqlQueries: number }> {
  let sqlQueries = 0;
  const onQuery = (): void => {
    sqlQueries += 1;
  };
  strapi.db.connection.on('query', onQuery);
  try {
    const response = await fetch(url);
    return { response, page: await response.text(), sqlQueries };
  } finally {
    strapi.db.connection.removeListener('query', onQuery);
  }
}

/**
 * One GET of the link, checked (200, HTML, the title), then the SQL queries of a request: the
 * fewest seen over three more GETs, since background work (the newsroom scheduler's tick) may
 * query at the same time.
 */
async function checkPage(
  strapi: Core.Strapi,
  url: string,
  title: string,
): Promise<{ htmlBytes: number; sqlQueries: number }> {
  const path = new URL(url).pathname;
  const { response, page } = await getCounting(strapi, url);
  if (response.status !== 200) throw new SetupError(`GET ${path} answered ${response.status}: ${page.slice(0, 300)}`);
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) {
    throw new SetupError(`GET ${path} answered ${response.headers.get('content-type')}, not HTML`);
  }
  if (!page.includes(title)) throw new SetupError(`the page of GET ${path} does not contain the article title`);
  let sqlQueries = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt += 1)
    sqlQueries = Math.min(sqlQueries, (await getCounting(strapi, url)).sqlQueries);
  return { htmlBytes: Buffer.byteLength(page), sqlQueries };
}

export async function benchEndpoint(
  article: BenchArticle,
  options: EndpointOptions,
  progress: Progress,
): Promise<EndpointFigures> {
  const directory = mkdtempSync(join(tmpdir(), 'newsroom-bench-preview-'));
  prepareEnvironment(join(directory, 'bench.db'));
  let strapi: Core.Strapi | undefined;
  try {
    const booted = Date.now();
    progress.start('strapi', 4, 'steps (compile, load, listen, article)');
    const appContext = await compileStrapi();
    progress.update(1);
    const app = createStrapi({ ...appContext, serveAdminPanel: false });
    // Warnings and errors only: no migration chatter at load, and no per-request log lines, which
    // would flood the output and time the terminal rather than the endpoint.
    app.log.level = 'warn';
    strapi = await app.load();
    progress.update(2);
    await strapi.listen();
    const address = strapi.server.httpServer.address() as AddressInfo | string | null;
    if (address === null || typeof address === 'string')
      throw new SetupError(`unexpected server address ${String(address)}`);
    progress.update(3);
    const documentId = await createArticle(strapi, article);
    progress.update(4);
    progress.stop();
    const bootSeconds = (Date.now() - booted) / 1000;

    // Valid for the whole run even when it is longer than the usual 10 minutes.
    const lifetime = Math.max(PREVIEW_LIFETIME_SECONDS, 2 * (options.warmupSeconds + options.durationSeconds) + 120);
    const preview = strapi.plugin('newsroom').service('preview') as {
      linkFor(
        target: { documentId: string; locale: string; status: 'draft' | 'published' },
        lifetimeSeconds?: number,
      ): Promise<string>;
    };
    const path = await preview.linkFor({ documentId, locale: LOCALE, status: 'draft' }, lifetime);
    const url = `http://127.0.0.1:${address.port}${path}`;
    const check = await checkPage(strapi, url, article.title);

    const latency = await measureLoad(
      url,
      { name: 'latency', connections: options.latencyConnections },
      options,
      progress,
    );
    const throughput =
      options.connections > 0
        ? await measureLoad(url, { name: 'load', connections: options.connections }, options, progress)
        : null;
    return {
      database: 'sqlite',
      path: path.split('?')[0],
      bootSeconds: Math.round(bootSeconds * 10) / 10,
      htmlBytes: check.htmlBytes,
      sqlQueriesPerRequest: check.sqlQueries,
      latency,
      throughput,
      targetP99Ms: ENDPOINT_P99_TARGET_MS,
      pass: latency.p99Ms <= ENDPOINT_P99_TARGET_MS && clean(latency) && (throughput === null || clean(throughput)),
    };
  } finally {
    progress.stop();
    if (strapi) await strapi.destroy();
    rmSync(directory, { recursive: true, force: true });
  }
}
