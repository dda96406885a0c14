/**
 * Precision of the topic suggestions on archive stories, before and after precise matching.
 *
 *   npm run eval:suggestions [-- --corpus PATH] [--slice eval|tune] [--json] [--examples 10]
 *                            [--limit N] [--min-score S]   (the "after" run's settings, for tuning)
 *
 * Stories: a deterministic sample of the corpus (--corpus, else $NEWSROOM_CORPUS, else
 * ../shared/corpus/ant-dev.jsonl.gz) by a hash of each story's URL — `eval`, the stories whose hash
 * is below 1% of the range (about 270 of the 27,606), reported in the README and never looked at
 * while writing the matching rules, the blocked forms or the keyword rules; `tune`, the next 1%,
 * which was. Reference topics come from the archive's own section and headline/abstract keywords
 * (bench/lib/suggestion-gold.ts documents the rules). Vocabulary: the seeded taxonomy, as a fresh
 * install has it, without a model (a model would be trained on these same categories).
 *
 * Runs over the same stories:
 *   before  stem matching alone (no ending agreement, no blocked forms, no longest-match rule),
 *           up to 10 suggestions scoring ≥ 0.1 — the engine's behaviour before issue #20;
 *   after   the engine's defaults (strict matching, DEFAULT_LIMIT suggestions ≥ DEFAULT_MIN_SCORE);
 *   and each half of the change alone (strict matching with the old limit and floor, and the reverse).
 * Reported: precision@3 and @5 (correct suggestions among the first k shown, over all shown),
 * recall@5 of the reference topics, suggestions per story, evidence lines per suggestion (identical
 * lines merged) against the places found, stories without any suggestion.
 */
import {
  buildVocabulary,
  suggestTopics,
  type VocabularyTopic,
} from '../src/plugins/newsroom/server/src/domain/tagging';
import { DEFAULT_LIMIT, DEFAULT_MIN_SCORE } from '../src/plugins/newsroom/server/src/domain/tagging/suggest';
import {
  BLOCKED_FORM_MARK,
  type VocabularyOptions,
} from '../src/plugins/newsroom/server/src/domain/tagging/vocabulary';
import { seedVocabularyTopics } from '../src/plugins/newsroom/server/src/setup/seed/taxonomy';
import { argument, flag, numberArgument } from '../scripts/lib/args';
import { corpusPath, readCorpus, type CorpusArticle } from './lib/corpus';
import { createProgress } from './lib/progress';
import { articleKey, stableHash } from './lib/split';
import { referenceTopics } from './lib/suggestion-gold';

const args = process.argv.slice(2);
const progress = createProgress();
const HASH_RANGE = 10_000;
const SLICES: Readonly<Record<string, [number, number]>> = { eval: [0, 100], tune: [100, 200] };

interface RunSettings {
  name: string;
  vocabulary: VocabularyOptions;
  limit: number;
  minScore: number;
}

const RUNS: RunSettings[] = [
  { name: 'before', vocabulary: { strictMatching: false }, limit: 10, minScore: 0.1 },
  // Each half of the change alone, to see what each is worth.
  { name: 'strict matching only', vocabulary: {}, limit: 10, minScore: 0.1 },
  {
    name: 'limit and floor only',
    vocabulary: { strictMatching: false },
    limit: DEFAULT_LIMIT,
    minScore: DEFAULT_MIN_SCORE,
  },
  {
    name: 'after',
    vocabulary: {},
    limit: numberArgument(args, 'limit', DEFAULT_LIMIT),
    minScore: numberArgument(args, 'min-score', DEFAULT_MIN_SCORE),
  },
];

/** The seeded taxonomy; the "before" run reads it without blocked forms, which did not exist then. */
function seedVocabulary(withBlockedForms: boolean): VocabularyTopic[] {
  return seedVocabularyTopics().map((topic) => ({
    ...topic,
    hiddenLabels: topic.hiddenLabels.filter((label) => withBlockedForms || !label.startsWith(BLOCKED_FORM_MARK)),
  }));
}

interface RunResult {
  name: string;
  limit: number;
  minScore: number;
  precisionAt3: number;
  precisionAt5: number;
  recallAt5: number;
  suggestionsPerStory: number;
  evidenceLinesPerSuggestion: number;
  evidenceFoundPerSuggestion: number;
  storiesWithoutSuggestions: number;
  wrong: Array<{ title: string; topic: string; evidence: string }>;
}

const ratio = (numerator: number, denominator: number): number =>
  denominator === 0 ? 0 : Math.round((numerator / denominator) * 1000) / 1000;

