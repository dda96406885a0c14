/**
 * Ranked topic suggestions for an article: vocabulary evidence (phrases, positions) and the model's
 * probabilities (with the terms that weighed), combined per topic as independent signals,
 * 1 - (1 - vocabulary)(1 - model), so agreement raises a score and neither signal can push it
 * past 1. Each topic then lends a share of its score to its broader topics (its section): 0.6 to the
 * parent, 0.36 to the grandparent, taken as one more independent signal.
 */
import { describeType } from '../text/guard';
import { analyzeArticle, readArticle } from './article';
import { matchVocabulary } from './match';
import { modelEvidence } from './model-evidence';
import { TopicModel } from './model';
import type { ArticleText, Evidence, Suggestion } from './types';
import { CompiledVocabulary, type Vocabulary } from './vocabulary';
import { compareEvidence, scoreVocabulary } from './vocabulary-score';

export interface SuggestOptions {
  vocabulary: Vocabulary;
  model?: TopicModel;
  /** Topics an editor rejected for this article: never suggested, and lending nothing to sections. */
  rejected?: ReadonlySet<string>;
  /** Topics the article already has: not suggested again, but still lending to their sections. */
  exclude?: ReadonlySet<string>;
  /** At most this many suggestions. Default 5: more is a list to read, not a suggestion. */
  limit?: number;
  /** Suggestions scoring less are dropped. Default DEFAULT_MIN_SCORE. */
  minScore?: number;
}

export const DEFAULT_LIMIT = 5;
/**
 * The score floor: a topic named once in the body alone (0.28) is not suggested, one named in the
 * standfirst (0.49), the title (0.63) or twice in the body (0.41) is. On the archive's tuning
 * stories (bench/eval-suggestions.ts --slice tune) 0.3 raised precision@3 from 0.75 (floor 0.25)
 * to 0.80 for 2% of recall.
 */
export const DEFAULT_MIN_SCORE = 0.3;
const SECTION_SHARE = 0.6;
/** Below this probability the model is not named as a source of the suggestion. */
const MODEL_EVIDENCE_FLOOR = 0.05;
const SCORE_DIGITS = 1e4;

interface Candidate {
  score: number;
  phrases: Evidence[];
  byVocabulary: boolean;
  modelProbability: number;
  byModel: boolean;
}

interface Settings {
  vocabulary: CompiledVocabulary;
  model: TopicModel | undefined;
  rejected: ReadonlySet<string>;
  exclude: ReadonlySet<string>;
  limit: number;
  minScore: number;
}

const EMPTY_SET: ReadonlySet<string> = new Set();

function readSet(value: unknown, name: string): ReadonlySet<string> {
  if (value === undefined || value === null) return EMPTY_SET;
  if (typeof value !== 'object' || typeof (value as { has?: unknown }).has !== 'function') {
    throw new TypeError(`suggestTopics: options.${name} must be a Set of topic ids, got ${describeType(value)}`);
  }
  return value as ReadonlySet<string>;
}

function readSettings(options: unknown): Settings {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`suggestTopics: options must be an object with a vocabulary, got ${describeType(options)}`);
  }
  const { vocabulary, model, rejected, exclude, limit, minScore } = options as Record<string, unknown>;
  if (!(vocabulary instanceof CompiledVocabulary)) {
    throw new TypeError(
      `suggestTopics: options.vocabulary must come from buildVocabulary, got ${describeType(vocabulary)}`,
    );
  }
  if (model !== undefined && model !== null && !(model instanceof TopicModel)) {
    throw new TypeError(`suggestTopics: options.model must be a TopicModel, got ${describeType(model)}`);
  }
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) {
    throw new TypeError('suggestTopics: options.limit must be a non-negative integer');
  }
  if (minScore !== undefined && (typeof minScore !== 'number' || Number.isNaN(minScore))) {
    throw new TypeError('suggestTopics: options.minScore must be a number');
  }
  return {
    vocabulary,
    model: model ?? undefined,
    rejected: readSet(rejected, 'rejected'),
    exclude: readSet(exclude, 'exclude'),
    limit: limit ?? DEFAULT_LIMIT,
    minScore: minScore ?? DEFAULT_MIN_SCORE,
  };
}

/**
 * What an editor should consider tagging this article with, best first, each with the evidence to
 * judge it by. Any text is fine (empty text gives no suggestions); only non-strings are errors.
 * A plain string is read as the body.
 */
