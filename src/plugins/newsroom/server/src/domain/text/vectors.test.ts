/**
 * Every row of the published test vectors (Lucene's Arabic analysis tests, CAMeL Tools'
 * normalize tests), read from tests/fixtures/vectors. See each file's header for its semantics.
 */
import { createAnalyzer, type AnalyzerOptions } from './analyze';
import { clean, matchKey } from './normalize';
import { normalizeLikeLucene, stem } from './stem';
import { readVectors, type VectorRow } from './test-vectors';

const stemVectors = readVectors('lucene_TestArabicStemFilter.tsv');
const normalizationVectors = readVectors('lucene_TestArabicNormalizationFilter.tsv');
const analyzerVectors = readVectors('lucene_TestArabicAnalyzer.tsv');
const camelVectors = readVectors('camel_tools_test_normalize.tsv');

const asCases = (rows: readonly VectorRow[], ...columns: string[]): string[][] =>
  rows.map((row) => columns.map((column) => row[column]));

describe('vector files', () => {
  it.each([
    ['lucene_TestArabicStemFilter.tsv', stemVectors],
    ['lucene_TestArabicNormalizationFilter.tsv', normalizationVectors],
    ['lucene_TestArabicAnalyzer.tsv', analyzerVectors],
    ['camel_tools_test_normalize.tsv', camelVectors],
  ])('%s: every data line is a test case', (_name, file) => {
    expect(file.rows.length).toBeGreaterThan(0);
    expect(file.rows).toHaveLength(file.dataLineCount);
  });
});

describe('Lucene TestArabicStemFilter: stem() alone reproduces ArabicStemFilter', () => {
  test.each(asCases(stemVectors.rows, 'test_name', 'input', 'expected'))('%s: %j → %j', (_name, input, expected) => {
    expect(stem(input)).toBe(expected);
  });
});

describe('Lucene TestArabicNormalizationFilter', () => {
  const cases = asCases(normalizationVectors.rows, 'test_name', 'input', 'expected');

  test.each(cases)('normalizeLikeLucene, %s: %j → %j', (_name, input, expected) => {
    expect(normalizeLikeLucene(input)).toBe(expected);
  });

  // matchKey does more than Lucene's normalizer, but none of the extra rules touches these inputs.
  test.each(cases)('matchKey agrees, %s: %j → %j', (_name, input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });
});

describe('Lucene TestArabicAnalyzer: the full analyze() chain', () => {
  /** Rows whose Lucene test builds the analyzer with non-default arguments, keyed by test name. */
  const OPTIONS_FOR_TEST: Readonly<Record<string, AnalyzerOptions>> = {
    'testWithStemExclusionSet(empty stopwords, empty exclusions)': { stopwords: [], protectedTerms: [] },
  };

  test.each(asCases(analyzerVectors.rows, 'test_name', 'input', 'expected_tokens'))(
    '%s: %j → %j',
    (name, input, expected) => {
      const analyzer = createAnalyzer(OPTIONS_FOR_TEST[name]);
      const terms = analyzer.analyze(input).map((term) => term.term);
      expect(terms).toEqual(expected === '' ? [] : expected.split(' | '));
    },
  );

  it('knows the options of every non-default test it names', () => {
    const names = new Set(analyzerVectors.rows.map((row) => row.test_name));
    for (const name of Object.keys(OPTIONS_FOR_TEST)) expect(names).toContain(name);
  });
});

describe('CAMeL Tools test_normalize: the rules we share', () => {
  /**
   * What each CAMeL function corresponds to here. All four are matchKey rules: the row's input
   * and expected output must get the same key, and since the expected output differs from the
   * input exactly by that rule, a missing or wrong fold makes the keys differ. None is a clean()
   * rule: stored copy keeps أ/إ/آ, ى, ة and ligatures such as ﷺ as the writer typed them.
   * A function with no entry here fails the test below, so new rows force a decision.
   */
  const RULES: Readonly<Record<string, { matchKey: string; clean: string }>> = {
    normalize_alef_ar: { matchKey: 'أ إ آ ٱ → ا', clean: 'not applied: hamza spelling is shown as written' },
    normalize_alef_maksura_ar: { matchKey: 'ى → ي', clean: 'not applied: ى is shown as written' },
    normalize_teh_marbuta_ar: { matchKey: 'ة → ه', clean: 'not applied: ة is shown as written' },
    normalize_unicode: {
      matchKey: 'NFKC (matchKey normalizes NFKC, then folds ى of the expanded ligature like any ى)',
      clean: 'not applied: clean is NFC, compatibility characters (ligatures) are shown as written',
    },
  };
  const cases = asCases(camelVectors.rows, 'function', 'input', 'expected');

  test.each(cases)('%s: every function in the file has a decision', (fn) => {
    expect(Object.keys(RULES)).toContain(fn);
  });

  test.each(cases)('%s: matchKey(%j) = matchKey(%j)', (_fn, input, expected) => {
    expect(input).not.toBe(expected); // the row exercises its rule
    expect(matchKey(input)).toBe(matchKey(expected));
  });

  test.each(cases)('%s: clean leaves %j as written', (_fn, input) => {
    expect(clean(input)).toBe(input);
  });
});
