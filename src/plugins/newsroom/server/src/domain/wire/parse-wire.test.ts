import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { clean } from '../text/normalize';
import { parseWireCopy } from './index';
import type { ParsedWireCopy } from './index';

const FIXTURE = join(__dirname, '../../../../../../../tests/fixtures/wire/iraq-nato-manama-dialogue.txt');
const sample = readFileSync(FIXTURE, 'utf8');

const EMPTY: ParsedWireCopy = {
  title: '',
  titleProposed: false,
  byline: { persons: [], agencies: [] },
  lead: '',
  sections: [],
  footer: [],
  sourceMentions: [],
};

function allStrings(result: ParsedWireCopy): string[] {
  return [
    result.title,
    result.lead,
    ...result.byline.persons,
    ...result.byline.agencies,
    ...(result.byline.dateline === undefined ? [] : [result.byline.dateline]),
    ...result.sections.flatMap((section) => [
      ...(section.heading === undefined ? [] : [section.heading]),
      ...section.paragraphs,
    ]),
    ...result.footer,
    ...result.sourceMentions,
  ];
}

describe('parseWireCopy on the Iraq–NATO sample', () => {
  const result = parseWireCopy(sample);

  it('reads the byline', () => {
    expect(result.byline).toEqual({ persons: ['سيد محمد'], agencies: [] });
  });

  it('finds the lead and six sections, each a heading with its paragraph', () => {
    expect(result.lead.startsWith('التقى مستشار الأمن القومي العراقي، قاسم الأعرجي،')).toBe(true);
    expect(result.lead.endsWith('المشتركة بين الطرفين.')).toBe(true);
    expect(result.sections.map((section) => section.heading)).toEqual([
      'تعزيز التعاون الأمني العراقي مع حلف الناتو',
      'استمرار التعاون بين العراق وبعثة الناتو',
      'التحديات والسلام الإقليمي والدولي',
      'دعم بعثة الناتو في العراق ومتطلبات العمل',
      'مؤتمر حوار المنامة 21 كمنصة لحوار والتنسيق الدولي',
      'آفاق التعاون الأمني العراقي مع حلف الناتو وآفاقه المستقبلية',
    ]);
    expect(result.sections.map((section) => section.paragraphs.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(result.sections[5].paragraphs[0].startsWith('إن قراءة المسار')).toBe(true);
  });

  it('moves the source boilerplate to the footer and out of the body', () => {
    expect(result.footer).toEqual(['يمكنك قراءة المزيد في المصدر.', 'لمزيد من التفاصيل اضغط هنا.']);
    expect(JSON.stringify(result.sections)).not.toContain('اضغط هنا');
  });

  it("proposes a title from the lead's main clause (headline.test.ts has the rules)", () => {
    expect(result.titleProposed).toBe(true);
    expect(result.title).toBe('التقى مستشار الأمن القومي العراقي مع رئيس الجنة العسكرية');
  });

  it('collects the agency the text attributes to', () => {
    expect(result.sourceMentions).toContain('وكالة الأنباء العراقية');
  });
});

describe('parseWireCopy on other shapes', () => {
  it('keeps a headline that the copy has, with a byline under it', () => {
    const result = parseWireCopy(
      'العراق والناتو يبحثان التعاون\r\nكتب : سيد محمد\r\nالتقى الجانبان اليوم في المنامة.\r\n',
    );
    expect(result.title).toBe('العراق والناتو يبحثان التعاون');
    expect(result.titleProposed).toBe(false);
    expect(result.byline.persons).toEqual(['سيد محمد']);
    expect(result.lead).toBe('التقى الجانبان اليوم في المنامة.');
  });

  it('reads a dateline and agency byline', () => {
    const result = parseWireCopy('لندن - رويترز\nقال مسؤولون بريطانيون اليوم إن المحادثات مستمرة.');
    expect(result.byline).toEqual({ persons: [], dateline: 'لندن', agencies: ['رويترز'] });
    expect(result.title).toBe('مسؤولون بريطانيون: المحادثات مستمرة');
  });

  it('puts paragraphs before the first heading in a section without heading', () => {
    const result = parseWireCopy(
      'كتب: سيد محمد\nالفقرة الأولى.\nالفقرة الثانية.\nعنوان فرعي\nالفقرة الثالثة.\nسطر أخير بلا نقطة',
    );
    expect(result.lead).toBe('الفقرة الأولى.');
    expect(result.sections).toEqual([
      { paragraphs: ['الفقرة الثانية.'] },
      { heading: 'عنوان فرعي', paragraphs: ['الفقرة الثالثة.', 'سطر أخير بلا نقطة'] },
    ]);
  });

  it('ignores UUID lines and cleans bidi controls and odd spaces out of every string', () => {
    const result = parseWireCopy(
      '3fa85f64-5717-4562-b3fc-2c963f66afa6\nكتب:\u00A0سيد\u202E محمد\nنص   الخبر\u200F هنا.\n\n\n',
    );
    expect(result.byline.persons).toEqual(['سيد محمد']);
    expect(result.lead).toBe('نص الخبر هنا.');
  });

  it('returns empty fields for empty or blank input', () => {
    expect(parseWireCopy('')).toEqual(EMPTY);
    expect(parseWireCopy(' \n\n\t\n')).toEqual(EMPTY);
  });

  it('throws a TypeError naming the argument for a non-string', () => {
    expect(() => parseWireCopy(42 as unknown as string)).toThrow('parseWireCopy: raw must be a string, got number');
  });
});

describe('parseWireCopy properties', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'كتب: سيد محمد',
      'لندن - رويترز',
      'عنوان فرعي',
      'فقرة كاملة.',
      'اضغط هنا',
      '(واع)',
      '\n',
      '\r\n',
      ' ',
      'ـ',
      '-',
    ),
    fc.constantFrom('3fa85f64-5717-4562-b3fc-2c963f66afa6', '\u202E', '\uD800', '\u0000', '،', '.', '؟'),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  );
  const wireText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

  it('never throws and returns only clean strings, a short proposed title and no empty paragraph', () => {
    fc.assert(
      fc.property(wireText, (raw) => {
        const result = parseWireCopy(raw);
        for (const text of allStrings(result)) expect(clean(text)).toBe(text);
        if (result.titleProposed) expect(result.title.split(' ').length).toBeLessThanOrEqual(12);
        for (const section of result.sections)
          for (const paragraph of section.paragraphs) expect(paragraph).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('parses 1 MB in linear time, including a single 1 MB line and a run of brackets', () => {
    const started = Date.now();
    const repeated = parseWireCopy(sample.repeat(100));
    expect(repeated.sections.length).toBeGreaterThan(600);
    expect(parseWireCopy('ب'.repeat(1_000_000)).lead).toHaveLength(1_000_000);
    expect(parseWireCopy(`كتب: سيد محمد\n${'(و'.repeat(500_000)}`).byline.persons).toEqual(['سيد محمد']);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