export function suggestTopics(article: ArticleText | string, options: SuggestOptions): Suggestion[] {
  const settings = readSettings(options);
  const text = readArticle(article, 'suggestTopics', 'article');
  const fields = analyzeArticle(text);
  if (fields.length === 0 || settings.limit === 0) return [];
  const { vocabulary, rejected } = settings;

  const candidates = new Map<string, Candidate>();
  const candidate = (topicId: string): Candidate => {
    let found = candidates.get(topicId);
    if (found === undefined) {
      found = { score: 0, phrases: [], byVocabulary: false, modelProbability: 0, byModel: false };
      candidates.set(topicId, found);
    }
    return found;
  };
  for (const [topicId, evidence] of scoreVocabulary(matchVocabulary(fields, vocabulary), (field) => text[field])) {
    if (rejected.has(topicId)) continue;
    Object.assign(candidate(topicId), { score: evidence.score, phrases: evidence.phrases, byVocabulary: true });
  }
  const model = settings.model === undefined ? null : modelEvidence(settings.model, fields);
  for (const [label, probability] of model?.probabilities ?? []) {
    if (!vocabulary.topics.has(label) || rejected.has(label)) continue;
    const entry = candidate(label);
    entry.modelProbability = probability;
    entry.byModel = probability >= MODEL_EVIDENCE_FLOOR;
    entry.score = 1 - (1 - entry.score) * (1 - probability);
  }
  lendToBroaderTopics(candidates, vocabulary, rejected);

  const suggestions: Suggestion[] = [];
  for (const [topicId, entry] of candidates) {
    if (settings.exclude.has(topicId) || entry.score < settings.minScore || !(entry.byVocabulary || entry.byModel))
      continue;
    suggestions.push({
      topicId,
      score: Math.round(entry.score * SCORE_DIGITS) / SCORE_DIGITS,
      source: entry.byVocabulary && entry.byModel ? 'both' : entry.byVocabulary ? 'vocabulary' : 'model',
      phrases: entry.phrases,
      terms: [],
    });
  }
  suggestions.sort((a, b) => b.score - a.score || (a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0));
  const shown = suggestions.slice(0, settings.limit);
  for (const suggestion of shown) {
    if (model !== null && candidates.get(suggestion.topicId)!.modelProbability >= MODEL_EVIDENCE_FLOOR)
      suggestion.terms = model.terms(suggestion.topicId);
  }
  return shown;
}

/**
 * Sections (and other broader topics) gain from their topics' scores, computed before any lending
 * so the order of topics does not matter; they show their topics' phrases as their own evidence.
 */
function lendToBroaderTopics(
  candidates: Map<string, Candidate>,
  vocabulary: CompiledVocabulary,
  rejected: ReadonlySet<string>,
): void {
  const lent = new Map<string, { share: number; phrases: Evidence[]; byVocabulary: boolean; byModel: boolean }>();
  for (const [topicId, entry] of candidates) {
    let share = entry.score;
    for (const ancestor of vocabulary.ancestors.get(topicId) ?? []) {
      share *= SECTION_SHARE;
      if (rejected.has(ancestor)) continue;
      const gift = lent.get(ancestor) ?? { share: 0, phrases: [], byVocabulary: false, byModel: false };
      gift.share = Math.max(gift.share, share);
      gift.phrases.push(...entry.phrases);
      gift.byVocabulary ||= entry.byVocabulary;
      gift.byModel ||= entry.byModel;
      lent.set(ancestor, gift);
    }
  }
  for (const [ancestor, gift] of lent) {
    const entry = candidates.get(ancestor) ?? {
      score: 0,
      phrases: [],
      byVocabulary: false,
      modelProbability: 0,
      byModel: false,
    };
    entry.score = 1 - (1 - entry.score) * (1 - gift.share);
    entry.phrases = unionEvidence([...entry.phrases, ...gift.phrases]).sort(compareEvidence);
    entry.byVocabulary ||= gift.byVocabulary;
    entry.byModel ||= gift.byModel;
    candidates.set(ancestor, entry);
  }
}

/**
 * Evidence gathered from several topics, one line per text and field. Two topics that matched the
 * same text matched the same places, so the count is the larger of theirs, not their sum.
 */
function unionEvidence(phrases: readonly Evidence[]): Evidence[] {
  const lines = new Map<string, Evidence>();
  for (const phrase of phrases) {
    const key = `${phrase.field}\u0000${phrase.text}`;
    const earlier = lines.get(key);
    if (earlier === undefined) lines.set(key, { ...phrase });
    else if (phrase.start < earlier.start) lines.set(key, { ...phrase, count: Math.max(phrase.count, earlier.count) });
    else earlier.count = Math.max(phrase.count, earlier.count);
  }
  return [...lines.values()];
}
