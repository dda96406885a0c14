/**
 * Evaluates the copy-desk hints (dropped doubled letters) against the archive they learn from.
 *
 *   npm run eval:hints [-- --corpus PATH] [--json] [--clean 300] [--examples 25]
 *
 * Builds the frequency model from the corpus (--corpus, else $NEWSROOM_CORPUS, else
 * ../shared/corpus/ant-dev.jsonl.gz), holding out a deterministic share of it by URL hash; then
 * reports recall on the sample story's known typos (tests/fixtures/wire/*.typos.json) and how many
 * hints fire on held-out corpus articles, which are taken as clean — the listed false flags let a
 * person judge whether some are real typos in the corpus.
 * Tuning: --log-prior, --min-suggestion-count, --min-suggestion-per-million, --min-word-count, --min-pair-count, --validation-share.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import {
  DEFAULT_PRUNE,
  DEFAULT_TYPO_OPTIONS,
  FrequencyCounter,
  deserializeFrequencyModel,
  findDoubledLetterTypos,
  serializeFrequencyModel,
  type FrequencyModel,
  type TypoOptions,
} from '../src/plugins/newsroom/server/src/domain/copydesk';
import { argument, flag, numberArgument } from '../scripts/lib/args';
import { corpusPath, readCorpus, type CorpusArticle } from './lib/corpus';
import {
  findNonWordTypos,
  wordListKeys,
  type WordListOptions,
} from '../src/plugins/newsroom/server/src/domain/copydesk';
import { startWordList, type WordListHandle } from '../src/plugins/newsroom/server/src/copydesk/word-list';
import { articleText, dropOneDoubledLetter, inContext, recallOn, type KnownTypo } from './lib/hints-eval';
import { createProgress } from './lib/progress';
import { splitByUrl, withoutTrainingUrls } from './lib/split';

const args = process.argv.slice(2);
const progress = createProgress();
const SAMPLE = resolve(__dirname, '../tests/fixtures/wire/iraq-nato-manama-dialogue');

function buildModel(articles: readonly CorpusArticle[]): { model: FrequencyModel; bytes: number; seconds: number } {
  const started = Date.now();
  const counter = new FrequencyCounter();
  progress.start('counting', articles.length, 'articles');
  articles.forEach((article, index) => {
    counter.add(articleText(article));
    if (index % 256 === 0) progress.update(index);
  });
  progress.update(articles.length);
  progress.stop();
  const built = counter.finish({
    minWordCount: numberArgument(args, 'min-word-count', DEFAULT_PRUNE.minWordCount),
    minPairCount: numberArgument(args, 'min-pair-count', DEFAULT_PRUNE.minPairCount),
  });
  // Evaluate the model as it is stored: serialized and read back.
  const bytes = serializeFrequencyModel(built);
  return { model: deserializeFrequencyModel(bytes), bytes: bytes.length, seconds: (Date.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const share = numberArgument(args, 'validation-share', 0.1);
  const cleanCount = numberArgument(args, 'clean', 300);
  const exampleCount = numberArgument(args, 'examples', 25);
  const options: TypoOptions = {
    logPriorOdds: numberArgument(args, 'log-prior', DEFAULT_TYPO_OPTIONS.logPriorOdds),
    minSuggestionCount: numberArgument(args, 'min-suggestion-count', DEFAULT_TYPO_OPTIONS.minSuggestionCount),
    minSuggestionPerMillion: numberArgument(
      args,
      'min-suggestion-per-million',
      DEFAULT_TYPO_OPTIONS.minSuggestionPerMillion,
    ),
  };

  progress.start('load', 100, '%');
  const corpus = await readCorpus(corpusPath(argument(args, 'corpus')), (read, total) =>
    progress.update(Math.round((100 * read) / total)),
  );
  progress.stop();
  const { train, validation } = splitByUrl(corpus.articles, share);
  const { kept } = withoutTrainingUrls(validation, train);
  const clean = kept.slice(0, cleanCount);

  const { model, bytes, seconds } = buildModel(train);

  const sample = readFileSync(`${SAMPLE}.txt`, 'utf8');
  const known = (JSON.parse(readFileSync(`${SAMPLE}.typos.json`, 'utf8')) as { typos: KnownTypo[] }).typos;
  const sampleHints = findDoubledLetterTypos(sample, model, options);
  const recall = recallOn(sample, sampleHints, known);
  const knownStarts = new Set(recall.flatMap((typo) => (typo.hint ? [typo.hint.start] : [])));

  const checkStarted = Date.now();
  progress.start('checking', clean.length, 'articles');
  const flags = clean.flatMap((article, index) => {
    progress.update(index + 1);
    const text = articleText(article);
    return findDoubledLetterTypos(text, model, options).map((hint) => ({
      url: article.url,
      context: inContext(text, hint),
      hint,
    }));
  });
  progress.stop();
  const checkSeconds = (Date.now() - checkStarted) / 1000;
  const words = clean.reduce((sum, article) => sum + articleText(article).split(/\s+/).length, 0);

  const found = recall.filter((typo) => typo.found > 0).length;
  const summary = {
    corpus: corpus.path,
    split: `${Math.round(share * 100)}% held out by URL hash`,
    modelArticles: train.length,
    model: { ...model.size, totalWords: model.totalWords, bytes, buildSeconds: seconds },
    options: { ...options, minWordCount: model.data.minWordCount, minPairCount: model.data.minPairCount },
    recall: {
      found,
      of: recall.length,
      typos: recall.map(({ hint, ...typo }) => ({ ...typo, evidence: hint?.evidence })),
    },
    sampleHints: sampleHints
      .filter((hint) => !knownStarts.has(hint.start))
      .map((hint) => ({ word: hint.word, suggestion: hint.suggestion, context: inContext(sample, hint, 25) })),
    clean: {
      articles: clean.length,
      words,
      flags: flags.length,
      flagsPerTen: (10 * flags.length) / Math.max(1, clean.length),
      checkSeconds,
    },
    falseFlags: flags.slice(0, exampleCount).map(({ url, context, hint }) => ({
      word: hint.word,
      suggestion: hint.suggestion,
      score: Number(hint.score.toFixed(3)),
      evidence: hint.evidence,
      context,
      url,
    })),
  };
  const wordList = await evaluateWordList({ sample, known, clean, model, options });
  if (flag(args, 'json')) {
    console.log(JSON.stringify({ ...summary, wordList }));
    return;
  }
  printSummary(summary);
  printWordList(wordList);
}

type Hit = { start: number; suggestion: string };
type ModeResult = { sampleFound: string[]; sampleRecall: string; injectedRecall: string; flagsPerTen: number };

/**
 * The word list (what a fresh install has), alone and with the archive model as the service combines them:
 * recall on the sample's typos and on typos injected into held-out articles (one doubled letter dropped
 * per article), and flags on the same articles left clean.
 */
