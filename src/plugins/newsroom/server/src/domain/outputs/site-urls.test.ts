import {
  NFC_STABLE_SEGMENT,
  canonicalSegment,
  compilePattern,
  fillPattern,
  patternProblem,
  siteUrl,
} from './site-urls';

/** The characters of a UTF-16 range that a pattern accepts on their own. */
const charactersIn = (pattern: RegExp, from: number, to: number): string[] => {
  const found: string[] = [];
  for (let code = from; code <= to; code += 1) {
    const character = String.fromCharCode(code);
    if (pattern.test(character)) found.push(character);
  }
  return found;
};

/** Pairs of the characters that are not their own NFC form (none, for the fast path's set). */
const composingPairs = (characters: readonly string[]): string[] =>
  characters.flatMap((first) =>
    characters.map((second) => first + second).filter((pair) => pair.normalize('NFC') !== pair),
  );

/** The long way (decode, well-formed, NFC, encode, sub-delimiters) that the fast path must agree with. */
const slowSegment = (value: string): string =>
  encodeURIComponent(value.toWellFormed().normalize('NFC')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

describe('canonical site URLs', () => {
  it('percent-encodes Arabic as UTF-8 with uppercase hex', () => {
    expect(canonicalSegment('العراق')).toBe('%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82');
    expect(canonicalSegment('حلف-الناتو')).toBe('%D8%AD%D9%84%D9%81-%D8%A7%D9%84%D9%86%D8%A7%D8%AA%D9%88');
  });

  it('gives one form for composed and decomposed hamza (NFC)', () => {
    const composed = '\u0623\u0645\u0646'; // أمن
    const decomposed = '\u0627\u0654\u0645\u0646'; // alef + combining hamza above
    expect(decomposed).not.toBe(composed);
    expect(canonicalSegment(decomposed)).toBe(canonicalSegment(composed));
    expect(canonicalSegment(composed)).toBe('%D8%A3%D9%85%D9%86');
  });

  it('takes the short way only for values that are already NFC: no pair of its characters composes', () => {
    const stable = charactersIn(NFC_STABLE_SEGMENT, 0, 0xffff);
    expect(stable).toHaveLength(66 + 42 + 10);
    expect(composingPairs(stable)).toEqual([]);
    // The check can fail: with the combining hamza above (U+0654) in the set, alef + hamza composes to أ.
    expect(composingPairs([...stable, '\u0654'])).toContain('\u0627\u0654');
  });

  it('gives the same segment the short way as the long way, on Arabic slugs and on mixed values', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = [...charactersIn(NFC_STABLE_SEGMENT, 0, 0x7ff), '\u0653', '\u0654', '\u064B', 'é', ' ', '!', '/'];
    for (let i = 0; i < 2000; i += 1) {
      const value = Array.from({ length: 1 + next(40) }, () => alphabet[next(alphabet.length)]).join('');
      expect(canonicalSegment(value)).toBe(slowSegment(value));
    }
  });

  it('decodes an already encoded value first, lowercase hex included, so encoding twice changes nothing', () => {
    const once = canonicalSegment('الأمن');
    expect(canonicalSegment(once)).toBe(once);
    expect(canonicalSegment(once.toLowerCase())).toBe(once);
  });

  it('encodes the reserved characters a segment must not carry raw, keeps the unreserved ones', () => {
    expect(canonicalSegment("a/b?c#d e'(x)*!")).toBe('a%2Fb%3Fc%23d%20e%27%28x%29%2A%21');
    expect(canonicalSegment('iraq-nato_2.0~x')).toBe('iraq-nato_2.0~x');
  });

  it('never throws on a lone surrogate or a broken escape', () => {
    expect(canonicalSegment('a\uD800b')).toBe('a%EF%BF%BDb');
    expect(canonicalSegment('100%')).toBe('100%25');
  });

  it('fills a pattern and joins it to the base URL', () => {
    const path = fillPattern('/ar/{section}/{slug}', { section: 'الشرق-الأوسط', slug: 'خبر' });
    expect(path).toBe('/ar/%D8%A7%D9%84%D8%B4%D8%B1%D9%82-%D8%A7%D9%84%D8%A3%D9%88%D8%B3%D8%B7/%D8%AE%D8%A8%D8%B1');
    expect(siteUrl('https://news.example/', path)).toBe(`https://news.example${path}`);
    expect(siteUrl('https://example.org/site', '/en/x')).toBe('https://example.org/site/en/x');
    expect(() => fillPattern('/{section}/{slug}', { slug: 'x' })).toThrow('{section}');
  });

  it('fills a compiled pattern again and again as fillPattern does, repeated sections included', () => {
    const fill = compilePattern('/{locale}/{section}/{slug}-{documentId}');
    const values = [
      { locale: 'ar', section: 'سياسة', slug: 'خبر-أول', documentId: 'abc' },
      { locale: 'ar', section: 'سياسة', slug: 'خبر-ثان', documentId: 'def' },
      { locale: 'en', section: 'politics', slug: 'a/b', documentId: 'ghi' },
    ];
    for (const value of values) expect(fill(value)).toBe(fillPattern('/{locale}/{section}/{slug}-{documentId}', value));
    expect(fill(values[1])).toBe('/ar/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/%D8%AE%D8%A8%D8%B1-%D8%AB%D8%A7%D9%86-def');
    expect(() => fill({ locale: 'ar', section: '', slug: 'x', documentId: 'y' })).toThrow('{section}');
    expect(compilePattern('/about')({})).toBe('/about');
  });

  it('refuses patterns with unknown placeholders, no slug, or no leading slash', () => {
    expect(patternProblem('/ar/{section}/{slug}')).toBeNull();
    expect(patternProblem('ar/{slug}')).toMatch('start');
    expect(patternProblem('/ar/{title}/{slug}')).toMatch('{title}');
    expect(patternProblem('/ar/{section}')).toMatch('{slug}');
    expect(patternProblem('/ar/{slug}?x=1')).toMatch('not allowed');
  });
});
