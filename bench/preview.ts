/**
 * Preview speed (issue 6): a 2,000-word Arabic article must render in ≤ 10 ms at p99 without the
 * database, and the signed preview endpoint must answer in ≤ 50 ms at p99 end to end on SQLite.
 *
 *   npm run bench:preview [-- --json] [-- --render-only]
 *     [--renders 2000] [--warmup-renders 200] [--words 2000]
 *     [--latency-connections 1] [--connections 10] [--duration 10] [--warmup 3] [--workers 1]
 *
 * 1. Renderer: `renderPreview` on the article (built from the wire sample, see lib/preview-article),
 *    a fresh nonce per render as the service makes, timed one by one with process.hrtime.bigint().
 * 2. Endpoint: the real app on a temporary SQLite file, listening on 127.0.0.1 (random port); the
 *    article is created as a draft with its authors, topics and source, a signed link is taken from
 *    the preview service and one GET is checked (200, HTML with the title). Then autocannon drives
 *    the link twice, each time for --duration seconds after --warmup seconds:
 *    - latency: --latency-connections (1) back-to-back requests, i.e. the time one preview takes
 *      end to end; the 50 ms target is judged here;
 *    - load: --connections (10) at once, for the requests per second. autocannon is a closed loop
 *      (a connection sends its next request when the previous one is answered), so with the server
 *      saturated each latency there includes waiting behind the other connections (about
 *      connections / throughput); it is reported, not judged. --connections 0 skips it.
 *    autocannon runs in a worker thread (--workers 1) so that making the requests and parsing the
 *    responses does not take the server's thread; --workers 0 runs it on the server's thread.
 *
 * Progress goes to stderr; stdout has the summary, or one JSON object with --json.
 * Exit code 0 when both targets are met, 1 when one is missed (or a request failed), 2 when the
 * benchmark cannot run. Figures are wall-clock: other jobs on the machine show in them.
 */
import { randomBytes } from 'crypto';
import { cpus, loadavg, platform, arch, release, totalmem } from 'os';
import { renderPreview, type PreviewArticle } from '../src/plugins/newsroom/server/src/domain/preview';
import { FONTS_PATH } from '../src/plugins/newsroom/server/src/preview/service';
import { flag, numberArgument } from '../scripts/lib/args';
import { bodyWords, buildBenchArticle, type BenchArticle } from './lib/preview-article';
import { readingTimeMinutes } from '../src/plugins/newsroom/core/text/word-count';
import { createProgress, type Progress } from './lib/progress';
import {
  LOCALE,
  SetupError,
  benchEndpoint,
  clean,
  round3,
  type EndpointFigures,
  type LoadFigures,
} from './lib/preview-endpoint';

const RENDER_P99_TARGET_MS = 10;

interface Options {
  json: boolean;
  renderOnly: boolean;
  words: number;
  renders: number;
  warmupRenders: number;
  latencyConnections: number;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  workers: number;
}

interface Machine {
  cpu: string;
  cores: number;
  node: string;
  os: string;
  memoryGiB: number;
  /** 1, 5 and 15 minute load averages when the benchmark started (other jobs make figures noisy). */
  loadAverage: number[];
  nodeEnv: string;
  /** Where autocannon runs. */
  workers: string;
}

interface RenderFigures {
  renders: number;
  warmupRenders: number;
  htmlBytes: number;
  meanMs: number;
  /** CPU time of the process per render (user + system): well below `meanMs` when other jobs share the cores. */
  cpuMeanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  targetP99Ms: number;
  pass: boolean;
}

interface Summary {
  machine: Machine;
  article: { words: number; blocks: number; headings: number };
  render: RenderFigures;
  endpoint: EndpointFigures | null;
  pass: boolean;
}

function readOptions(args: readonly string[]): Options {
  const positive = (name: string, fallback: number, minimum = 1): number => {
    const value = numberArgument(args, name, fallback);
    if (!Number.isInteger(value) || value < minimum) {
      console.error(`--${name} must be an integer ≥ ${minimum}, got ${value}`);
      process.exit(2);
    }
    return value;
  };
  return {
    json: flag(args, 'json'),
    renderOnly: flag(args, 'render-only'),
    words: positive('words', 2_000),
    renders: positive('renders', 2_000, 100),
    warmupRenders: positive('warmup-renders', 200, 0),
    latencyConnections: positive('latency-connections', 1),
    connections: positive('connections', 10, 0),
    durationSeconds: positive('duration', 10),
    warmupSeconds: positive('warmup', 3, 0),
    workers: positive('workers', 1, 0),
  };
}