async function evaluateWordList(input: {
  sample: string;
  known: KnownTypo[];
  clean: readonly CorpusArticle[];
  model: FrequencyModel;
  options: TypoOptions;
}) {
  const rssBefore = process.memoryUsage().rss;
  const list: WordListHandle = startWordList({
    cacheDir: resolve(__dirname, '../node_modules/.cache/newsroom-copydesk'),
  });
  try {
    const load = await list.ready;
    const rssAfter = process.memoryUsage().rss;
    const listHints = async (text: string, listOptions: WordListOptions): Promise<Hit[]> =>
      findNonWordTypos(text, await list.lookup(wordListKeys(text)), listOptions);
    const combined = async (text: string): Promise<Hit[]> => {
      const fromArchive = findDoubledLetterTypos(text, input.model, input.options);
      const taken = new Set(fromArchive.map((hint) => hint.start));
      const fromList = await listHints(text, { archiveCount: (key) => input.model.wordCount(key) });
      return [...fromArchive, ...fromList.filter((hint) => !taken.has(hint.start))];
    };
    const modes = { wordListOnly: (text: string) => listHints(text, {}), withArchive: combined };
    const results = {} as Record<keyof typeof modes, ModeResult>;
    for (const mode of Object.keys(modes) as Array<keyof typeof modes>) {
      const check = modes[mode];
      const sampleHints = await check(input.sample);
      const recall = recallOn(input.sample, sampleHints, input.known);
      let flags = 0;
      let injected = 0;
      let found = 0;
      for (const article of input.clean) {
        const text = articleText(article);
        flags += (await check(text)).length;
        const typo = dropOneDoubledLetter(text, Math.floor(text.length / 3));
        if (!typo) continue;
        injected++;
        const hints = await check(typo.text);
        if (hints.some((hint) => hint.start === typo.start && hint.suggestion === typo.correction)) found++;
      }
      results[mode] = {
        sampleFound: recall.filter((typo) => typo.found > 0).map((typo) => typo.word),
        sampleRecall: `${recall.filter((typo) => typo.found > 0).length}/${recall.length}`,
        injectedRecall: `${found}/${injected}`,
        flagsPerTen: (10 * flags) / Math.max(1, input.clean.length),
      };
    }
    return { load, rssMiB: (rssAfter - rssBefore) / 2 ** 20, ...results };
  } finally {
    await list.close();
  }
}

