import { clean, matchKey } from './normalize';
import { LINEAR_GROWTH_LIMIT, growthRatio } from './test-timing';

const RLM = '\u200F';
const LRM = '\u200E';
const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';
const NBSP = '\u00A0';
const BOM = '\uFEFF';
const TATWEEL = '\u0640';

describe('matchKey: the cases from the issue', () => {
  it('gives الامن and الأمن the same key', () => {
    expect(matchKey('الأمن')).toBe(matchKey('الامن'));
    expect(matchKey('الأمن')).toBe('الامن');
  });

  it('gives اللقاء and اللِّقاء (with shadda and kasra) the same key', () => {
    expect(matchKey('اللِّقاء')).toBe(matchKey('اللقاء'));
    expect(matchKey('اللِّقاء')).toBe('اللقاء');
  });

  it('turns Arabic-Indic and Eastern Arabic-Indic digits into ASCII', () => {
    expect(matchKey('١٢٣')).toBe('123');
    expect(matchKey('۱۲۳۴۵۶۷۸۹۰')).toBe('1234567890');
  });

  it('removes tatweel: الأمـــن', () => {
    expect(matchKey('الأمـــن')).toBe('الامن');
  });

  it('strips bidi controls', () => {
    expect(matchKey(`${RLM}الأمن${LRM} ${RLO}العام${PDF} ${RLI}x${PDI}\u061C`)).toBe('الامن العام x');
  });

  it('composes decomposed input (NFC/NFKC) before folding', () => {
    const decomposedAlefHamza = 'ا\u0654من'; // ا + combining hamza above
    expect(matchKey(decomposedAlefHamza)).toBe('امن');
    expect(matchKey('cafe\u0301')).toBe('café');
  });
});

describe('matchKey: folds', () => {
  it.each([
    ['أ', 'ا'],
    ['إ', 'ا'],
    ['آ', 'ا'],
    ['ٱ', 'ا'],
    ['ى', 'ي'],
    ['ة', 'ه'],
    ['ی', 'ي'], // Persian yeh
    ['ک', 'ك'], // keheh
    ['٫', '.'],
    ['٬', ','],
    ['٪', '%'],
  ])('%s → %s', (from, to) => {
    expect(matchKey(`ب${from}ب`)).toBe(`ب${to}ب`);
  });

  it('keeps ؤ and ئ, which are distinct spellings', () => {
    expect(matchKey('سؤال مسئول')).toBe('سؤال مسئول');
  });

  it('removes every kind of tashkeel, superscript alef and Quranic marks', () => {
    expect(matchKey('مَدْرَسَةٌ هٰذا ذَٰلِكَ')).toBe('مدرسه هذا ذلك');
    expect(matchKey('الرَّحِيمِ ۝ قُلْ ۚ')).toBe('الرحيم قل');
  });

  it('lowercases Latin (and other cased scripts)', () => {
    expect(matchKey('BBC News İstanbul ΑΘΗΝΑ')).toBe('bbc news istanbul αθηνα');
  });

  it('folds presentation forms and ligatures through NFKC', () => {
    expect(matchKey('\uFEFB')).toBe('لا'); // ﻻ lam-alef ligature
    expect(matchKey('ﺍﻟﺴﻼﻡ')).toBe('السلام');
    expect(matchKey('ﷺ')).toBe('صلي الله عليه وسلم');
  });

  it('is a single line with single spaces, trimmed', () => {
    expect(matchKey('  الأمن\n\n\tالعام\r\n القومي  ')).toBe('الامن العام القومي');
  });

  it('agrees with clean when a removed character sat between a letter and its mark', () => {
    const yehRlmHamza = `ي${RLM}\u0654`; // clean removes the RLM, and ي + hamza above composes to ئ
    expect(clean(yehRlmHamza)).toBe('ئ');
    expect(matchKey(yehRlmHamza)).toBe('ئ');
    expect(matchKey('e\u0640\u0301')).toBe('é'); // tatweel removed by the key only: normalized again
  });

  it('removes ZWNJ/ZWJ and soft hyphen, which do not change a word', () => {
    expect(matchKey('می\u200Cخواهم news\u00ADpaper')).toBe('ميخواهم newspaper');
  });
});

