/**
 * The controlled vocabulary, compiled for matching: every label, hidden label and entity of every
 * topic is analyzed once with the text core (the same analysis articles get) into a phrase of
 * word forms (word-forms.ts), indexed by its first word's forms. Each stemmed Arabic word also
 * keeps its ending's family (surface.ts), which an article word must agree with; a hidden label
 * written `!word` is not a label but a blocked form: that word, behind any clitic, never counts
 * for the topic as a one-word match (`!فضاء` keeps فضاءً and وفضاء from الفضاء, space, while the
 * label رائد فضاء still matches).
 */
import { matchKey } from '../text';
import { describeType } from '../text/guard';
import { analyzeArticle } from './article';
import { suffixClass, type SuffixClass } from './surface';
import type { VocabularyTopic } from './types';
import { vocabularyForms, type MatchMode } from './word-forms';

/** Marks a hidden label as a blocked form. */
export const BLOCKED_FORM_MARK = '!';

export type PhraseKind = 'label' | 'hidden' | 'entity';

export interface VocabularyPhrase {
  topicId: string;
  /** As written in the vocabulary (shown as the evidence's label). */
  label: string;
  kind: PhraseKind;
  /** Per word, the forms it matches (several only for English words with endings). */
  words: ReadonlyArray<readonly string[]>;
  /** Per word, the family of its ending (surface.ts); null where endings are not compared (names, Latin). */
  classes: ReadonlyArray<SuffixClass | null>;
}

export interface VocabularyOptions {
  /**
   * Default true: word endings must agree, blocked forms are honoured, and a phrase inside a longer
   * phrase of another topic does not count (كأس العالم is football, not العالم). Off, a stem match is
   * enough, as before these rules existed: only for measuring what they change (bench/eval-suggestions.ts).
   */
  strictMatching?: boolean;
}

/** A compiled vocabulary: build it with buildVocabulary, pass it to suggestTopics. */
export interface Vocabulary {
  readonly topics: ReadonlyMap<string, VocabularyTopic>;
  /** Every distinct phrase the vocabulary matches. */
  readonly phraseCount: number;
}

export class CompiledVocabulary implements Vocabulary {
  readonly topics = new Map<string, VocabularyTopic>();
  readonly phrases: VocabularyPhrase[] = [];
  /** Phrases by each form of their first word. */
  readonly byFirstForm = new Map<string, VocabularyPhrase[]>();
  /** Every form of every word of every phrase: article words are looked up only against these. */
  readonly forms = new Set<string>();
  /** Broader topics of each topic, nearest first (cycles and unknown parents cut off). */
  readonly ancestors = new Map<string, string[]>();
  /** Per topic, the article word keys (matchKey, clitics removed) that never count for it. */
  readonly blocked = new Map<string, ReadonlySet<string>>();

  constructor(readonly strictMatching = true) {}

  get phraseCount(): number {
    return this.phrases.length;
  }
}

/** Reads a list of strings at `path`; undefined or null is an empty list. */
function stringList(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new TypeError(`buildVocabulary: ${path} must be an array of strings, got ${describeType(value)}`);
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string')
      throw new TypeError(`buildVocabulary: ${path}[${index}] must be a string, got ${describeType(item)}`);
  });
  return value as string[];
}

function readTopic(value: unknown, index: number): VocabularyTopic {
  const path = `topics[${index}]`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`buildVocabulary: ${path} must be an object, got ${describeType(value)}`);
  }
  const { id, kind, parentId, labels, hiddenLabels, entities } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '')
    throw new TypeError(`buildVocabulary: ${path}.id must be a non-empty string, got ${describeType(id)}`);
  if (kind !== 'section' && kind !== 'topic')
    throw new TypeError(`buildVocabulary: ${path}.kind must be 'section' or 'topic'`);
  if (parentId !== undefined && parentId !== null && typeof parentId !== 'string') {
    throw new TypeError(`buildVocabulary: ${path}.parentId must be a string, got ${describeType(parentId)}`);
  }
  if (labels !== undefined && (labels === null || typeof labels !== 'object' || Array.isArray(labels))) {
    throw new TypeError(
      `buildVocabulary: ${path}.labels must be an object with ar and en arrays, got ${describeType(labels)}`,
    );
  }
  const { ar, en } = (labels ?? {}) as Record<string, unknown>;
  return {
    id,
    kind,
    parentId: typeof parentId === 'string' && parentId !== '' ? parentId : undefined,
    labels: { ar: stringList(ar, `${path}.labels.ar`), en: stringList(en, `${path}.labels.en`) },
    hiddenLabels: stringList(hiddenLabels, `${path}.hiddenLabels`),
    entities: stringList(entities, `${path}.entities`),
  };
}