function printWordList(result: Awaited<ReturnType<typeof evaluateWordList>>): void {
  console.log(
    `\nword list: loaded in ${result.load.ms} ms${result.load.fromCache ? ' (BTrie cache)' : ' (decoded from ar.trie.gz)'}, +${result.rssMiB.toFixed(0)} MiB resident`,
  );
  for (const mode of ['wordListOnly', 'withArchive'] as const)
    console.log(`  ${mode.padEnd(13)} ${JSON.stringify(result[mode])}`);
}

type Summary = {
  corpus: string;
  split: string;
  modelArticles: number;
  model: { words: number; pairs: number; totalWords: number; bytes: number; buildSeconds: number };
  recall: {
    found: number;
    of: number;
    typos: Array<{ word: string; correction: string; occurrences: number; found: number }>;
  };
  sampleHints: Array<{ word: string; suggestion: string; context: string }>;
  clean: { articles: number; words: number; flags: number; flagsPerTen: number; checkSeconds: number };
  falseFlags: Array<{
    word: string;
    suggestion: string;
    score: number;
    evidence: { wordCount: number; suggestionCount: number };
    context: string;
  }>;
};

function printSummary(summary: Summary): void {
  const { model, recall, clean } = summary;
  const n = (value: number) => value.toLocaleString('en-US');
  console.log(`corpus       ${summary.corpus} (${summary.split})`);
  console.log(
    `model        ${n(summary.modelArticles)} articles, ${n(model.totalWords)} words → ${n(model.words)} words, ${n(model.pairs)} pairs kept, ${n(model.bytes)} bytes (${(model.bytes / 2 ** 20).toFixed(1)} MiB), built in ${model.buildSeconds.toFixed(1)} s`,
  );
  console.log(`\nrecall on the sample's typos: ${recall.found}/${recall.of}`);
  for (const typo of recall.typos) {
    console.log(
      `  ${typo.found > 0 ? 'found ' : 'MISSED'} ${typo.word} → ${typo.correction}  (${typo.found}/${typo.occurrences} places)`,
    );
  }
  console.log(`other hints on the sample (${summary.sampleHints.length}):`);
  for (const hint of summary.sampleHints) console.log(`  ${hint.word} → ${hint.suggestion}   ${hint.context}`);
  console.log(
    `\nclean articles: ${n(clean.articles)} held out (${n(clean.words)} words), ${clean.flags} flags = ${clean.flagsPerTen.toFixed(2)} per ten articles (target < 1), checked in ${clean.checkSeconds.toFixed(1)} s`,
  );
  for (const flagged of summary.falseFlags) {
    const { wordCount, suggestionCount } = flagged.evidence;
    console.log(
      `  ${flagged.word} → ${flagged.suggestion} (${wordCount} vs ${suggestionCount}, score ${flagged.score})   ${flagged.context}`,
    );
  }
}

main().catch((error: unknown) => {
  progress.stop();
  console.error(error);
  process.exit(1);
});