function describeMachine(options: Options): Machine {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    node: process.version,
    os: `${platform()} ${release()} ${arch()}`,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    nodeEnv: process.env.NODE_ENV ?? 'development',
    workers:
      options.workers > 0
        ? `autocannon in ${options.workers} worker thread${options.workers === 1 ? '' : 's'}`
        : 'autocannon on the server thread',
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, fraction: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1];
}

/** The article as the preview service hands it to the renderer (draft, no cover). */
function previewArticleOf(article: BenchArticle): PreviewArticle {
  return {
    documentId: 'bench0preview0article0000',
    locale: LOCALE,
    status: 'draft',
    title: article.title,
    standfirst: article.standfirst,
    body: article.body,
    dateline: article.dateline,
    authors: article.authors,
    topics: article.topics,
    sources: article.sources,
    sourceUrl: article.sourceUrl,
    cover: null,
    originalPublishedAt: article.originalPublishedAt,
    publishedAt: null,
    updatedAt: new Date().toISOString(),
    // As the preview service passes it: stored with the article at each save.
    readingTime: readingTimeMinutes(bodyWords(article.body), { language: LOCALE }),
  };
}

function benchRender(article: PreviewArticle, options: Options, progress: Progress): RenderFigures {
  const render = (): string =>
    renderPreview(article, { nonce: randomBytes(18).toString('base64url'), fontBaseUrl: FONTS_PATH });
  const html = render();
  if (!html.includes(article.title)) throw new SetupError('the rendered page does not contain the title');
  const step = 50;
  let checksum = 0;

  progress.start('warm-up', options.warmupRenders, 'renders');
  for (let done = 0; done < options.warmupRenders; done += 1) {
    checksum += render().length;
    if (done % step === 0) progress.update(done);
  }
  progress.update(options.warmupRenders);

  const samples = new Float64Array(options.renders);
  progress.start('render', options.renders, 'renders');
  const cpuBefore = process.cpuUsage();
  for (let done = 0; done < options.renders; done += 1) {
    const nonce = randomBytes(18).toString('base64url');
    const started = process.hrtime.bigint();
    const page = renderPreview(article, { nonce, fontBaseUrl: FONTS_PATH });
    samples[done] = Number(process.hrtime.bigint() - started) / 1e6;
    checksum += page.length;
    if (done % step === 0) progress.update(done);
  }
  const cpu = process.cpuUsage(cpuBefore);
  progress.update(options.renders);
  progress.stop();
  // Using the output keeps the renders from being optimized away.
  if (checksum <= 0) throw new Error('empty renders');

  const total = samples.reduce((sum, value) => sum + value, 0);
  samples.sort();
  const p99Ms = percentile(samples, 0.99);
  return {
    renders: options.renders,
    warmupRenders: options.warmupRenders,
    htmlBytes: Buffer.byteLength(html),
    meanMs: round3(total / samples.length),
    cpuMeanMs: round3((cpu.user + cpu.system) / 1000 / samples.length),
    p50Ms: round3(percentile(samples, 0.5)),
    p95Ms: round3(percentile(samples, 0.95)),
    p99Ms: round3(p99Ms),
    maxMs: round3(samples[samples.length - 1]),
    targetP99Ms: RENDER_P99_TARGET_MS,
    pass: p99Ms <= RENDER_P99_TARGET_MS,
  };
}

const ms = (value: number): string => value.toFixed(2).padStart(8);
const count = (value: number): string => Math.round(value).toLocaleString('en-US');
const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');

function loadLines(label: string, figures: LoadFigures): string[] {
  return [
    `${label.padEnd(10)}${figures.requestsPerSecond.toFixed(1)} req/s, ${count(figures.requests)} requests in ${figures.durationSeconds} s after ${figures.warmupSeconds} s warm-up, ` +
      `${figures.connections} connection${figures.connections === 1 ? '' : 's'}`,
    `${''.padEnd(10)}latency mean ${figures.meanMs.toFixed(2)}, p50 ${figures.p50Ms}, p90 ${figures.p90Ms}, p97.5 ${figures.p97_5Ms}, p99 ${figures.p99Ms}, max ${figures.maxMs} ms`,
    `${''.padEnd(10)}errors ${figures.errors}, timeouts ${figures.timeouts}, non-2xx ${figures.non2xx}; status codes ${JSON.stringify(figures.statusCodes)}`,
  ];
}

