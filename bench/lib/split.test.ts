import type { CorpusArticle } from './corpus';
import { splitByUrl, stableHash, withoutTrainingUrls } from './split';

const article = (url: string, category = 'sport'): CorpusArticle => ({
  title: `t ${url}`,
  abstract: '',
  text: `x ${url}`,
  category,
  url,
});

describe('splitByUrl', () => {
  const articles = Array.from({ length: 2000 }, (_, index) => article(`https://example.com/${index}`));

  it('splits off about the requested share, the same way every time', () => {
    const { train, validation } = splitByUrl(articles, 0.2);
    expect(train.length + validation.length).toBe(articles.length);
    expect(validation.length / articles.length).toBeGreaterThan(0.17);
    expect(validation.length / articles.length).toBeLessThan(0.23);
    expect(splitByUrl(articles, 0.2).validation).toEqual(validation);
  });

  it('keeps the copies of a URL on one side', () => {
    const doubled = [...articles, ...articles.map((copy) => ({ ...copy, text: `${copy.text} (updated)` }))];
    const { train, validation } = splitByUrl(doubled, 0.2);
    const trainUrls = new Set(train.map((entry) => entry.url));
    expect(validation.some((entry) => trainUrls.has(entry.url))).toBe(false);
  });

  it('hashes stably (FNV-1a)', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
  });
});

describe('withoutTrainingUrls', () => {
  it('leaves out test articles whose URL is in the training data, and counts them', () => {
    const train = [article('u1'), article('u2')];
    const test = [article('u2'), article('u3'), article('')];
    const { kept, leftOut } = withoutTrainingUrls(test, train);
    expect(kept.map((entry) => entry.url)).toEqual(['u3', '']);
    expect(leftOut).toBe(1);
  });
});
