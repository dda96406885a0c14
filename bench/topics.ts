/**
 * Speed and size of topic suggestion on the real corpus (one thread, after a warm-up).
 *
 *   npm run bench:topics [-- --corpus path/to/corpus.jsonl.gz] [-- --train-count 25000] [-- --rounds 3]
 *
 * The corpus (--corpus, else $NEWSROOM_CORPUS, else <project>/../shared/corpus/ant-dev.jsonl.gz) is
 * read where it lies. Measured:
 *  - training the model on the first 25,000 articles, their categories as labels (target ≤ 60 s);
 *  - its serialized size and the heap it takes;
 *  - suggestTopics on 1,000-word articles built from corpus text, with the 50-topic vocabulary of
 *    topic-vocabulary.ts and that model (target ≤ 2 ms per article, i.e. ≥ 500,000 words/s).
 */
import { tokenTexts } from '../src/plugins/newsroom/server/src/domain/text';
import {
  buildVocabulary,
  serializeModel,
  suggestTopics,
  trainModel,
  type ArticleText,
} from '../src/plugins/newsroom/server/src/domain/tagging';
import { argument, numberArgument } from '../scripts/lib/args';
import { corpusPath, readCorpus, type CorpusArticle } from './lib/corpus';
import { createProgress } from './lib/progress';
import { BENCHMARK_VOCABULARY } from './topic-vocabulary';

const TRAINING_SECONDS_TARGET = 60;
const MILLISECONDS_PER_ARTICLE_TARGET = 2;
const ARTICLE_WORDS = 1000;
const ARTICLES_TIMED = 300;

const args = process.argv.slice(2);
const format = (value: number): string => Math.round(value).toLocaleString('en-US');
const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const verdict = (met: boolean, target: string): string => `(${met ? 'target met' : 'BELOW TARGET'}: ${target})`;

/** Articles of exactly ARTICLE_WORDS tokens: a title, a standfirst, then body text cut to length. */
function thousandWordArticles(articles: readonly CorpusArticle[], count: number): ArticleText[] {
  const built: ArticleText[] = [];
  let next = 0;
  while (built.length < count && next < articles.length) {
    const head = articles[next];
    const title = head.title;
    const standfirst = head.abstract;
    let words = tokenTexts(title).length + tokenTexts(standfirst).length;
    const paragraphs: string[] = [];
    // Several consecutive articles of the corpus (one section, one source) make one long story.
    while (words < ARTICLE_WORDS && next < articles.length) {
      const paragraph = articles[next++].text;
      const tokens = tokenTexts(paragraph).length;
      if (words + tokens <= ARTICLE_WORDS) {
        paragraphs.push(paragraph);
        words += tokens;
        continue;
      }
      const wanted = ARTICLE_WORDS - words;
      paragraphs.push(paragraph.split(/\s+/).slice(0, wanted).join(' '));
      words += tokenTexts(paragraphs[paragraphs.length - 1]).length;
    }
    built.push({ title, standfirst, body: paragraphs.join('\n') });
  }
  return built;
}

function wordsOf(article: ArticleText): number {
  return (
    tokenTexts(article.title ?? '').length +
    tokenTexts(article.standfirst ?? '').length +
    tokenTexts(article.body ?? '').length
  );
}

async function main(): Promise<void> {
  const progress = createProgress();
  progress.start('load', 100, '%');
  const corpus = await readCorpus(corpusPath(argument(args, 'corpus')), (read, total) =>
    progress.update(Math.round((100 * read) / total)),
  );
  progress.stop();
  const trainCount = Math.min(corpus.articles.length, numberArgument(args, 'train-count', 25_000));
  const rounds = Math.max(1, numberArgument(args, 'rounds', 3));
  const training = corpus.articles.slice(0, trainCount);

  const started = process.hrtime.bigint();
  const model = trainModel(
    training.map((article) => ({
      text: { title: article.title, standfirst: article.abstract, body: article.text },
      labels: [article.category],
    })),
    {
      mode: 'single-label',
      onProgress(phase, done, total) {
        if (done === 0 || (phase === 'training' && done === 1))
          progress.start(phase, total, phase === 'features' ? 'articles' : 'passes');
        progress.update(done, total);
      },
    },
  );
  const trainingSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  progress.stop();
  const bytes = serializeModel(model);
  const vocabulary = buildVocabulary(BENCHMARK_VOCABULARY);

  // Articles from the end of the corpus, which the model was not trained on when there is room.
  const pool = corpus.articles.length > trainCount ? corpus.articles.slice(trainCount) : corpus.articles;
  const articles = thousandWordArticles(pool, ARTICLES_TIMED);
  const totalWords = articles.reduce((sum, article) => sum + wordsOf(article), 0);
  const run = (): number =>
    articles.reduce((sum, article) => sum + suggestTopics(article, { vocabulary, model }).length, 0);
  const expected = run(); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const roundStarted = process.hrtime.bigint();
    if (run() !== expected) throw new Error('non-deterministic suggestions');
    best = Math.min(best, Number(process.hrtime.bigint() - roundStarted) / 1e9);
  }
  const perArticle = (best * 1000) / articles.length;
  const wordsPerSecond = totalWords / best;
  const vocabularyOnly = (): number =>
    articles.reduce((sum, article) => sum + suggestTopics(article, { vocabulary }).length, 0);
  vocabularyOnly();
  const vocabularyStarted = process.hrtime.bigint();
  vocabularyOnly();
  const vocabularySeconds = Number(process.hrtime.bigint() - vocabularyStarted) / 1e9;
  const sample = suggestTopics(articles[0], { vocabulary, model });

  console.log(
    `corpus      ${corpus.path} (${format(corpus.articles.length)} articles, ${corpus.skipped} lines skipped)`,
  );
  console.log(`node        ${process.version}, one thread, best of ${rounds} after a warm-up\n`);
  console.log(
    `training    ${format(trainCount)} articles (title, abstract as standfirst, text), single-label on their categories`,
  );
  console.log(
    `  seconds ${trainingSeconds.toFixed(1)}  ${verdict(trainingSeconds <= TRAINING_SECONDS_TARGET, `≤ ${TRAINING_SECONDS_TARGET} s`)}`,
  );
  console.log(`model       ${format(model.rowCount)} features × ${model.labels.length} labels`);
  console.log(
    `  serialized ${format(bytes.length)} bytes (${megabytes(bytes.length)}); in memory ${megabytes(model.byteLength)} (weights, IDF, feature table)`,
  );
  console.log(
    `suggestTopics, ${BENCHMARK_VOCABULARY.length} vocabulary entries (${vocabulary.phraseCount} phrases) + the model`,
  );
  console.log(
    `  articles ${articles.length} of ${format(totalWords / articles.length)} words  ms/article ${perArticle.toFixed(3)}  words/s ${format(wordsPerSecond)}  ${verdict(perArticle <= MILLISECONDS_PER_ARTICLE_TARGET, `≤ ${MILLISECONDS_PER_ARTICLE_TARGET} ms`)}`,
  );
  console.log(`  vocabulary only: ms/article ${((vocabularySeconds * 1000) / articles.length).toFixed(3)}`);
  console.log(
    `  sample: ${sample
      .slice(0, 5)
      .map((suggestion) => `${suggestion.topicId} ${suggestion.score.toFixed(2)} (${suggestion.source})`)
      .join(', ')}`,
  );
  const memory = process.memoryUsage();
  console.log(`\nheap used ${megabytes(memory.heapUsed)} (corpus held in memory), rss ${megabytes(memory.rss)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
