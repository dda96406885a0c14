/**
 * `npm run import -- <files | folders | .jsonl.gz> [--dry-run] [--json] [--limit N] [--publish] [--tag-above 0.6] [--batch 100] [--max-mb 1024] [--updates skip|apply|new]`
 *
 * Imports wire copy and archive stories (plain text, ANT <DOC> SGML, ANT JSON lines, gzip or not) as Arabic
 * drafts, or published with --publish, a batch of stories (--batch, default 100) per transaction. --dry-run parses only, without booting Strapi; with --json it writes
 * the parsed stories to stdout, one JSON object per line in input order. A progress bar (stories, rate, ETA)
 * goes to stderr, then a summary; the exit code is 1 when any story failed. Each file streams under the limits
 * of CLI_INPUT_LIMITS (domain/wire/input-limits.ts); --max-mb sets its decompressed size (default 1024).
 * A later version of an imported story (same agency id or URL, or near-duplicate text) is, by --updates: left
 * out and listed (skip, the default), written into the stored draft (apply), or imported as a story of its own
 * (new). The same content again is always skipped ("already imported").
 */
import { SingleBar } from 'cli-progress';
import type { Core } from '@strapi/strapi';
import {
  CLI_INPUT_LIMITS,
  failureOf,
  type WireFailure,
  type WireInputLimits,
} from '../src/plugins/newsroom/server/src/domain/wire';
import { getService } from '../src/plugins/newsroom/server/src/get-service';
import { argument, flag } from './lib/args';
import { withStrapi } from './lib/strapi';
import { expandInputs, readWireInputs, totalBytes, type InputItem } from './lib/wire-input';

interface Options {
  paths: string[];
  dryRun: boolean;
  json: boolean;
  publish: boolean;
  limit: number;
  batchSize: number;
  tagAbove?: number;
  limits: WireInputLimits;
  updates: UpdatesOption;
}

const UPDATES_OPTIONS = ['skip', 'apply', 'new'] as const;
type UpdatesOption = (typeof UPDATES_OPTIONS)[number];

interface Summary {
  read: number;
  created: number;
  updated: number;
  skipped: number;
  /** Later versions of imported stories left out (--updates skip): the story, and the draft it would update. */
  updatesNotApplied: Array<{ storyTitle: string; documentId: string; title: string; matchedBy: string }>;
  /** Asked to publish (`--publish`) but left drafts: their embargo still holds. */
  heldByEmbargo: number;
  parsed: number;
  failed: WireFailure[];
  seconds: number;
  /** Peak resident memory of the import process. */
  maxRssMb: number;
}

const USAGE =
  'usage: npm run import -- <files | folders | .jsonl.gz> [--dry-run] [--json] [--limit N] [--publish] [--tag-above 0..1] [--batch N] [--max-mb N] [--updates skip|apply|new]';
const VALUE_OPTIONS = new Set(['--limit', '--tag-above', '--batch', '--max-mb', '--updates']);

function parseOptions(args: readonly string[]): Options {
  const paths: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (VALUE_OPTIONS.has(arg)) index += 1;
    else if (
      arg.startsWith('--') &&
      !['--dry-run', '--json', '--publish'].includes(arg) &&
      !/^--(limit|tag-above|batch|max-mb|updates)=/.test(arg)
    ) {
      throw new Error(`unknown option ${arg}\n${USAGE}`);
    } else if (!arg.startsWith('--')) paths.push(arg);
  }
  if (paths.length === 0) throw new Error(USAGE);
  const limitText = argument(args, 'limit');
  const limit = limitText === undefined ? Infinity : Number(limitText);
  if (!(limit >= 0) || !Number.isInteger(limit === Infinity ? 0 : limit))
    throw new Error(`--limit must be a whole number, got ${limitText}`);
  const tagText = argument(args, 'tag-above');
  const tagAbove = tagText === undefined ? undefined : Number(tagText);
  if (tagAbove !== undefined && !(tagAbove >= 0 && tagAbove <= 1))
    throw new Error(`--tag-above must be a number from 0 to 1, got ${tagText}`);
  const batchText = argument(args, 'batch');
  const batchSize = batchText === undefined ? 100 : Number(batchText);
  if (!(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 1000))
    throw new Error(`--batch must be a whole number from 1 to 1000, got ${batchText}`);
  const maxMbText = argument(args, 'max-mb');
  const maxMb = maxMbText === undefined ? CLI_INPUT_LIMITS.maxBytes / 2 ** 20 : Number(maxMbText);
  if (!(Number.isInteger(maxMb) && maxMb >= 1))
    throw new Error(`--max-mb must be a whole number of megabytes, got ${maxMbText}`);
  const limits = { ...CLI_INPUT_LIMITS, maxBytes: maxMb * 2 ** 20 };
  const updatesText = argument(args, 'updates') ?? 'skip';
  if (!(UPDATES_OPTIONS as readonly string[]).includes(updatesText))
    throw new Error(`--updates must be one of ${UPDATES_OPTIONS.join(', ')}, got ${updatesText}`);
  return {
    updates: updatesText as UpdatesOption,
    paths,
    batchSize,
    limits,
    dryRun: flag(args, 'dry-run'),
    json: flag(args, 'json'),
    publish: flag(args, 'publish'),
    limit,
    ...(tagAbove === undefined ? {} : { tagAbove }),
  };
}