describe('clean', () => {
  it('keeps tashkeel, tatweel, hamza spellings and digits as written', () => {
    const text = 'اللِّقاء الأمـــن إلى مدرسة ١٢٣ ۴۵ 67';
    expect(clean(text)).toBe(text);
  });

  it('applies NFC to decomposed input (an outlet stores slugs decomposed)', () => {
    expect(clean('ا\u0654من')).toBe('أمن');
    expect(clean('cafe\u0301')).toBe('café');
    expect(clean('ا\u0654من')).toBe('\u0623\u0645\u0646');
  });

  it('removes bidi controls, ALM included', () => {
    expect(clean(`${RLM}الأمن${LRM} ${RLO}العام${PDF} ${RLI}CNN${PDI} \u061Cنص\u2066`)).toBe('الأمن العام CNN نص');
  });

  it('turns no-break and typographic spaces and tabs into plain spaces, collapsing runs', () => {
    expect(clean(`قال${NBSP}الوزير\u2002\u2003إن\u202F٣\u205Fو\u3000x\ty`)).toBe('قال الوزير إن ٣ و x y');
  });

  it('removes BOM and zero-width spaces rather than adding a visible space', () => {
    expect(clean(`${BOM}عنوان\u200Bفرعي`)).toBe('عنوانفرعي');
  });

  it('trims lines, keeps single newlines, collapses three or more into one blank line', () => {
    expect(clean('  سطر أول  \n  سطر ثان\n\n\n\n\nفقرة   ثالثة \n')).toBe('سطر أول\nسطر ثان\n\nفقرة ثالثة');
  });

  it('drops leading and trailing blank lines, including lines of only spaces', () => {
    expect(clean('\n \n\t\nنص\n  \n \n')).toBe('نص');
  });

  it('normalizes CRLF, lone CR, NEL, LS and PS to \\n', () => {
    expect(clean('a\r\nb\rc\u0085d\u2028e\u2029f')).toBe('a\nb\nc\nd\ne\nf');
    expect(clean('a\r\n\r\n\r\nb')).toBe('a\n\nb');
  });

  it('drops C0 and C1 control characters other than whitespace', () => {
    expect(clean('a\u0000b\u0007c\u001Bd\u007Fe\u0080f\u009Fg')).toBe('abcdefg');
  });

  it('treats vertical tab and form feed as line breaks, not as glue', () => {
    expect(clean('a\u000Bb\u000Cc')).toBe('a\nb\nc');
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(clean('a\uD800b\uDC00c 😀')).toBe('a\uFFFDb\uFFFDc 😀');
    expect(clean('\uD83D')).toBe('\uFFFD');
  });

  it('lets a mark compose with its letter once the control between them is gone', () => {
    expect(clean('e\u200F\u0301')).toBe('é');
    expect(clean(clean('e\u200F\u0301'))).toBe('é');
  });

  it('returns an empty string for whitespace-only input', () => {
    expect(clean(' \n\t\u00A0\u200F ')).toBe('');
    expect(matchKey(' \n\t ')).toBe('');
  });
});

describe('bad input', () => {
  it.each([
    ['clean', clean],
    ['matchKey', matchKey],
  ])('%s rejects non-strings with a TypeError naming the argument', (name, fn) => {
    const call = fn as (value: unknown) => string;
    expect(() => call(42)).toThrow(new TypeError(`${name}: text must be a string, got number`));
    expect(() => call(null)).toThrow(new TypeError(`${name}: text must be a string, got null`));
    expect(() => call(undefined)).toThrow(new TypeError(`${name}: text must be a string, got undefined`));
    expect(() => call(['x'])).toThrow(new TypeError(`${name}: text must be a string, got array`));
  });

  it('handles megabytes of text in linear time', () => {
    const unit = `الأمـــن  ${TATWEEL}${RLM}\u064E\u0651١٢ News\r\n`;
    const ratio = growthRatio(
      10_000,
      (size) => unit.repeat(size),
      (text) => {
        clean(text);
        matchKey(text);
      },
    );
    expect(ratio).toBeLessThan(LINEAR_GROWTH_LIMIT);
    expect(matchKey(unit.repeat(100_000)).length).toBeGreaterThan(1_000_000); // about 2 MB in
  });
});
