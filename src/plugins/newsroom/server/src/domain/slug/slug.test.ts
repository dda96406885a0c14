import fc from 'fast-check';
import {
  DEFAULT_SLUG_MAX_BYTES,
  SLUG_REGEX_SOURCE,
  encodedLength,
  makeSlug,
  resolveSlugMode,
  truncateSlug,
  uniqueSlug,
} from './index';

// Characters that exercise every branch: Arabic letters and marks, both digit sets, Latin,
// punctuation from both scripts, bidi controls, lone surrogates, controls and presentation forms.
const TRICKY_CHARACTERS = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةى',
  '\u064E',
  '\u064B',
  '\u0651',
  '\u0652',
  '\u0670',
  '\u0640',
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳0123456789',
  ...'aZéßÆ',
  ' ',
  '\t',
  '\n',
  '\u00A0',
  ...'،؛؟«»!?.,:;-–—_()[]"\'%&$#@/\\+*<>',
  '\u202E',
  '\u202B',
  '\u2066',
  '\u200E',
  '\u200F',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u001F',
  '\uFEFB',
  '\uFDF2',
  '😀',
];
const trickyCharacter = fc.oneof(
  fc.constantFrom(...TRICKY_CHARACTERS),
  fc.integer({ min: 0, max: 0xffff }).map((codeUnit) => String.fromCharCode(codeUnit)),
);
const trickyText = fc.string({ unit: trickyCharacter, maxLength: 80 });
const slugPattern = new RegExp(SLUG_REGEX_SOURCE);

describe('makeSlug in arabic mode', () => {
  it('keeps Arabic letters as written, lowercases Latin and converts digits to ASCII', () => {
    expect(makeSlug('حلف NATO يعقد قمته ٢٠٢٤')).toBe('حلف-nato-يعقد-قمته-2024');
  });

  it('gives the same slug for a vocalized and an unvocalized title', () => {
    const vocalized = 'اِجْتِمَاعٌ أَمْنِيٌّ فِي الْمَنَامَةِ';
    const plain = 'اجتماع أمني في المنامة';
    expect(makeSlug(vocalized)).toBe('اجتماع-أمني-في-المنامة');
    expect(makeSlug(vocalized)).toBe(makeSlug(plain));
  });

  it('keeps hamza forms, taa marbuta and alef maqsura, and drops tatweel', () => {
    expect(makeSlug('إلى القاهرة ـــ مؤتمر')).toBe('إلى-القاهرة-مؤتمر');
    expect(makeSlug('الـمـؤتـمـر')).toBe('المؤتمر');
  });

  it('slugifies a headline with Arabic and Latin punctuation, guillemets and a number', () => {
    const headline = 'العراق وحلف الناتو: تعاونٌ أمنيّ مستمر على هامش «حوار المنامة 21»؟!';
    expect(makeSlug(headline, { maxBytes: 1000 })).toBe('العراق-وحلف-الناتو-تعاون-أمني-مستمر-على-هامش-حوار-المنامة-21');
    // The default 240 encoded bytes hold about 40 Arabic letters: the cut falls between words.
    expect(makeSlug(headline)).toBe('العراق-وحلف-الناتو-تعاون-أمني-مستمر-على-هامش');
  });

  it('drops bidi marks and overrides instead of keeping or percent-encoding them', () => {
    expect(makeSlug('\u202Bقمة\u202C \u200Fالناتو\u200E \u2066G20\u2069')).toBe('قمة-الناتو-g20');
  });

  it('separates words at punctuation and symbols rather than spelling them out', () => {
    expect(makeSlug('ارتفاع 5% & تراجع $')).toBe('ارتفاع-5-تراجع');
    expect(makeSlug('نمو 3.5٪')).toBe('نمو-3-5');
  });

  it('folds Arabic presentation forms and transliterates accented Latin', () => {
    expect(makeSlug('\uFEFB Café')).toBe('لا-cafe');
  });

  it('returns the fallback when nothing usable remains', () => {
    expect(makeSlug('؟!«» ـــ \u064E')).toBe('untitled');
    expect(makeSlug('', { fallback: 'خبر' })).toBe('خبر');
  });

  it('rejects a fallback that is not itself a valid slug', () => {
    expect(() => makeSlug('x', { fallback: 'Not Valid' })).toThrow(RangeError);
  });

  it('throws a TypeError naming the argument for a non-string input', () => {
    expect(() => makeSlug(42 as unknown as string)).toThrow(/makeSlug: input must be a string/);
  });
});

describe('makeSlug in latin mode', () => {
  it('transliterates Arabic letters when the mode is latin', () => {
    const slug = makeSlug('حلف NATO يعقد قمته ٢٠٢٤', { mode: 'latin' });
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug).toContain('nato');
    expect(slug.endsWith('-2024')).toBe(true);
    expect(slug.split('-')).toHaveLength(5);
  });

  it('uses latin mode for the en locale and arabic mode for ar', () => {
    expect(resolveSlugMode({ locale: 'en' })).toBe('latin');
    expect(resolveSlugMode({ locale: 'ar' })).toBe('arabic');
    expect(resolveSlugMode({ locale: 'ar-IQ' })).toBe('arabic');
    expect(resolveSlugMode({})).toBe('arabic');
    expect(resolveSlugMode({ locale: 'ar', mode: 'latin' })).toBe('latin');
    expect(makeSlug('Iraq & NATO: Security Talks, 2024!', { locale: 'en' })).toBe('iraq-and-nato-security-talks-2024');
  });
});