function printSummary(summary: Summary, print: (line: string) => void): void {
  const { machine, article, render, endpoint } = summary;
  print('Preview benchmark');
  print(
    `machine   ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}`,
  );
  print(`          load average ${machine.loadAverage.join(' / ')} at start (1/5/15 min), NODE_ENV=${machine.nodeEnv}`);
  print(
    `article   ${count(article.words)} words in ${article.blocks} blocks (${article.headings} headings), ${count(render.htmlBytes / 1024)} KiB of HTML`,
  );
  print('');
  const row = (label: string, p50: number, p99: number, max: number, target: string, result: string): string =>
    `${label.padEnd(38)}${ms(p50)}${ms(p99)}${ms(max)}   ${target.padEnd(12)} ${result}`;
  print(
    `${''.padEnd(38)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}   ${'target'.padEnd(12)} result`,
  );
  print(
    row(
      'render, no database',
      render.p50Ms,
      render.p99Ms,
      render.maxMs,
      `p99 ≤ ${render.targetP99Ms} ms`,
      verdict(render.pass),
    ),
  );
  if (endpoint) {
    const { latency, throughput } = endpoint;
    print(
      row(
        `endpoint, SQLite, ${latency.connections} conn.`,
        latency.p50Ms,
        latency.p99Ms,
        latency.maxMs,
        `p99 ≤ ${endpoint.targetP99Ms} ms`,
        verdict(endpoint.pass),
      ),
    );
    if (throughput) {
      print(
        row(
          `endpoint, SQLite, ${throughput.connections} conn. (queued)`,
          throughput.p50Ms,
          throughput.p99Ms,
          throughput.maxMs,
          '-',
          clean(throughput) ? 'info' : 'FAIL (errors)',
        ),
      );
    }
  } else {
    print(`${'endpoint, SQLite'.padEnd(38)}skipped (--render-only)`);
  }
  print('');
  print(
    `render    ${count(render.renders)} renders after ${count(render.warmupRenders)} warm-up, timed one by one: mean ${render.meanMs.toFixed(2)} ms, p95 ${render.p95Ms.toFixed(2)} ms`,
  );
  print(
    `          process CPU time ${render.cpuMeanMs.toFixed(2)} ms per render (a wall-clock mean well above it means other jobs held the cores)`,
  );
  if (endpoint) {
    print(`endpoint  GET ${endpoint.path}?locale=…&status=draft&token=… (draft, 2 authors, 4 topics, 1 source)`);
    print(
      `          ${count(endpoint.htmlBytes / 1024)} KiB per page, ${endpoint.sqlQueriesPerRequest} SQL queries per request, app ready in ${endpoint.bootSeconds} s, load from ${machine.workers}`,
    );
    for (const line of loadLines('latency', endpoint.latency)) print(line);
    if (endpoint.throughput) for (const line of loadLines('load', endpoint.throughput)) print(line);
  }
  print('');
  print(summary.pass ? 'All targets met.' : 'TARGET MISSED.');
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  // With --json stdout carries the JSON object only: anything else written there (Strapi's logs)
  // goes to stderr meanwhile.
  const writeStdout = process.stdout.write.bind(process.stdout);
  if (options.json) process.stdout.write = process.stderr.write.bind(process.stderr);
  const print = (line: string): void => {
    writeStdout(`${line}\n`);
  };

  const machine = describeMachine(options);
  const progress = createProgress();
  try {
    const built = buildBenchArticle(options.words);
    const article = previewArticleOf(built);
    const render = benchRender(article, options, progress);
    const endpoint = options.renderOnly ? null : await benchEndpoint(built, options, progress);
    const summary: Summary = {
      machine,
      article: {
        words: built.words,
        blocks: built.body.length,
        headings: built.body.filter((node) => node.type === 'heading').length,
      },
      render,
      endpoint,
      pass: render.pass && (endpoint?.pass ?? true),
    };
    if (options.json) print(JSON.stringify(summary, null, 2));
    else printSummary(summary, print);
    return summary.pass ? 0 : 1;
  } catch (error) {
    progress.stop();
    const message =
      error instanceof Error
        ? error instanceof SetupError
          ? error.message
          : (error.stack ?? error.message)
        : String(error);
    console.error(`bench:preview could not run: ${message}`);
    if (options.json) print(JSON.stringify({ machine, error: message }));
    return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
