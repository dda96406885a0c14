/**
 * Public shapes of the topic-suggestion engine: the vocabulary editors maintain, the article text
 * it reads, and the suggestions it returns. Pure data, so the Strapi layer can store and send it.
 */

/** The three parts of an article the engine reads, in decreasing order of weight. */
export type ArticleField = 'title' | 'standfirst' | 'body';

export const ARTICLE_FIELDS: readonly ArticleField[] = ['title', 'standfirst', 'body'];

export interface ArticleText {
  title?: string;
  standfirst?: string;
  body?: string;
}

/**
 * One entry of the controlled vocabulary (SKOS-like). `labels.ar[0]` / `labels.en[0]` are the
 * preferred labels and the rest alternatives (synonyms); all of them match, as do `hiddenLabels`
 * (misspellings, variants: matched, never shown; one written `!word` is a blocked form instead, a
 * word that never counts for the topic, see vocabulary.ts) and `entities` (people, organisations, places
 * related to the topic, matched as names: not stemmed, so البحرين never matches البحر).
 * `parentId` is the broader topic, normally the topic's section.
 */
export interface VocabularyTopic {
  id: string;
  kind: 'section' | 'topic';
  parentId?: string;
  labels: { ar: string[]; en: string[] };
  hiddenLabels: string[];
  entities: string[];
}

/** A phrase of the article that matched a vocabulary label; offsets are UTF-16 indexes into `field`. */
export interface Evidence {
  field: ArticleField;
  /** Exactly `article[field].slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The vocabulary label (or hidden label, or entity) it matched, as written in the vocabulary. */
  label: string;
  /** How many times this text was found in this field (the offsets are the first time's). */
  count: number;
}

export interface Suggestion {
  topicId: string;
  /** In [0, 1]; comparable across topics of one call, not a calibrated probability. */
  score: number;
  source: 'vocabulary' | 'model' | 'both';
  /** Vocabulary evidence, title first then in text order. A section also shows its topics' phrases. */
  phrases: Evidence[];
  /** Model evidence: the article's terms that pushed this topic most, largest weight first. */
  terms: Array<{ term: string; weight: number }>;
}