/** A label as a phrase of word forms; null when nothing in it can match (only stopwords, say). */
function compilePhrase(topicId: string, label: string, kind: PhraseKind): VocabularyPhrase | null {
  const mode: MatchMode = kind === 'entity' ? 'name' : 'stem';
  const [analyzed] = analyzeArticle({ title: '', standfirst: '', body: label });
  if (analyzed === undefined) return null;
  // A hashtag is followed by its words; the words are what article text is matched on.
  const terms = analyzed.terms.filter((term) => term.kind !== 'hashtag');
  const words = terms.map((term) => vocabularyForms(term.term, term.kind, mode));
  const classes = terms.map((term) =>
    mode === 'stem' && term.kind === 'arabic' ? suffixClass(term.term, label.slice(term.start, term.end)) : null,
  );
  return words.length === 0 ? null : { topicId, label, kind, words, classes };
}

const phraseKey = (phrase: VocabularyPhrase): string =>
  `${phrase.topicId}\u0000${phrase.words.map((forms, index) => `${forms[0]}/${phrase.classes[index] ?? ''}`).join(' ')}`;

const isBlockedForm = (label: string): boolean => label.trim().startsWith(BLOCKED_FORM_MARK);

/** The key a blocked form is compared on: the word's matchKey, as article words are read. */
const blockedKey = (label: string): string => matchKey(label.trim().slice(BLOCKED_FORM_MARK.length).trim());

function ancestorsOf(topicId: string, topics: ReadonlyMap<string, VocabularyTopic>): string[] {
  const chain: string[] = [];
  const seen = new Set([topicId]);
  let parent = topics.get(topicId)?.parentId;
  while (parent !== undefined && topics.has(parent) && !seen.has(parent)) {
    chain.push(parent);
    seen.add(parent);
    parent = topics.get(parent)?.parentId;
  }
  return chain;
}

/**
 * Compiles the vocabulary once (when topics change) so that matching an article is a single pass
 * of lookups. Duplicate ids are an error; a parent that is not in the list is ignored, so a
 * vocabulary being edited still works.
 */
export function buildVocabulary(topics: readonly VocabularyTopic[], options: VocabularyOptions = {}): Vocabulary {
  if (!Array.isArray(topics))
    throw new TypeError(`buildVocabulary: topics must be an array, got ${describeType(topics)}`);
  const vocabulary = new CompiledVocabulary(options.strictMatching !== false);
  topics.forEach((value: unknown, index) => {
    const topic = readTopic(value, index);
    if (vocabulary.topics.has(topic.id))
      throw new Error(`buildVocabulary: duplicate topic id ${JSON.stringify(topic.id)} at topics[${index}]`);
    vocabulary.topics.set(topic.id, topic);
  });
  const seen = new Set<string>();
  for (const topic of vocabulary.topics.values()) {
    vocabulary.ancestors.set(topic.id, ancestorsOf(topic.id, vocabulary.topics));
    const blocked = topic.hiddenLabels.filter(isBlockedForm).map(blockedKey);
    if (blocked.length > 0 && vocabulary.strictMatching) vocabulary.blocked.set(topic.id, new Set(blocked));
    const sources: Array<[string[], PhraseKind]> = [
      [[...topic.labels.ar, ...topic.labels.en], 'label'],
      [topic.hiddenLabels.filter((label) => !isBlockedForm(label)), 'hidden'],
      [topic.entities, 'entity'],
    ];
    for (const [labels, kind] of sources) {
      for (const label of labels) {
        const phrase = compilePhrase(topic.id, label, kind);
        if (phrase === null || seen.has(phraseKey(phrase))) continue;
        seen.add(phraseKey(phrase));
        vocabulary.phrases.push(phrase);
        for (const forms of phrase.words) for (const form of forms) vocabulary.forms.add(form);
        for (const form of phrase.words[0]) {
          const list = vocabulary.byFirstForm.get(form);
          if (list === undefined) vocabulary.byFirstForm.set(form, [phrase]);
          else list.push(phrase);
        }
      }
    }
  }
  return vocabulary;
}
