import fc from 'fast-check';
import { analyzeBidi } from './bidi';
import type { BidiHazard } from './bidi';

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS_ALL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function kindsAndTexts(hazards: readonly BidiHazard[]): Array<[string, string]> {
  return hazards.map((hazard) => [hazard.kind, hazard.text]);
}

/** Undoes renderHtml: strips the isolates and the five escapes. */
function textOf(html: string): string {
  return html
    .replace(/<\/?bdi>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('analyzeBidi on broken surrogates', () => {
  it('does not join two lone halves when a control between them is removed', () => {
    expect(analyzeBidi('\ud800\u202e\udc00').html).toBe('\ufffd\ufffd');
  });
});

describe('analyzeBidi: Latin runs in Arabic text', () => {
  it('isolates a Latin acronym alone when a number follows it', () => {
    const result = analyzeBidi('حلف NATO 32 دولة');
    expect(result.html).toBe('حلف <bdi>NATO</bdi> 32 دولة');
    expect(result.hazards).toEqual([
      {
        start: 4,
        end: 11,
        text: 'NATO 32',
        kind: 'latin-number-adjacency',
        suggestion: 'isolate-latin-run-before-number',
      },
    ]);
  });

  it('leaves a Latin word alone when nothing around it can flip', () => {
    expect(analyzeBidi('قال رئيس NATO إن القمة ناجحة')).toEqual({ html: 'قال رئيس NATO إن القمة ناجحة', hazards: [] });
  });

  it('does not flag Arabic-Indic digits after Latin, which W7 never pulls into the Latin run', () => {
    expect(analyzeBidi('حلف NATO ٣٢ دولة').hazards).toEqual([]);
  });

  it('flags Extended Arabic-Indic digits after Latin, which are European numbers for the UBA', () => {
    expect(kindsAndTexts(analyzeBidi('حلف NATO ۳۲ دولة').hazards)).toEqual([['latin-number-adjacency', 'NATO ۳۲']]);
  });

  it('isolates Latin runs with punctuation on their edges', () => {
    expect(analyzeBidi('لغة C++ الشهيرة').html).toBe('لغة <bdi>C++</bdi> الشهيرة');
    expect(analyzeBidi('وسم #NATO المنتشر').html).toBe('وسم <bdi>#NATO</bdi> المنتشر');
    expect(analyzeBidi('إطار .NET الجديد').html).toBe('إطار <bdi>.NET</bdi> الجديد');
    expect(kindsAndTexts(analyzeBidi('لغة C++ الشهيرة').hazards)).toEqual([['latin-punctuation', 'C++']]);
  });

  it('keeps punctuation inside quotes with the Latin text', () => {
    expect(analyzeBidi('قال: "Hello world!" ثم غادر').html).toBe('قال: &quot;<bdi>Hello world!</bdi>&quot; ثم غادر');
  });

  it('isolates a Latin word followed by a bracketed Latin group, but not a fully bracketed word', () => {
    const result = analyzeBidi('سهم Apple (AAPL) يرتفع');
    expect(result.html).toBe('سهم <bdi>Apple (AAPL)</bdi> يرتفع');
    expect(kindsAndTexts(result.hazards)).toEqual([['latin-bracket', 'Apple (AAPL)']]);
    expect(analyzeBidi('قالت (Reuters) إن الاجتماع انتهى').hazards).toEqual([]);
  });

  it('treats sentence punctuation after a Latin run as part of the Arabic sentence', () => {
    expect(analyzeBidi('وصل الوفد إلى New York. ثم عاد').hazards).toEqual([]);
  });

  it('flags a paragraph whose first strong letter is Latin (dir=auto would make it LTR)', () => {
    const result = analyzeBidi('NATO تعقد قمتها\nقمة NATO اليوم');
    expect(result.html).toBe('<bdi>NATO</bdi> تعقد قمتها\nقمة NATO اليوم');
    expect(result.hazards).toEqual([
      { start: 0, end: 4, text: 'NATO', kind: 'latin-leading', suggestion: 'isolate-leading-latin-run' },
    ]);
  });
});

describe('analyzeBidi: numbers in Arabic text', () => {
  it('isolates a dimension written with ×, with x, and as one word', () => {
    const result = analyzeBidi('بدقة 1280 × 960 بكسل');
    expect(result.html).toBe('بدقة <bdi>1280 × 960</bdi> بكسل');
    expect(result.hazards).toEqual([
      { start: 5, end: 15, text: '1280 × 960', kind: 'dimension', suggestion: 'isolate-number-run' },
    ]);
    expect(kindsAndTexts(analyzeBidi('بدقة 1280 x 960 بكسل').hazards)).toEqual([['dimension', '1280 x 960']]);
    expect(kindsAndTexts(analyzeBidi('بدقة 1280x960 بكسل').hazards)).toEqual([['dimension', '1280x960']]);
  });

  it('isolates number ranges with a hyphen, an en dash or spaces', () => {
    expect(analyzeBidi('موسم 2018-2019 الكروي').html).toBe('موسم <bdi>2018-2019</bdi> الكروي');
    expect(kindsAndTexts(analyzeBidi('موسم 2018 – 2019 الكروي').hazards)).toEqual([['number-range', '2018 – 2019']]);
    expect(kindsAndTexts(analyzeBidi('بين 10-20% من الأصوات').hazards)).toEqual([['number-range', '10-20%']]);
  });

  it('isolates phone numbers, including the leading + and an area code in brackets', () => {
    expect(analyzeBidi('اتصل على +966 11 234 5678 الآن').html).toBe('اتصل على <bdi>+966 11 234 5678</bdi> الآن');
    expect(kindsAndTexts(analyzeBidi('اتصل على (011) 234-5678 الآن').hazards)).toEqual([
      ['phone-number', '(011) 234-5678'],
    ]);
  });

  it('isolates signed percentages and signed numbers, whose sign would jump to the other side', () => {
    expect(analyzeBidi('انخفض المؤشر -1.5% اليوم').html).toBe('انخفض المؤشر <bdi>-1.5%</bdi> اليوم');
    expect(kindsAndTexts(analyzeBidi('انخفض المؤشر -1.5% اليوم').hazards)).toEqual([['percent', '-1.5%']]);
    expect(kindsAndTexts(analyzeBidi('درجة الحرارة -5 مئوية').hazards)).toEqual([['signed-number', '-5']]);
  });

  it('leaves single numbers, decimals, times and plain percentages alone', () => {
    expect(analyzeBidi('ارتفع 50% في 3.5 ساعات عند 10:30 من عام 2024').hazards).toEqual([]);
  });

  it('does not take a dash between clauses for a minus sign', () => {
    expect(analyzeBidi('القاهرة - 5 قتلى').hazards).toEqual([]);
  });
});

describe('analyzeBidi: controls, escaping, non-Arabic text', () => {
  it('reports an RLO as a bidi-control hazard and never emits it', () => {
    const text = 'خبر \u202Eمعكوس\u202C هنا';
    const result = analyzeBidi(text);
    expect(result.hazards).toEqual([
      { start: 4, end: 5, text: '\u202E', kind: 'bidi-control', suggestion: 'remove-bidi-control' },
      { start: 10, end: 11, text: '\u202C', kind: 'bidi-control', suggestion: 'remove-bidi-control' },
    ]);
    expect(result.html).toBe('خبر معكوس هنا');
  });

  it('reports a bidi control even in Latin text', () => {
    expect(kindsAndTexts(analyzeBidi('abc\u202Edef').hazards)).toEqual([['bidi-control', '\u202E']]);
  });

  it('returns no hazards for pure Latin text, whatever it contains', () => {
    expect(analyzeBidi('NATO 32 at 1280 × 960, C++ and -5% (AAPL) +1 555 123 4567').hazards).toEqual([]);
  });

  it('escapes all text, inside and outside isolates', () => {
    expect(analyzeBidi('<b> & "x" \'y\' عربي').html).toBe('<bdi>&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;</bdi> عربي');
    expect(analyzeBidi('عربي <script>alert(1)</script>').html).not.toContain('<script>');
  });

  it('replaces lone surrogates and C0 controls in the html but keeps line breaks', () => {
    expect(analyzeBidi('a\uD800b\u0000c\nd😀').html).toBe('a\uFFFDb\uFFFDc\nd😀');
  });

  it('throws a TypeError naming the argument for a non-string', () => {
    expect(() => analyzeBidi(undefined as unknown as string)).toThrow(
      'analyzeBidi: text must be a string, got undefined',
    );
  });
});

describe('analyzeBidi properties', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'حلف',
      'دولة',
      'بكسل',
      ' ',
      '  ',
      'NATO',
      'C++',
      '(AAPL)',
      '«',
      '»',
      '"',
      '1280',
      '×',
      'x',
      '-',
      '–',
      '+966',
      '%',
      '٣٢',
      '۳۲',
      '.',
      '،',
      '\n',
    ),
    fc.constantFrom(
      '\u202E',
      '\u202C',
      '\u2066',
      '\u2069',
      '\u200F',
      '\u200E',
      '\u061C',
      '\u200D',
      '\u0651',
      '<',
      '&',
      "'",
    ),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  const messyText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

  it('never throws, reports exact positions, balances isolates and emits no bidi control', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const { html, hazards } = analyzeBidi(text);
        for (const hazard of hazards) {
          expect(hazard.start).toBeGreaterThanOrEqual(0);
          expect(hazard.end).toBeGreaterThan(hazard.start);
          expect(hazard.end).toBeLessThanOrEqual(text.length);
          expect(hazard.text).toBe(text.slice(hazard.start, hazard.end));
        }
        expect(hazards.map((hazard) => hazard.start)).toEqual(
          [...hazards.map((hazard) => hazard.start)].sort((a, b) => a - b),
        );
        expect(BIDI_CONTROLS.test(html)).toBe(false);
        expect(html.replace(/<\/?bdi>/g, '')).not.toMatch(/[<>"']/);
        expect(html).toMatch(/^(?:[^<]|<bdi>[^<]*<\/bdi>)*$/); // isolates neither nest nor dangle
        // Lone surrogates are judged where they stand in the input: removing a control between two halves
        // must not join them into a character the writer never typed.
        const expected = text
          .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
          .replace(BIDI_CONTROLS_ALL, '')
          // eslint-disable-next-line no-control-regex -- the C0/C1 control characters are what this pattern is about
          .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '\uFFFD');
        expect(textOf(html)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('reports only bidi controls for text without RTL letters', () => {
    const latinPiece = fc.constantFrom(
      'NATO',
      ' ',
      '32',
      '1280 × 960',
      'C++',
      '-5%',
      '(AAPL)',
      '+966 11 234 5678',
      '.',
      '\u202E',
    );
    fc.assert(
      fc.property(fc.array(latinPiece, { maxLength: 20 }), (pieces) => {
        const kinds = new Set(analyzeBidi(pieces.join('')).hazards.map((hazard) => hazard.kind));
        expect([...kinds].filter((kind) => kind !== 'bidi-control')).toEqual([]);
      }),
    );
  });

  it('analyzes 1 MB in linear time, including one huge token and one huge gap', () => {
    const started = Date.now();
    const mixed = 'حلف NATO 32 دولة، بدقة 1280 × 960 و C++ (AAPL) -5% +966 11 234 5678 \u202E\n'.repeat(14_000);
    expect(analyzeBidi(mixed).hazards.length).toBeGreaterThan(14_000);
    expect(analyzeBidi(`ب ${'(1'.repeat(500_000)}`).html.length).toBeGreaterThan(1_000_000);
    expect(analyzeBidi(`ب ${'1 '.repeat(500_000)}`).hazards).toHaveLength(1);
    expect(analyzeBidi(`ب ${'a('.repeat(500_000)}`).hazards.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
