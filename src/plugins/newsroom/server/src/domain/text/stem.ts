/**
 * Lucene-compatible light Arabic stemming: the rules of Lucene's ArabicStemFilter (Larkey,
 * Ballesteros & Connell's "light10" family) and of the ArabicNormalizationFilter that precedes it
 * in Lucene's ArabicAnalyzer. Reproducing Lucene exactly lets us check ourselves against its tests
 * (tests/fixtures/vectors/lucene_*.tsv) and keeps our search keys comparable with a Lucene index.
 */
import { requireString } from './guard';

/*
 * The rules (Lucene ArabicStemmer):
 *  - prefixes ال وال بال كال فال لل و, tried in this order, only the first that matches is
 *    removed; a one-letter prefix needs a word of 4 letters or more, the others prefix + 2;
 *  - then suffixes ها ان ات ون ين يه ية ه ة ي, each tried once in this order against what the
 *    earlier ones left, each needing suffix + 2 letters after the prefix is gone.
 * They are written out as character comparisons below because stemming runs once per word of
 * every article: this is twice as fast as looping over the lists, and stem.test.ts checks it
 * against a list-driven reference on random words.
 */
const ALEF = 0x0627;
const BEH = 0x0628;
const TEH_MARBUTA = 0x0629;
const TEH = 0x062a;
const FEH = 0x0641;
const KAF = 0x0643;
const LAM = 0x0644;
const NOON = 0x0646;
const HEH = 0x0647;
const WAW = 0x0648;
const YEH = 0x064a;

/** Length of the prefix to remove from a word of `length` letters. */
function prefixLength(word: string, length: number): number {
  if (length < 4) return 0; // every prefix needs at least four letters (ال: 2 + 2, و: 4)
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first === ALEF && second === LAM) return 2; // ال
  if (length >= 5 && second === ALEF && word.charCodeAt(2) === LAM) {
    if (first === WAW || first === BEH || first === KAF || first === FEH) return 3; // وال بال كال فال
  }
  if (first === LAM && second === LAM) return 2; // لل
  return first === WAW ? 1 : 0; // و
}

/** `end` shortened by the two-letter suffix `a b` if the word ends with it and keeps 2 letters. */
function withoutSuffix2(word: string, start: number, end: number, a: number, b: number): number {
  return end - start >= 4 && word.charCodeAt(end - 1) === b && word.charCodeAt(end - 2) === a ? end - 2 : end;
}

/** `end` shortened by the one-letter suffix `a` if the word ends with it and keeps 2 letters. */
function withoutSuffix1(word: string, start: number, end: number, a: number): number {
  return end - start >= 3 && word.charCodeAt(end - 1) === a ? end - 1 : end;
}

/**
 * Lucene's ArabicStemFilter on one word: strip one definite-article/conjunction prefix, then the
 * listed suffixes. Words that match no rule (Latin, numbers, short words) come back unchanged.
 * Length checks count the whole word, as Lucene does, so run it on a normalized word (matchKey).
 */
export function stem(word: string): string {
  if (typeof word !== 'string') requireString(word, 'stem', 'word');
  const length = word.length;
  const start = prefixLength(word, length);
  let end = length;
  end = withoutSuffix2(word, start, end, HEH, ALEF); // ها
  end = withoutSuffix2(word, start, end, ALEF, NOON); // ان
  end = withoutSuffix2(word, start, end, ALEF, TEH); // ات
  end = withoutSuffix2(word, start, end, WAW, NOON); // ون
  end = withoutSuffix2(word, start, end, YEH, NOON); // ين
  end = withoutSuffix2(word, start, end, YEH, HEH); // يه
  end = withoutSuffix2(word, start, end, YEH, TEH_MARBUTA); // ية
  end = withoutSuffix1(word, start, end, HEH); // ه
  end = withoutSuffix1(word, start, end, TEH_MARBUTA); // ة
  end = withoutSuffix1(word, start, end, YEH); // ي
  return start === 0 && end === length ? word : word.slice(start, end);
}

const LUCENE_ALEF_FOLDS = new Set([0x0622, 0x0623, 0x0625]); // آ أ إ
const ALEF_MAKSURA = 0x0649;
const TATWEEL = 0x0640;
const FATHATAN = 0x064b;
const SUKUN = 0x0652;

/**
 * Lucene's ArabicNormalizer, and only it: آ أ إ → ا, ى → ي, ة → ه, tatweel and the harakat
 * U+064B–U+0652 removed. Narrower than `matchKey` (no NFKC, no ٱ, no Quranic marks, no digits,
 * no case); the analyzer uses `matchKey`, this exists to check ourselves against Lucene's vectors.
 */
export function normalizeLikeLucene(word: string): string {
  requireString(word, 'normalizeLikeLucene', 'word');
  let result = '';
  let copiedUpTo = 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    let replacement: string | null = null;
    if (LUCENE_ALEF_FOLDS.has(code)) replacement = String.fromCharCode(ALEF);
    else if (code === ALEF_MAKSURA) replacement = String.fromCharCode(YEH);
    else if (code === TEH_MARBUTA) replacement = String.fromCharCode(HEH);
    else if (code === TATWEEL || (code >= FATHATAN && code <= SUKUN)) replacement = '';
    if (replacement === null) continue;
    result += word.slice(copiedUpTo, index) + replacement;
    copiedUpTo = index + 1;
  }
  return copiedUpTo === 0 ? word : result + word.slice(copiedUpTo);
}