function createBar(totalSize: number) {
  const bar = new SingleBar({
    format: 'import [{bar}] {percentage}% | {stories} stories | {rate}/s | ETA {eta_formatted}',
    barsize: 30,
    hideCursor: true,
    stream: process.stderr,
    etaBuffer: 200,
  });
  bar.start(Math.max(totalSize, 1), 0, { stories: 0, rate: '0' });
  return bar;
}

/**
 * With the in-memory response cache (no REDIS_URL) every process has its own, and a running server cannot see
 * this process's evictions: after each batch, replace the cache epoch in the database, which the server
 * re-reads every second (cache.epochTtlMs), so it stops serving lists from before the import. With Redis the
 * evictions are shared and nothing more is needed.
 */
function serverCacheInvalidation(strapi: Core.Strapi): (() => Promise<void>) | null {
  const cache = getService(strapi, 'responseCache');
  if (!cache.enabled() || cache.kind() !== 'memory') return null;
  console.error(
    'note: the response cache is in-memory (no REDIS_URL), one per process: a running server is told through the database to drop its cached responses after each batch',
  );
  return async () => {
    if (!(await cache.invalidateEverywhere()))
      console.error(
        "warning: could not record the change in the database: a running server may serve older lists for up to the cache's TTL",
      );
  };
}

async function run(options: Options, strapi: Core.Strapi | null): Promise<Summary> {
  const files = await expandInputs(options.paths);
  const summary: Summary = {
    read: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    updatesNotApplied: [],
    heldByEmbargo: 0,
    parsed: 0,
    failed: [],
    seconds: 0,
    maxRssMb: 0,
  };
  const started = Date.now();
  const bar = createBar(await totalBytes(files));
  let bytes = 0;
  const showProgress = () => {
    const rate = summary.read / Math.max(0.001, (Date.now() - started) / 1000);
    bar.update(bytes, { stories: summary.read, rate: rate.toFixed(0) });
  };
  /** The stories and read errors up to --limit, counted as they are read. */
  async function* counted(): AsyncGenerator<InputItem> {
    for await (const item of readWireInputs(files, (read) => (bytes = read), options.limits)) {
      if (summary.read >= options.limit) return;
      summary.read += 1;
      yield item;
      if (!strapi || summary.read % 20 === 0) showProgress();
    }
  }
  if (!strapi) {
    for await (const item of counted()) {
      if ('error' in item) summary.failed.push(failureOf(item.error));
      else {
        summary.parsed += 1;
        if (options.json) process.stdout.write(`${JSON.stringify(item.story)}\n`);
      }
    }
  } else {
    const invalidateServerCache = serverCacheInvalidation(strapi);
    // Stories go to the database a batch at a time (one transaction each): the archive path of the importer.
    const result = await getService(strapi, 'wireImport').importStories(counted(), {
      publish: options.publish,
      ...(options.tagAbove === undefined ? {} : { tagAbove: options.tagAbove }),
      batchSize: options.batchSize,
      versionPath: 'import-cli',
      updates: options.updates === 'skip' ? 'offer' : options.updates,
      onWritten: async () => {
        if (invalidateServerCache) await invalidateServerCache();
        showProgress();
      },
    });
    Object.assign(summary, {
      created: result.created.length,
      updated: result.updated.length,
      skipped: result.skipped.length,
      updatesNotApplied: result.updates.map(({ storyTitle, documentId, title, matchedBy }) => ({
        storyTitle,
        documentId,
        title,
        matchedBy,
      })),
      heldByEmbargo: [...result.created, ...result.updated].filter((story) => story.heldUntil).length,
      failed: result.failed,
    });
  }
  bar.update(bytes, { stories: summary.read });
  bar.stop();
  summary.seconds = (Date.now() - started) / 1000;
  summary.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return summary;
}

function report(summary: Summary, options: Options): void {
  // With --json the stories (dry run) or the summary object own stdout; the readable summary goes to stderr.
  const out = options.json ? console.error : console.log;
  const rate = (summary.read / Math.max(summary.seconds, 0.001)).toFixed(0);
  const head = options.dryRun
    ? `${summary.read} stories read in ${summary.seconds.toFixed(1)} s (${rate}/s): ${summary.parsed} parsed, ${summary.failed.length} failed (dry run: nothing written)`
    : `${summary.read} stories read in ${summary.seconds.toFixed(1)} s (${rate}/s): ${summary.created} created, ${summary.updated} updated, ${summary.skipped} skipped, ${summary.updatesNotApplied.length} updates not applied, ${summary.failed.length} failed`;
  out(head);
  for (const update of summary.updatesNotApplied)
    out(
      `  update of ${update.documentId} «${update.title}» (${update.matchedBy}): «${update.storyTitle}» not applied (--updates apply to write it into that draft, --updates new to import it as a story of its own)`,
    );
  if (summary.heldByEmbargo > 0)
    out(
      `  ${summary.heldByEmbargo} left as drafts, not published: their embargo has not passed (an editor can schedule them for the embargo time)`,
    );
  for (const failure of summary.failed)
    out(`  failed ${failure.file}${failure.line === undefined ? '' : `:${failure.line}`}: ${failure.reason}`);
  if (options.json && !options.dryRun) console.log(JSON.stringify(summary));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const summary = options.dryRun ? await run(options, null) : await withStrapi((strapi) => run(options, strapi));
  report(summary, options);
  if (summary.failed.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
