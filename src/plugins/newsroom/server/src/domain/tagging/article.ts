/**
 * Reading and analyzing an article once for both signals. The text core's analyzer runs with
 * stemming off, so each term keeps its matchKey (needed to match names, which must not be
 * stemmed); the stems the model reads are derived from those keys here, exactly as the default
 * analyzer would produce them (Arabic words stemmed, everything else as its key).
 */
import { createAnalyzer, stem, type AnalyzedTerm } from '../text';
import { describeType } from '../text/guard';
import { ARTICLE_FIELDS, type ArticleField } from './types';

export interface AnalyzedField {
  field: ArticleField;
  text: string;
  /** Terms with offsets into `text`; `term` is the matchKey (stopwords already dropped). */
  terms: AnalyzedTerm[];
  /** Model terms, parallel to `terms`: the stem for Arabic words, else the key. */
  stems: string[];
}

const keyAnalyzer = createAnalyzer({ stem: false });

/**
 * Checks an ArticleText (or a plain string, read as the body) and returns its three fields as
 * strings. Missing fields are empty; anything but a string in a field is a TypeError naming it.
 */
export function readArticle(value: unknown, fn: string, arg: string): Record<ArticleField, string> {
  if (typeof value === 'string') return { title: '', standfirst: '', body: value };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(
      `${fn}: ${arg} must be an object with title, standfirst and body strings, got ${describeType(value)}`,
    );
  }
  const fields = value as Record<string, unknown>;
  const result: Record<ArticleField, string> = { title: '', standfirst: '', body: '' };
  for (const field of ARTICLE_FIELDS) {
    const text = fields[field];
    if (text === undefined || text === null) continue;
    if (typeof text !== 'string')
      throw new TypeError(`${fn}: ${arg}.${field} must be a string, got ${describeType(text)}`);
    result[field] = text;
  }
  return result;
}

/** The non-empty fields of an article, analyzed. */
export function analyzeArticle(article: Record<ArticleField, string>): AnalyzedField[] {
  const analyzed: AnalyzedField[] = [];
  for (const field of ARTICLE_FIELDS) {
    const text = article[field];
    if (text === '') continue;
    const terms = keyAnalyzer.analyze(text);
    if (terms.length === 0) continue;
    const stems = new Array<string>(terms.length);
    for (let index = 0; index < terms.length; index++) {
      const term = terms[index];
      stems[index] = term.kind === 'arabic' ? stem(term.term) : term.term;
    }
    analyzed.push({ field, text, terms, stems });
  }
  return analyzed;
}

/** Model terms per field, for training and prediction without offsets. */
export function modelTerms(analyzed: readonly AnalyzedField[]): Array<{ field: ArticleField; stems: string[] }> {
  return analyzed.map(({ field, stems }) => ({ field, stems }));
}