describe('byte budget', () => {
  it('counts an Arabic letter as six percent-encoded bytes', () => {
    expect(encodedLength('ا')).toBe(encodeURIComponent('ا').length);
    expect(encodedLength('حلف-nato')).toBe(encodeURIComponent('حلف-nato').length);
  });

  it('cuts at a hyphen and never leaves a trailing hyphen', () => {
    // العراق = 36 bytes, "-" = 1, وحلف = 24: only the first word fits in 40.
    expect(makeSlug('العراق وحلف الناتو', { maxBytes: 40 })).toBe('العراق');
    expect(makeSlug('العراق وحلف الناتو', { maxBytes: 61 })).toBe('العراق-وحلف');
  });

  it('cuts inside the first word at a code-point boundary when it alone is too long', () => {
    expect(makeSlug('الاستراتيجية', { maxBytes: 16 })).toBe('ال');
  });

  it('keeps a long headline within the default budget', () => {
    const longHeadline = 'تعزيز التعاون الأمني العراقي مع حلف الناتو '.repeat(10);
    const slug = makeSlug(longHeadline);
    expect(encodedLength(slug)).toBeLessThanOrEqual(DEFAULT_SLUG_MAX_BYTES);
    expect(longHeadline.startsWith(slug.replace(/-/g, ' '))).toBe(true);
  });

  it('rejects a budget too small to hold a slug', () => {
    expect(() => makeSlug('خبر', { maxBytes: 4 })).toThrow(RangeError);
  });

  it('truncateSlug leaves a slug within budget untouched', () => {
    expect(truncateSlug('حلف-nato', 100)).toBe('حلف-nato');
  });
});

describe('uniqueSlug', () => {
  it('returns the base when it is free', async () => {
    await expect(uniqueSlug('حلف-nato', () => false)).resolves.toBe('حلف-nato');
  });

  it('appends -2, -3… while candidates are taken, with an async check', async () => {
    const taken = new Set(['حلف-nato', 'حلف-nato-2']);
    const checked: string[] = [];
    const slug = await uniqueSlug('حلف-nato', async (candidate) => {
      checked.push(candidate);
      return taken.has(candidate);
    });
    expect(slug).toBe('حلف-nato-3');
    expect(checked).toEqual(['حلف-nato', 'حلف-nato-2', 'حلف-nato-3']);
  });

  it('shortens the base so that base plus suffix fits the budget', async () => {
    const base = makeSlug('العراق وحلف الناتو', { maxBytes: 61 }); // العراق-وحلف, 61 bytes
    const slug = await uniqueSlug(base, (candidate) => candidate === base, { maxBytes: 61 });
    expect(slug).toBe('العراق-2');
    expect(encodedLength(slug)).toBeLessThanOrEqual(61);
  });

  it('gives up after maxAttempts instead of looping forever', async () => {
    await expect(uniqueSlug('خبر', () => true, { maxAttempts: 5 })).rejects.toThrow(/after 5 attempts/);
  });

  it('rejects a base that is not a slug', async () => {
    await expect(uniqueSlug('Not a slug', () => false)).rejects.toThrow(RangeError);
  });
});

describe('SLUG_REGEX_SOURCE', () => {
  it('uses only BMP \\u escapes, so Strapi can compile it without the u flag', () => {
    expect(SLUG_REGEX_SOURCE).not.toMatch(/\\u\{|\\p\{/);
    expect(() => new RegExp(SLUG_REGEX_SOURCE)).not.toThrow();
  });

  it('accepts Arabic, lowercase Latin and digits joined by single hyphens', () => {
    for (const slug of ['حلف-nato-يعقد-قمته-2024', 'untitled', 'إلى-القاهرة', 'پژوهش-گزارش', 'a']) {
      expect(slugPattern.test(slug)).toBe(true);
    }
  });

  it('rejects what makeSlug never produces', () => {
    for (const slug of [
      '',
      'NATO',
      'a b',
      '-a',
      'a-',
      'a--b',
      'حَلف',
      'الـناتو',
      '٢٠٢٤',
      'a_b',
      'a.b',
      'قمة،',
      '\u202Eابc',
    ]) {
      expect(slugPattern.test(slug)).toBe(false);
    }
  });
});

describe('makeSlug properties', () => {
  it('always returns a non-empty slug that Strapi accepts with a flagless RegExp, within budget', () => {
    fc.assert(
      fc.property(
        trickyText,
        fc.constantFrom<'arabic' | 'latin'>('arabic', 'latin'),
        fc.integer({ min: 16, max: 300 }),
        (text, mode, maxBytes) => {
          const slug = makeSlug(text, { mode, maxBytes });
          expect(slug.length).toBeGreaterThan(0);
          expect(slugPattern.test(slug)).toBe(true);
          expect(encodedLength(slug)).toBeLessThanOrEqual(maxBytes);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is not changed by tashkeel and tatweel', () => {
    const arabicWord = fc.string({
      unit: fc.constantFrom(...'ابتجدهوزحطيكلمنسعفصقرشةىأإ'),
      minLength: 1,
      maxLength: 8,
    });
    const mark = fc.constantFrom('\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0640');
    fc.assert(
      fc.property(fc.array(arabicWord, { minLength: 1, maxLength: 6 }), fc.array(mark), (words, marks) => {
        const plain = words.join(' ');
        const vocalized = words.map((word, index) => word + (marks[index] ?? '')).join(' ');
        expect(makeSlug(vocalized)).toBe(makeSlug(plain));
      }),
    );
  });

  it('handles a 1 MB input in linear time', () => {
    const oneMegabyte = 'حلف NATO يعقد، قمته ٢٠٢٤ «بدقة» 1280×960 '.repeat(25_000);
    const started = Date.now();
    expect(slugPattern.test(makeSlug(oneMegabyte))).toBe(true);
    expect(slugPattern.test(makeSlug(oneMegabyte, { mode: 'latin' }))).toBe(true);
    expect(slugPattern.test(makeSlug('ب'.repeat(1_000_000)))).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
