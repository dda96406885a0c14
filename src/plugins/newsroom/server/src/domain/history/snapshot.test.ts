import { canonicalJson, snapshotHash, snapshotOf } from './snapshot';

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
