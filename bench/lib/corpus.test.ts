import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { parseArticleLine, readCorpus } from './corpus';

describe('parseArticleLine', () => {
  it('reads text and category, and the optional fields when present', () => {
    expect(parseArticleLine('{"title":"T","abstract":"A","text":"X","category":"sport","url":"u"}')).toEqual({
      title: 'T',
      abstract: 'A',
      text: 'X',
      category: 'sport',
      url: 'u',
    });
    expect(parseArticleLine('{"text":"X","category":"c"}')).toEqual({
      title: '',
      abstract: '',
      text: 'X',
      category: 'c',
      url: '',
    });
  });

  it('returns null for lines that are not articles', () => {
    for (const line of [
      '',
      'not json',
      '[1]',
      'null',
      '{"text":"X"}',
      '{"text":1,"category":"c"}',
      '{"text":"X","category":""}',
    ]) {
      expect(parseArticleLine(line)).toBeNull();
    }
  });
});

describe('readCorpus', () => {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-'));
  const lines = ['{"text":"one","category":"a"}', 'broken', '{"text":"two","category":"b"}', ''].join('\n');

  it('reads gzip and plain JSON lines alike, counting skipped lines', async () => {
    writeFileSync(join(folder, 'c.jsonl.gz'), gzipSync(lines));
    writeFileSync(join(folder, 'c.jsonl'), lines);
    for (const name of ['c.jsonl.gz', 'c.jsonl']) {
      const corpus = await readCorpus(join(folder, name));
      expect(corpus.articles.map((entry) => entry.text)).toEqual(['one', 'two']);
      expect(corpus.skipped).toBe(1);
    }
  });
});
