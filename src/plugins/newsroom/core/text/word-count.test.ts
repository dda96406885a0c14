import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import {
  ARABIC_WORDS_PER_MINUTE,
  ENGLISH_WORDS_PER_MINUTE,
  countWords,
  plainTextFromBlocks,
  readingTimeMinutes,
} from './word-count';
import type { Block } from './word-count';

const FIXTURE = join(__dirname, '../../../../../tests/fixtures/wire/iraq-nato-manama-dialogue.txt');

describe('countWords', () => {
  it('counts Arabic words with tashkeel and tatweel as single words', () => {
    expect(countWords('اِجْتَمَعَ الوَفْدُ العِرَاقِيُّ')).toBe(3);
    expect(countWords('الـمـؤتـمـر انعقد')).toBe(2);
  });

  it('counts a word with the conjunction و or another clitic attached as one word', () => {
    expect(countWords('وقال الرئيس بالعراق ولهم')).toBe(4);
  });

  it('does not count punctuation, tatweel rules or stray marks as words', () => {
    expect(countWords('، . ! ؟ — « » ( ) ـــ \u064B')).toBe(0);
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t ')).toBe(0);
  });

  it('counts Arabic, Latin and numbers in both digit sets', () => {
    expect(countWords('حلف NATO يعقد قمته ٢٠٢٤ في 2024')).toBe(7);
  });

  it('keeps joined forms together but splits at Arabic punctuation', () => {
    expect(countWords('COVID-19 و U.S. 1,000 10:30 24/7 don’t')).toBe(7);
    expect(countWords('كلمة،كلمة؛كلمة')).toBe(3);
    expect(countWords('word,word')).toBe(2);
    expect(countWords('a--b')).toBe(2);
  });

  it('ignores invisible format characters inside and between words', () => {
    expect(countWords('می\u200Cخواهم')).toBe(1);
    expect(countWords('قمة\u200F NATO\u200E')).toBe(2);
  });

  it('agrees with a whitespace split on the wire fixture, which has no glued words', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const naive = text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
    expect(countWords(text)).toBe(naive);
    expect(naive).toBeGreaterThan(700);
  });

  it('throws a TypeError naming the argument for a non-string', () => {
    expect(() => countWords(null as unknown as string)).toThrow('countWords: text must be a string, got null');
  });
});

describe('countWords properties', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'كلمة',
      'وقال',
      'NATO',
      '2024',
      '٢٠٢٤',
      ' ',
      '،',
      '.',
      '-',
      'ـ',
      '\u064E',
      '\u200C',
      '\u202E',
      '\n',
    ),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  );
  const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

  it('never throws, and is additive over a space', () => {
    fc.assert(
      fc.property(text, text, (left, right) => {
        expect(countWords(`${left} ${right}`)).toBe(countWords(left) + countWords(right));
      }),
      { numRuns: 500 },
    );
  });

  it('is not changed by adding tashkeel after Arabic letters', () => {
    const word = fc.string({ unit: fc.constantFrom(...'ابتجدهوزحطيكلمنسعفصقرشة'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), (words) => {
        const vocalized = words.map((w) => [...w].map((letter) => `${letter}\u064E`).join('')).join(' ');
        expect(countWords(vocalized)).toBe(words.length);
      }),
    );
  });

  it('counts 1 MB in linear time', () => {
    const started = Date.now();
    expect(countWords('وقال الرئيس، NATO 2024 '.repeat(45_000))).toBe(45_000 * 4);
    expect(countWords('ب'.repeat(1_000_000))).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('readingTimeMinutes', () => {
  it('rounds up at the Arabic default rate and never returns 0 for non-empty text', () => {
    expect(ARABIC_WORDS_PER_MINUTE).toBe(180);
    expect(readingTimeMinutes(0)).toBe(0);
    expect(readingTimeMinutes(1)).toBe(1);
    expect(readingTimeMinutes(180)).toBe(1);
    expect(readingTimeMinutes(181)).toBe(2);
  });

  it('uses the English rate for en and an explicit rate when given', () => {
    expect(ENGLISH_WORDS_PER_MINUTE).toBe(230);
    expect(readingTimeMinutes(230, { language: 'en' })).toBe(1);
    expect(readingTimeMinutes(231, { language: 'en-GB' })).toBe(2);
    expect(readingTimeMinutes(231, { language: 'ar' })).toBe(2);
    expect(readingTimeMinutes(1000, { wordsPerMinute: 100 })).toBe(10);
  });

  it('rejects nonsense counts and rates', () => {
    expect(() => readingTimeMinutes(-1)).toThrow(RangeError);
    expect(() => readingTimeMinutes(1.5)).toThrow(RangeError);
    expect(() => readingTimeMinutes(10, { wordsPerMinute: 0 })).toThrow(RangeError);
  });
});

describe('plainTextFromBlocks', () => {
  const blocks: Block[] = [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'تعزيز التعاون' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'التقى ' },
        { type: 'text', text: 'الأعرجي' },
        { type: 'text', text: ' مع ' },
        { type: 'link', url: 'https://example.com', children: [{ type: 'text', text: 'حلف الناتو' }] },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'البند الأول' }] },
        { type: 'list-item', children: [{ type: 'text', text: 'البند الثاني' }] },
      ],
    },
    { type: 'image', children: [{ type: 'text', text: '' }] },
    { type: 'quote', children: [{ type: 'text', text: 'اقتباس' }] },
    { type: 'code', children: [{ type: 'text', text: 'const x = 1;' }] },
    { type: 'paragraph', children: [{ type: 'text', text: '   ' }] },
  ];

  it('joins inline text and puts every block on its own line', () => {
    expect(plainTextFromBlocks(blocks)).toBe(
      ['تعزيز التعاون', 'التقى الأعرجي مع حلف الناتو.', 'البند الأول', 'البند الثاني', 'اقتباس', 'const x = 1;'].join(
        '\n',
      ),
    );
  });

  it('feeds countWords', () => {
    expect(countWords(plainTextFromBlocks(blocks))).toBe(15);
  });

  it('returns an empty string for no blocks and skips malformed nodes', () => {
    expect(plainTextFromBlocks(null)).toBe('');
    expect(plainTextFromBlocks(undefined)).toBe('');
    expect(plainTextFromBlocks([])).toBe('');
    const malformed = [
      null,
      7,
      { type: 'paragraph', children: 'x' },
      { type: 'paragraph', children: [{ type: 'text', text: 'نص' }] },
    ];
    expect(plainTextFromBlocks(malformed as unknown as Block[])).toBe('نص');
  });

  it('handles very deep nesting without overflowing the stack', () => {
    let node: Block = { type: 'text', text: 'عميق' };
    for (let depth = 0; depth < 100_000; depth += 1) node = { type: 'list-item', children: [node] };
    expect(plainTextFromBlocks([node])).toBe('عميق');
  });

  it('rejects a non-array', () => {
    expect(() => plainTextFromBlocks('x' as unknown as Block[])).toThrow(TypeError);
  });
});
