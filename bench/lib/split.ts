/**
 * A deterministic train/validation split by a hash of each article's URL: the same article always
 * lands on the same side, on any machine, and the copies of a URL that occurs twice land together
 * (a copy on each side would be scored on an article the model was trained on).
 */
import type { CorpusArticle } from './corpus';

/** FNV-1a over UTF-16 code units: stable, and good enough to spread URLs evenly. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The article's identity for splitting and for overlap checks: its URL, else its title and text. */
export function articleKey(article: CorpusArticle): string {
  return article.url !== '' ? article.url : `${article.title}\n${article.text}`;
}

/** Splits off `validationShare` (0..1) of the articles by URL hash. */
export function splitByUrl<T extends CorpusArticle>(
  articles: readonly T[],
  validationShare: number,
): { train: T[]; validation: T[] } {
  const train: T[] = [];
  const validation: T[] = [];
  const threshold = Math.round(validationShare * 10_000);
  for (const article of articles)
    (stableHash(articleKey(article)) % 10_000 < threshold ? validation : train).push(article);
  return { train, validation };
}

/** Test articles whose URL also occurs in the training set are left out of the scores. */
export function withoutTrainingUrls<T extends CorpusArticle>(
  test: readonly T[],
  train: readonly T[],
): { kept: T[]; leftOut: number } {
  const trainingUrls = new Set(train.filter((article) => article.url !== '').map((article) => article.url));
  const kept = test.filter((article) => article.url === '' || !trainingUrls.has(article.url));
  return { kept, leftOut: test.length - kept.length };
}
