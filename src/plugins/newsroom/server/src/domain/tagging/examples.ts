/**
 * Checking training and feedback examples. Examples come from the database and from files, so a
 * malformed one is reported with its index and field rather than failing somewhere inside training.
 */
import { describeType } from '../text/guard';
import { analyzeArticle, modelTerms, readArticle } from './article';
import type { ArticleField, ArticleText } from './types';

export interface TrainingExample {
  /** The article: a plain string is read as its body; an ArticleText lets the title count more. */
  text: string | ArticleText;
  /** Topic (or section) ids; several for multi-label models, exactly one for single-label ones. */
  labels: readonly string[];
}

export interface FeedbackExample {
  text: string | ArticleText;
  label: string;
  decision: 'accept' | 'reject';
}

export type ModelTerms = Array<{ field: ArticleField; stems: string[] }>;

/** The labels of `value`, checked to be an array of strings. */
export function readLabels(value: unknown, fn: string, arg: string): string[] {
  if (!Array.isArray(value))
    throw new TypeError(`${fn}: ${arg} must be an array of strings, got ${describeType(value)}`);
  value.forEach((label: unknown, index) => {
    if (typeof label !== 'string')
      throw new TypeError(`${fn}: ${arg}[${index}] must be a string, got ${describeType(label)}`);
  });
  return value as string[];
}

/** The model terms and labels of one training example. */
export function readTrainingExample(value: unknown, fn: string, arg: string): { terms: ModelTerms; labels: string[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${fn}: ${arg} must be an object with text and labels, got ${describeType(value)}`);
  }
  const { text, labels } = value as Record<string, unknown>;
  const article = readArticle(text, fn, `${arg}.text`);
  return { terms: modelTerms(analyzeArticle(article)), labels: readLabels(labels, fn, `${arg}.labels`) };
}

/** The model terms, label and decision of one editor decision. */
export function readFeedbackExample(
  value: unknown,
  fn: string,
  arg: string,
): { terms: ModelTerms; label: string; accepted: boolean } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${fn}: ${arg} must be an object with text, label and decision, got ${describeType(value)}`);
  }
  const { text, label, decision } = value as Record<string, unknown>;
  const article = readArticle(text, fn, `${arg}.text`);
  if (typeof label !== 'string')
    throw new TypeError(`${fn}: ${arg}.label must be a string, got ${describeType(label)}`);
  if (decision !== 'accept' && decision !== 'reject') {
    throw new TypeError(
      `${fn}: ${arg}.decision must be 'accept' or 'reject', got ${typeof decision === 'string' ? JSON.stringify(decision) : describeType(decision)}`,
    );
  }
  return { terms: modelTerms(analyzeArticle(article)), label, accepted: decision === 'accept' };
}