function run(settings: RunSettings, stories: readonly CorpusArticle[], golds: ReadonlyArray<Set<string>>): RunResult {
  const vocabulary = buildVocabulary(seedVocabulary(settings.vocabulary.strictMatching !== false), settings.vocabulary);
  let shown3 = 0;
  let correct3 = 0;
  let shown5 = 0;
  let correct5 = 0;
  let found5 = 0;
  let goldCount = 0;
  let suggestionCount = 0;
  let evidenceLines = 0;
  let evidenceFound = 0;
  let empty = 0;
  const wrong: RunResult['wrong'] = [];
  progress.start(settings.name, stories.length, 'stories');
  stories.forEach((story, index) => {
    const suggestions = suggestTopics(
      { title: story.title, standfirst: story.abstract, body: story.text },
      { vocabulary, limit: settings.limit, minScore: settings.minScore },
    );
    const gold = golds[index];
    const first3 = suggestions.slice(0, 3);
    const first5 = suggestions.slice(0, 5);
    shown3 += first3.length;
    correct3 += first3.filter((suggestion) => gold.has(suggestion.topicId)).length;
    shown5 += first5.length;
    correct5 += first5.filter((suggestion) => gold.has(suggestion.topicId)).length;
    found5 += first5.filter((suggestion) => gold.has(suggestion.topicId)).length;
    goldCount += gold.size;
    suggestionCount += suggestions.length;
    evidenceLines += suggestions.reduce((sum, suggestion) => sum + suggestion.phrases.length, 0);
    for (const suggestion of suggestions)
      evidenceFound += suggestion.phrases.reduce((sum, phrase) => sum + phrase.count, 0);
    if (suggestions.length === 0) empty++;
    for (const suggestion of first3.filter((candidate) => !gold.has(candidate.topicId)))
      wrong.push({
        title: story.title,
        topic: suggestion.topicId,
        evidence: suggestion.phrases
          .slice(0, 3)
          .map((phrase) => phrase.text)
          .join(' | '),
      });
    progress.update(index + 1);
  });
  progress.stop();
  return {
    name: settings.name,
    limit: settings.limit,
    minScore: settings.minScore,
    precisionAt3: ratio(correct3, shown3),
    precisionAt5: ratio(correct5, shown5),
    recallAt5: ratio(found5, goldCount),
    suggestionsPerStory: ratio(suggestionCount, stories.length),
    evidenceLinesPerSuggestion: ratio(evidenceLines, suggestionCount),
    evidenceFoundPerSuggestion: ratio(evidenceFound, suggestionCount),
    storiesWithoutSuggestions: empty,
    wrong,
  };
}

async function main(): Promise<void> {
  const sliceName = argument(args, 'slice') ?? 'eval';
  const slice = SLICES[sliceName];
  if (slice === undefined) {
    console.error(`--slice must be one of ${Object.keys(SLICES).join(', ')}, got ${JSON.stringify(sliceName)}`);
    process.exit(2);
  }
  progress.start('load corpus', 100, '%');
  const corpus = await readCorpus(corpusPath(argument(args, 'corpus')), (read, total) =>
    progress.update(Math.round((100 * read) / total)),
  );
  progress.stop();
  const seen = new Set<string>();
  const stories = corpus.articles.filter((article) => {
    const key = articleKey(article);
    const bucket = stableHash(key) % HASH_RANGE;
    if (bucket < slice[0] || bucket >= slice[1] || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const golds = stories.map(referenceTopics);
  const results = RUNS.map((settings) => run(settings, stories, golds));
  const summary = {
    corpus: corpus.path,
    slice: sliceName,
    stories: stories.length,
    referenceTopicsPerStory: ratio(
      golds.reduce((sum, gold) => sum + gold.size, 0),
      stories.length,
    ),
    runs: results.map(({ wrong: _wrong, ...figures }) => figures),
  };
  if (flag(args, 'json')) {
    console.log(JSON.stringify(summary));
    return;
  }
  console.log(`Topic suggestions on ${stories.length} archive stories (${sliceName} slice of ${corpus.path})`);
  console.log(`reference topics per story: ${summary.referenceTopicsPerStory}`);
  console.table(summary.runs);
  const examples = numberArgument(args, 'examples', 0);
  for (const result of [results[0], results[results.length - 1]]) {
    if (examples === 0) break;
    console.log(`\nFirst ${examples} wrong suggestions in the top 3, ${result.name}:`);
    for (const example of result.wrong.slice(0, examples))
      console.log(`  ${example.topic.padEnd(24)} ${example.evidence.padEnd(40)} ← ${example.title}`);
  }
}

main().catch((error: unknown) => {
  progress.stop();
  console.error(error);
  process.exit(1);
});
