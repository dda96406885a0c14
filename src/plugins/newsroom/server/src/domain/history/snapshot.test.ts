import fc from 'fast-check';
import { canonicalJson, canonicalJsonByParts, seoSnapshotOf, snapshotHash, snapshotOf } from './snapshot';
import { arabicArticle } from './test-article';

const row = {
  title: 'حلف الناتو',
  slug: 'hlf-alnatw',
  standfirst: 'مقدمة',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }],
  dateline: 'المنامة',
  sourceUrl: null,
  cover: { id: 7, url: '/x.jpg' },
  authors: [{ id: 1, documentId: 'a1', name: 'x' }],
  topics: [{ documentId: 't2' }, { documentId: 't1' }],
  sources: [],
  wordCount: 1,
  searchKey: 'حلف',
};

describe('article snapshot', () => {
  it('keeps the editable content and relation documentIds in order, and drops derived fields', () => {
    const snapshot = snapshotOf(row);
    expect(snapshot.fields.cover).toBe(7);
    expect(snapshot.relations.topics).toEqual(['t2', 't1']);
    expect(JSON.stringify(snapshot)).not.toContain('searchKey');
  });

  it('hashes equal content equally whatever the key order, and differently after any change', () => {
    const reordered = Object.fromEntries(Object.entries(row).reverse());
    expect(snapshotHash(snapshotOf(reordered))).toBe(snapshotHash(snapshotOf(row)));
    expect(snapshotHash(snapshotOf({ ...row, standfirst: 'رقم خاطئ 999 صوتاً' }))).not.toBe(
      snapshotHash(snapshotOf(row)),
    );
    expect(snapshotHash(snapshotOf({ ...row, topics: [{ documentId: 't1' }, { documentId: 't2' }] }))).not.toBe(
      snapshotHash(snapshotOf(row)),
    );
    expect(snapshotHash(snapshotOf({ ...row, wordCount: 99 }))).toBe(snapshotHash(snapshotOf(row)));
  });

  it('serializes canonically', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], u: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });
});

describe('canonical JSON written in one JSON.stringify', () => {
  // Hashes of stored versions and approvals were made with canonicalJsonByParts: the faster writer must give the
  // very same bytes for every value, or a draft nobody touched would count as changed.
  it('gives the bytes of the definition for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => canonicalJson(value) === canonicalJsonByParts(value)),
      {
        numRuns: 500,
      },
    );
  });

  it('gives them for keys JSON.stringify would reorder (array indexes), `__proto__`, and undefined values', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '2', '10', '01', '4294967295', '__proto__', '-1'));
    const tricky = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.constant(undefined),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(tricky, (value) => canonicalJson(value) === canonicalJsonByParts(value)),
      { numRuns: 500 },
    );
    expect(canonicalJson({ b: 1, 10: 2, 2: 3, a: undefined })).toBe('{"10":2,"2":3,"b":1}');
    expect(canonicalJson(JSON.parse('{"z":1,"__proto__":{"y":2}}'))).toBe('{"__proto__":{"y":2},"z":1}');
  });

  it('gives them for a 2,000-word Arabic article', () => {
    const article = arabicArticle(2000);
    expect(canonicalJson(article)).toBe(canonicalJsonByParts(article));
  });
});

describe('the seo component in a snapshot', () => {
  const seo = {
    id: 3,
    metaTitle: 'عنوان البحث',
    metaDescription: '',
    socialImage: { id: 9, url: '/s.jpg' },
    socialImageAlt: null,
    canonicalUrl: null,
    noindex: 0,
  };

  it('keeps the set fields, media as its id, empty strings as null, noindex as a boolean', () => {
    expect(snapshotOf({ ...row, seo }).fields.seo).toEqual({
      metaTitle: 'عنوان البحث',
      metaDescription: null,
      socialImage: 9,
      socialImageAlt: null,
      canonicalUrl: null,
      noindex: false,
    });
    expect(seoSnapshotOf({ noindex: 1 })?.noindex).toBe(true);
  });

  it('leaves an empty or missing component out, so the hash stays what it was before the component existed', () => {
    const without = snapshotHash(snapshotOf(row));
    const empty = { metaTitle: '', metaDescription: null, socialImage: null, noindex: false };
    expect(snapshotOf({ ...row, seo: empty }).fields).not.toHaveProperty('seo');
    expect(snapshotHash(snapshotOf({ ...row, seo: empty }))).toBe(without);
    expect(snapshotHash(snapshotOf({ ...row, seo: null }))).toBe(without);
    expect(snapshotHash(snapshotOf({ ...row, seo }))).not.toBe(without);
  });
});
