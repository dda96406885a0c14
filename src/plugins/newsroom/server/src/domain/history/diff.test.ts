import { readFileSync } from 'fs';
import { join } from 'path';
import { applyDiff, DiffMismatchError } from './apply';
import { diffSnapshots } from './diff';
import type { ArticleSnapshot } from './snapshot';
import { sampleBody, textOfBlock, withText } from './wire-sample.test-data';

const BODY = sampleBody(
  readFileSync(join(__dirname, '../../../../../../../tests/fixtures/wire/iraq-nato-manama-dialogue.txt'), 'utf8'),
);

const VERSION: ArticleSnapshot = {
  fields: {
    title: 'العراق وحلف الناتو يبحثان التعاون الأمني على هامش حوار المنامة',
    slug: 'العراق-وحلف-الناتو',
    standfirst: 'لقاء الأعرجي ودراكوني في البحرين',
    body: BODY,
    dateline: 'المنامة',
    sourceUrl: 'https://www.ina.iq',
    cover: 7,
  },
  relations: { authors: ['a1', 'a2'], topics: ['t1', 't2', 't3'], sources: ['s1'] },
};

const edit = (
  fields: Partial<ArticleSnapshot['fields']>,
  relations: Partial<ArticleSnapshot['relations']> = {},
): ArticleSnapshot => ({
  fields: { ...VERSION.fields, ...fields },
  relations: { ...VERSION.relations, ...relations },
});

describe('diffSnapshots', () => {
  it('returns nothing for the same version', () => {
    expect(diffSnapshots(VERSION, structuredClone(VERSION))).toEqual([]);
  });

  it('returns only the changed fields, in field order, each diffed by its nature', () => {
    const after = edit(
      {
        standfirst: 'لقاء الأعرجي ودراكوني في المنامة',
        title: 'العراق وحلف الناتو يبحثان التعاون الأمني على هامش حوار المنامة 21',
        cover: 9,
        sourceUrl: 'https://www.ina.iq/eng',
        body: BODY.map((block, index) =>
          index === 0 ? withText(block, textOfBlock(block).replace('القاء', 'اللقاء')) : block,
        ),
      },
      { topics: ['t1', 't3', 't4'] },
    );
    const diff = diffSnapshots(VERSION, after);
    expect(diff.map((change) => [change.field, change.type])).toEqual([
      ['title', 'text'],
      ['standfirst', 'text'],
      ['body', 'blocks'],
      ['sourceUrl', 'value'],
      ['cover', 'value'],
      ['topics', 'relation'],
    ]);
    expect(diff[1]).toMatchObject({
      kind: 'text',
      runs: [
        { op: 'equal', text: 'لقاء الأعرجي ودراكوني في ' },
        { op: 'delete', text: 'البحرين' },
        { op: 'insert', text: 'المنامة' },
      ],
    });
    expect(diff[4]).toEqual({ type: 'value', field: 'cover', from: 7, to: 9 });
    expect(diff[5]).toEqual({ type: 'relation', field: 'topics', added: ['t4'], removed: ['t2'] });
    expect(applyDiff(VERSION, diff)).toEqual(after);
  });

  it('gives the new order of reordered relations (the byline order is content)', () => {
    const after = edit({}, { authors: ['a2', 'a1'] });
    expect(diffSnapshots(VERSION, after)).toEqual([
      { type: 'relation', field: 'authors', added: [], removed: [], order: ['a2', 'a1'] },
    ]);
    expect(applyDiff(VERSION, diffSnapshots(VERSION, after))).toEqual(after);
  });

  it('classifies a tashkeel-only title edit and a punctuation-only dateline edit', () => {
    const after = edit({
      title: 'العراقُ وحلفُ الناتو يبحثان التعاون الأمني على هامش حوار المنامة',
      dateline: 'المنامة:',
    });
    expect(diffSnapshots(VERSION, after)).toMatchObject([
      { field: 'title', kind: 'tashkeel-only' },
      { field: 'dateline', kind: 'punctuation-only' },
    ]);
  });

  it('keeps null apart from empty on both sides', () => {
    const cleared = edit({ standfirst: null, body: null });
    const diff = diffSnapshots(VERSION, cleared);
    expect(diff).toMatchObject([
      { field: 'standfirst', type: 'text', nullAfter: true, runs: [{ op: 'delete' }] },
      { field: 'body', type: 'blocks', nullAfter: true },
    ]);
    expect(applyDiff(VERSION, diff)).toEqual(cleared);
    expect(applyDiff(cleared, diffSnapshots(cleared, VERSION))).toEqual(VERSION);
    expect(diffSnapshots(edit({ dateline: '' }), edit({ dateline: null }))).toMatchObject([
      { field: 'dateline', kind: 'whitespace-only', nullAfter: true },
    ]);
  });

  it('refuses to apply a diff to a version it was not made from', () => {
    const diff = diffSnapshots(VERSION, edit({ title: 'عنوان جديد' }));
    expect(() => applyDiff(edit({ title: 'عنوان آخر' }), diff)).toThrow(DiffMismatchError);
    expect(() => applyDiff(edit({ cover: 1 }), diffSnapshots(VERSION, edit({ cover: 2 })))).toThrow(/cover/);
    expect(() => applyDiff(VERSION, [{ type: 'relation', field: 'authors', added: [], removed: ['zz'] }])).toThrow(
      /zz/,
    );
  });
});

describe('the seo fields in a diff', () => {
  const SEO = {
    metaTitle: 'عنوان البحث',
    metaDescription: null,
    socialImage: 4,
    socialImageAlt: null,
    canonicalUrl: null,
    noindex: false,
  };

  it('names each changed field as seo.<field>, a value, and applies back to the version it was made to', () => {
    const before = edit({ seo: SEO });
    const after = edit({ seo: { ...SEO, metaTitle: 'عنوان آخر', noindex: true } });
    const diff = diffSnapshots(before, after);
    expect(diff).toEqual([
      { type: 'value', field: 'seo.metaTitle', from: 'عنوان البحث', to: 'عنوان آخر' },
      { type: 'value', field: 'seo.noindex', from: false, to: true },
    ]);
    expect(applyDiff(before, diff)).toEqual(after);
  });

  it('reads a version without the component as all empty: adding and removing it diff and apply', () => {
    const plain = edit({});
    const withSeo = edit({ seo: SEO });
    expect(diffSnapshots(plain, withSeo).map((change) => change.field)).toEqual(['seo.metaTitle', 'seo.socialImage']);
    expect(applyDiff(plain, diffSnapshots(plain, withSeo))).toEqual(withSeo);
    expect(applyDiff(withSeo, diffSnapshots(withSeo, plain))).toEqual(plain);
    expect(() => applyDiff(plain, [{ type: 'value', field: 'seo.metaTitle', from: 'not this', to: 'x' }])).toThrow(
      DiffMismatchError,
    );
  });
});
