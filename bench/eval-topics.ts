/**
 * Evaluates the topic model as a section classifier on articles it was never trained on.
 *
 *   npm run eval:topics                                  # splits the corpus itself (80/20 by URL hash)
 *   npm run eval:topics -- --train A.jsonl.gz --test B.jsonl.gz [--json] [--model nb|ours]
 *
 * Files: JSON lines (gzip or plain) with `text` and `category` (`title`, `abstract`, `url` used
 * when present), any category names. Without --train/--test the corpus (--corpus, $NEWSROOM_CORPUS,
 * default ../shared/corpus/ant-dev.jsonl.gz) is split deterministically. Test articles whose URL
 * also occurs in the training data are left out of the scores. `--model nb` runs plain multinomial
 * naive Bayes through the same pipeline, as the baseline. Figures are also given with the classes of
 * --merge (default middleEast,internationalNews) merged into one.
 * Tuning: --epochs, --regularization, --learning-rate, --min-df, --validation-share.
 */
import {
  deserializeModel,
  predictLabels,
  serializeModel,
  trainModel,
  type TrainOptions,
} from '../src/plugins/newsroom/server/src/domain/tagging';
import { argument, flag, numberArgument } from '../scripts/lib/args';
import { corpusPath, readCorpus, type Corpus, type CorpusArticle } from './lib/corpus';
import { classificationReport, mergedReport, type ClassificationReport } from './lib/metrics';
import { NaiveBayes } from './lib/naive-bayes';
import { createProgress, type Progress } from './lib/progress';
import { splitByUrl, withoutTrainingUrls } from './lib/split';
import { printReport, reportJson } from './lib/report';

type ModelName = 'ours' | 'nb';

interface Classifier {
  name: ModelName;
  description: string;
  predict(article: CorpusArticle): string;
  modelBytes?: number;
}

const args = process.argv.slice(2);
const progress = createProgress();

async function load(path: string, label: string): Promise<Corpus> {
  progress.start(`load ${label}`, 100, '%');
  const corpus = await readCorpus(path, (read, total) => progress.update(Math.round((100 * read) / total)));
  progress.update(100);
  progress.stop();
  return corpus;
}

function trainOurs(train: readonly CorpusArticle[]): Classifier {
  const options: TrainOptions = {
    mode: 'single-label',
    epochs: numberArgument(args, 'epochs', 8),
    regularization: numberArgument(args, 'regularization', 5e-6),
    learningRate: numberArgument(args, 'learning-rate', 1),
    minDocumentFrequency: numberArgument(args, 'min-df', 2),
    onProgress(phase, done, total) {
      if (done === 0 || (phase === 'training' && done === 1))
        progress.start(phase, total, phase === 'features' ? 'articles' : 'passes');
      progress.update(done, total);
    },
  };
  const examples = train.map((article) => ({
    text: { title: article.title, standfirst: article.abstract, body: article.text },
    labels: [article.category],
  }));
  progress.start('features', examples.length, 'articles');
  const trained = trainModel(examples, options);
  progress.stop();
  // Score the model as it will be stored: serialized and read back.
  const bytes = serializeModel(trained);
  const model = deserializeModel(bytes);
  return {
    name: 'ours',
    description: `linear model (uni+bigram stems, TF-IDF, averaged SGD, softmax), ${model.rowCount.toLocaleString('en-US')} features`,
    modelBytes: bytes.length,
    predict: (article) =>
      predictLabels(model, { title: article.title, standfirst: article.abstract, body: article.text })[0]?.label ??
      model.labels[0],
  };
}

function trainNaiveBayes(train: readonly CorpusArticle[]): Classifier {
  const model = new NaiveBayes();
  progress.start('training', train.length, 'articles');
  model.train(
    train.map((article) => ({ text: `${article.title}\n${article.text}`, label: article.category })),
    (done) => done % 256 === 0 && progress.update(done),
  );
  progress.update(train.length);
  progress.stop();
  return {
    name: 'nb',
    description: 'multinomial naive Bayes (unigram stems, Laplace smoothing)',
    predict: (article) => model.predict(`${article.title}\n${article.text}`),
  };
}

function test(classifier: Classifier, articles: readonly CorpusArticle[], bar: Progress): string[] {
  bar.start('testing', articles.length, 'articles');
  const predicted = articles.map((article, index) => {
    if (index % 128 === 0) bar.update(index);
    return classifier.predict(article);
  });
  bar.update(articles.length);
  bar.stop();
  return predicted;
}

async function main(): Promise<void> {
  const modelName = (argument(args, 'model') ?? 'ours') as ModelName;
  if (modelName !== 'ours' && modelName !== 'nb') {
    console.error(`--model must be "ours" or "nb", got ${JSON.stringify(modelName)}`);
    process.exit(2);
  }
  const trainPath = argument(args, 'train');
  const testPath = argument(args, 'test');
  if ((trainPath === undefined) !== (testPath === undefined)) {
    console.error('Give both --train and --test, or neither (the corpus is then split by URL hash).');
    process.exit(2);
  }
  const requestedMerge = (argument(args, 'merge') ?? 'middleEast,internationalNews')
    .split(',')
    .filter((name) => name !== '');

  let train: CorpusArticle[];
  let testArticles: CorpusArticle[];
  let source: Record<string, unknown>;
  if (trainPath !== undefined && testPath !== undefined) {
    const trainCorpus = await load(corpusPath(trainPath), 'train');
    const testCorpus = await load(corpusPath(testPath), 'test');
    train = trainCorpus.articles;
    testArticles = testCorpus.articles;
    source = { train: trainCorpus.path, test: testCorpus.path, skippedLines: trainCorpus.skipped + testCorpus.skipped };
  } else {
    const share = numberArgument(args, 'validation-share', 0.2);
    const corpus = await load(corpusPath(argument(args, 'corpus')), 'corpus');
    ({ train, validation: testArticles } = splitByUrl(corpus.articles, share));
    source = {
      corpus: corpus.path,
      split: `${Math.round(share * 100)}% validation by URL hash`,
      skippedLines: corpus.skipped,
    };
  }
  const { kept, leftOut } = withoutTrainingUrls(testArticles, train);

  const started = Date.now();
  const classifier = modelName === 'nb' ? trainNaiveBayes(train) : trainOurs(train);
  const trainingSeconds = (Date.now() - started) / 1000;
  const testStarted = Date.now();
  const predicted = test(classifier, kept, progress);
  const testingSeconds = (Date.now() - testStarted) / 1000;

  const gold = kept.map((article) => article.category);
  const all: ClassificationReport = classificationReport(gold, predicted);
  // Only the named classes this data has are merged (none when fewer than two are present).
  const present = requestedMerge.filter((name) => all.classes.includes(name));
  const merge = present.length >= 2 ? present : [];
  const merged = mergedReport(gold, predicted, merge, merge.join('+'));
  const summary = {
    model: classifier.name,
    description: classifier.description,
    ...source,
    trainCount: train.length,
    testCount: kept.length,
    leftOut,
    trainingSeconds,
    testingSeconds,
    modelBytes: classifier.modelBytes,
  };
  if (flag(args, 'json')) console.log(JSON.stringify(reportJson(summary, all, merged, merge)));
  else printReport(summary, all, merged, merge);
}

main().catch((error: unknown) => {
  progress.stop();
  console.error(error);
  process.exit(1);
});
