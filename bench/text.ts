/**
 * Throughput of the Arabic text core on the real corpus (one thread, after a warm-up).
 *
 *   npm run bench:text [-- --corpus path/to/corpus.jsonl.gz] [-- --rounds 5]
 *
 * The corpus is a gzip JSON-lines file whose objects have `title` and `text`; it is read where it
 * lies (--corpus, else $NEWSROOM_CORPUS, else <project>/../shared/corpus/ant-dev.jsonl.gz) and
 * never copied into the project. Measured:
 *  - words/s for matchKey + tokenTexts + stem over article texts (target 1,000,000);
 *  - words/s for the full analyze() chain (offsets, stopwords; informative, no target);
 *  - titles/s for makeSlug(title, { mode: 'arabic' }) (target 50,000).
 */
import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { gunzipSync } from 'zlib';
import { makeSlug } from '../src/plugins/newsroom/server/src/domain/slug';
import { analyze, matchKey, stem, tokenTexts } from '../src/plugins/newsroom/server/src/domain/text';

const PROJECT_ROOT = resolve(__dirname, '..');
const DEFAULT_CORPUS = resolve(PROJECT_ROOT, '../shared/corpus/ant-dev.jsonl.gz');
const WORDS_PER_SECOND_TARGET = 1_000_000;
const TITLES_PER_SECOND_TARGET = 50_000;

interface Article {
  title: string;
  text: string;
}

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function loadCorpus(path: string): { articles: Article[]; skipped: number } {
  if (!existsSync(path)) {
    console.error(`bench:text: corpus not found at ${path}`);
    console.error('Pass --corpus <file.jsonl.gz> or set NEWSROOM_CORPUS (gzip JSON lines with "title" and "text").');
    process.exit(2);
  }
  const articles: Article[] = [];
  let skipped = 0;
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const record: unknown = JSON.parse(line);
      const { title, text } = (record ?? {}) as Record<string, unknown>;
      if (typeof title === 'string' && typeof text === 'string') articles.push({ title, text });
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { articles, skipped };
}

/**
 * A benchmarked workload returns a count of what it processed (words or titles) plus a checksum
 * of its output: using the results keeps the work from being optimized away.
 */
interface Outcome {
  count: number;
  checksum: number;
}

/** The hot path with a target: key, tokens and stems of every article text. */
function keyTokenizeStem(articles: readonly Article[]): Outcome {
  let count = 0;
  let checksum = 0;
  for (const { text } of articles) {
    for (const token of tokenTexts(matchKey(text))) {
      checksum += stem(token).length;
      count++;
    }
  }
  return { count, checksum };
}

/** The full chain; its count is the raw-text tokens, counted before timing (see main). */
function analyzeAll(articles: readonly Article[]): Outcome {
  let checksum = 0;
  for (const { text } of articles) checksum += analyze(text).length;
  return { count: 0, checksum };
}

function slugAll(articles: readonly Article[]): Outcome {
  let checksum = 0;
  for (const { title } of articles) checksum += makeSlug(title, { mode: 'arabic' }).length;
  return { count: articles.length, checksum };
}

/** Best time of `rounds` runs after one warm-up run, in seconds, with the run's outcome. */
function measure(
  run: (articles: readonly Article[]) => Outcome,
  articles: readonly Article[],
  rounds: number,
): Outcome & { seconds: number } {
  const warmUp = run(articles);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    const result = run(articles);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
    if (result.checksum !== warmUp.checksum) throw new Error('non-deterministic result');
  }
  return { seconds: best, ...warmUp };
}

const format = (value: number): string => Math.round(value).toLocaleString('en-US');
const verdict = (rate: number, target: number): string => (rate >= target ? 'target met' : 'BELOW TARGET');

function main(): void {
  const corpusPath = resolve(argument('corpus') ?? process.env.NEWSROOM_CORPUS ?? DEFAULT_CORPUS);
  const rounds = Math.max(1, Number(argument('rounds') ?? 3));
  const loadStarted = Date.now();
  const { articles, skipped } = loadCorpus(corpusPath);
  console.log(`corpus   ${corpusPath}`);
  console.log(
    `articles ${format(articles.length)} (${skipped} lines skipped), loaded in ${Date.now() - loadStarted} ms`,
  );
  console.log(`node     ${process.version}, one thread, best of ${rounds} after a warm-up\n`);

  const hot = measure(keyTokenizeStem, articles, rounds);
  const hotRate = hot.count / hot.seconds;
  console.log('matchKey + tokenTexts + stem (article texts)');
  console.log(
    `  words ${format(hot.count)}  seconds ${hot.seconds.toFixed(3)}  words/s ${format(hotRate)}  (${verdict(hotRate, WORDS_PER_SECOND_TARGET)}: ${format(WORDS_PER_SECOND_TARGET)})`,
  );

  const rawWords = articles.reduce((sum, { text }) => sum + tokenTexts(text).length, 0);
  const full = measure(analyzeAll, articles, rounds);
  console.log('analyze (tokens with offsets, matchKey per token, stopwords, stem; no protected terms)');
  console.log(
    `  words ${format(rawWords)}  seconds ${full.seconds.toFixed(3)}  words/s ${format(rawWords / full.seconds)}`,
  );

  const slugs = measure(slugAll, articles, rounds);
  const slugRate = slugs.count / slugs.seconds;
  console.log("makeSlug(title, { mode: 'arabic' })");
  console.log(
    `  titles ${format(slugs.count)}  seconds ${slugs.seconds.toFixed(3)}  titles/s ${format(slugRate)}  (${verdict(slugRate, TITLES_PER_SECOND_TARGET)}: ${format(TITLES_PER_SECOND_TARGET)})`,
  );

  const memory = process.memoryUsage();
  console.log(
    `\nheap used ${(memory.heapUsed / 2 ** 20).toFixed(1)} MB (corpus held in memory), rss ${(memory.rss / 2 ** 20).toFixed(1)} MB`,
  );
}

main();
