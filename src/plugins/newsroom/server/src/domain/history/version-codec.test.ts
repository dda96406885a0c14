import fc from 'fast-check';
import { canonicalJson } from './snapshot';
import { arabicArticle, seededRandom, withOneWordChanged } from './test-article';
import {
  decodeChain,
  decodeDelta,
  decodeFull,
  encodeDelta,
  encodeFull,
  encodeVersion,
  sharedPrefixLength,
  sharedSuffixLength,
  type EncodedContent,
} from './version-codec';

/** Stores a sequence of versions the way the version store does, keeping every encoded row. */
const storeAll = (versions: readonly string[], fullEvery: number): EncodedContent[] => {
  const rows: EncodedContent[] = [];
  let sinceFull = 0;
  versions.forEach((json, index) => {
    const previous = index === 0 ? null : { json: versions[index - 1] as string, sinceFull };
    const encoded = encodeVersion(json, previous, fullEvery);
    sinceFull = encoded.encoding === 'full' ? 0 : sinceFull + 1;
    rows.push(encoded);
  });
  return rows;
};

/** Decodes version `index` from the rows as the store does: from the full copy at or before it. */
const decodeAt = (rows: readonly EncodedContent[], index: number): string => {
  let start = index;
  while ((rows[start] as EncodedContent).encoding !== 'full') start -= 1;
  return decodeChain(rows.slice(start, index + 1));
};

type Edit = { kind: 'insert' | 'delete' | 'replace'; at: number; length: number; text: string };
const edit = fc.record({
  kind: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  text: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('كلمة', 'مُحَمَّد', '🙂', 'é', '\u200f', '')),
});
const apply = (text: string, change: Edit): string => {
  const at = text.length === 0 ? 0 : change.at % (text.length + 1);
  if (change.kind === 'insert') return text.slice(0, at) + change.text + text.slice(at);
  if (change.kind === 'delete') return text.slice(0, at) + text.slice(at + change.length);
  return text.slice(0, at) + change.text + text.slice(at + change.length);
};

describe('version codec', () => {
  it('a full copy decodes to the same text, Arabic and emoji included', () => {
    const json = canonicalJson(arabicArticle(300));
    expect(decodeFull(encodeFull(json))).toBe(json);
    expect(decodeFull(encodeFull('🙂 مُحَمَّد'))).toBe('🙂 مُحَمَّد');
  });

  it('a delta decodes against its base to exactly the next text', () => {
    const before = canonicalJson(arabicArticle(500));
    const after = canonicalJson(withOneWordChanged(arabicArticle(500), seededRandom(3)));
    expect(decodeDelta(before, encodeDelta(before, after))).toBe(after);
    expect(decodeDelta(before, encodeDelta(before, before))).toBe(before);
    expect(decodeDelta('', encodeDelta('', after))).toBe(after);
    expect(decodeDelta(after, encodeDelta(after, ''))).toBe('');
  });

  it('a delta cut inside a two-byte Arabic letter still decodes exactly', () => {
    // ب (D8 A8) and ت (D8 AA) share their first byte: the prefix ends inside the letter.
    expect(decodeDelta('كتاب', encodeDelta('كتاب', 'كتات'))).toBe('كتات');
  });

  it('random edit sequences round-trip: every version decodes to what was saved', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        (start, saves, fullEvery) => {
          // Stored text is canonical JSON, whose strings JSON.stringify keeps well-formed (a lone surrogate escaped).
          const texts = [start];
          for (const changes of saves) texts.push(changes.reduce(apply, texts[texts.length - 1] as string));
          const versions = texts.map((text) => JSON.stringify(text));
          const rows = storeAll(versions, fullEvery);
          versions.forEach((json, index) => expect(decodeAt(rows, index)).toBe(json));
          // No chain is longer than fullEvery rows.
          let run = 0;
          for (const row of rows) {
            run = row.encoding === 'full' ? 1 : run + 1;
            expect(run).toBeLessThanOrEqual(fullEvery);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random one-word edits of an Arabic article round-trip', () => {
    const random = seededRandom(11);
    const versions = [arabicArticle(600, 5)];
    for (let index = 0; index < 30; index += 1) versions.push(withOneWordChanged(versions[index]!, random));
    const jsons = versions.map(canonicalJson);
    const rows = storeAll(jsons, 10);
    jsons.forEach((json, index) => expect(decodeAt(rows, index)).toBe(json));
  });

  it('100 one-word edits of a 2,000-word article take less than one full copy (≤ 10× is the bar)', () => {
    const random = seededRandom(7);
    let article = arabicArticle(2000);
    const jsons = [canonicalJson(article)];
    for (let index = 0; index < 100; index += 1) {
      article = withOneWordChanged(article, random);
      jsons.push(canonicalJson(article));
    }
    const rows = storeAll(jsons, 50);
    const stored = rows.slice(1).reduce((sum, row) => sum + row.content.length, 0);
    const fullCopy = Buffer.byteLength(jsons[0] as string, 'utf8');
    expect(stored).toBeLessThan(fullCopy);
  });

  it('stores a full copy when the delta would not be smaller (a rewrite), and after fullEvery versions', () => {
    const first = canonicalJson(arabicArticle(300, 1));
    const random = seededRandom(2);
    const rewrite = JSON.stringify(Array.from({ length: 4000 }, () => Math.floor(random() * 36).toString(36)).join(''));
    expect(encodeVersion(rewrite, { json: first, sinceFull: 0 }, 50).encoding).toBe('full');
    const edited = canonicalJson(withOneWordChanged(arabicArticle(300, 1), seededRandom(1)));
    expect(encodeVersion(edited, { json: first, sinceFull: 0 }, 50).encoding).toBe('delta');
    expect(encodeVersion(edited, { json: first, sinceFull: 49 }, 50).encoding).toBe('full');
    expect(encodeVersion(first, null, 50).encoding).toBe('full');
  });

  it('refuses a chain that does not start at a full copy, and a delta against the wrong base', () => {
    expect(() => decodeChain([{ encoding: 'delta', content: encodeDelta('a', 'b') }])).toThrow(/full copy/);
    expect(() => decodeDelta('ab', encodeDelta('abcdef', 'abcXef'))).toThrow(/not against this version/);
  });
});

describe('shared start and end of two versions', () => {
  const byteByByte = (a: Buffer, b: Buffer) => {
    const shortest = Math.min(a.length, b.length);
    let prefix = 0;
    while (prefix < shortest && a[prefix] === b[prefix]) prefix += 1;
    let suffix = 0;
    while (suffix < shortest - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;
    return { prefix, suffix };
  };

  it('counts what a byte-by-byte comparison counts, across whole compared blocks and short tails', () => {
    const bytes = (max: number) => fc.uint8Array({ maxLength: max }).map((array) => Buffer.from(array));
    const pair = fc
      .tuple(bytes(1200), bytes(40), bytes(40), bytes(1200), fc.boolean())
      .map(([start, one, other, end, same]) => [
        Buffer.concat([start, one, end]),
        Buffer.concat([start, same ? one : other, end]),
      ]);
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const prefix = sharedPrefixLength(a as Buffer, b as Buffer);
        const suffix = sharedSuffixLength(a as Buffer, b as Buffer, Math.min(a!.length, b!.length) - prefix);
        expect({ prefix, suffix }).toEqual(byteByByte(a as Buffer, b as Buffer));
      }),
      { numRuns: 300 },
    );
  });
});
