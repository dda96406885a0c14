import { agencyNamedBy } from './agencies';
import { parseAuthorField } from './author-field';
import { parseBylineLine } from './byline';
import { looksLikePersonName, personNameFrom, stripCreditPrefix } from './byline-prefix';
import { finishStory } from './story';

/**
 * Credit prefixes as copy writes them. The ANT archive's AUTHOR fields carry none, so these forms are
 * constructed from the list, each with the spacing, dash and tatweel variants seen in the archive's
 * datelines; the one prefixed byline the archive's text holds («بقلم الزميل محمد توفيق، CNN») is tested below.
 */
const PREFIXES = [
  'كتب:',
  'كتب :',
  'كتب:',
  'كتب',
  'كتب -',
  'كتب-',
  'كتب ـ',
  'كتـــب:',
  'كتبت:',
  'كتبت',
  'بقلم:',
  'بقلم',
  'بقلم الزميل',
  'بقلم الزميلة',
  'بقلم: الزميل',
  'بقلم - الكاتب',
  'إعداد:',
  'اعداد:',
  'إعداد',
  'إعداد وتحرير:',
  'تحرير:',
  'تحرير -',
  'تقرير:',
  'متابعة:',
  'ترجمة:',
  'By',
];
const NAMES = ['أحمد الريدي', 'منى الشاذلي', 'عبد العزيز إبراهيم محمد'];
const CASES = PREFIXES.flatMap((prefix) => NAMES.map((name) => [`${prefix} ${name}`, name] as const));

describe('credit prefixes', () => {
  it.each(CASES)('a copy line %j credits the person %j', (line, name) => {
    expect(parseBylineLine(line)).toEqual({ persons: [name], agencies: [] });
  });

  it.each(CASES)('an archive AUTHOR field %j credits the person %j', (field, name) => {
    expect(parseAuthorField(field)).toEqual({ persons: [name], agencies: [] });
  });

  it.each(PREFIXES)('the prefix %j after a dateline is removed too', (prefix) => {
    expect(parseAuthorField(`القاهرة - ${prefix} أحمد الريدي`)).toEqual({
      persons: ['أحمد الريدي'],
      dateline: 'القاهرة',
      agencies: [],
    });
  });

  it('keeps a prefix and a dash before a dateline and agency apart', () => {
    expect(parseBylineLine('كتب: أحمد الريدي - القاهرة')).toEqual({
      persons: ['أحمد الريدي'],
      dateline: 'القاهرة',
      agencies: [],
    });
    expect(parseBylineLine('كتبت - منى الشاذلي ومحمد حسن علي')?.persons).toEqual(['منى الشاذلي', 'محمد حسن علي']);
  });

  it('reads the archive text’s own prefixed byline: a colleague and the outlet', () => {
    // ANT Corpus v2.1, a CNN story's first line.
    expect(parseBylineLine('بقلم الزميل محمد توفيق، CNN')).toEqual({
      persons: ['محمد توفيق'],
      agencies: ['سي إن إن بالعربية'],
    });
  });

  it.each([
    // Real headlines and text lines of the ANT Corpus v2.1 that open with a credit verb: not bylines.
    'تقرير: ترامب وكوشنر يناقشان الأعمال المشتركة',
    'تقرير: بنوك قطر تواجه تحديات الحصول على تمويل خارجي',
    'تقرير: منفذ هجوم الدهس بلندن هو صالح خاطر',
    'تقرير:3306 انتهاكات حوثية لمدنيين بذمار العام الماضي',
    'تقرير يكشف دور روسيا في انتخابات بريطانيا',
    'تحرير الحديدة.. باب حل الأزمة الإنسانية',
    'تحرير ميناء استراتيجي في اليمن',
    'كتب عربية.. كتب من العالم',
    'كتبت شذا (فضلت عدم ذكر كنيتها) من الدار البيضاء (38 عاما):',
    'تقرير: كوريا الشمالية وجهت "ضربة كبيرة" لواشنطن',
  ])('a headline that opens with a credit verb is not a byline: %j', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });

  it('leaves a name without a prefix, and a lone verb or honorific, as written', () => {
    expect(stripCreditPrefix('أحمد الريدي')).toEqual({ rest: 'أحمد الريدي', hadVerb: false });
    expect(stripCreditPrefix('كتب:')).toEqual({ rest: 'كتب:', hadVerb: false });
    expect(personNameFrom('الزميل')).toBe('الزميل');
    expect(personNameFrom('الزميلة منى الشاذلي')).toBe('منى الشاذلي');
    expect(personNameFrom('د. محمد البشير')).toBe('محمد البشير');
    expect(personNameFrom('عماد الحكمي (تصوير عبدالعزيز النزهة)')).toBe('عماد الحكمي');
  });

  it('does not read the agency «د ب أ» or «د.ب.أ» as a doctor', () => {
    expect(personNameFrom('د ب أ')).toBe('د ب أ');
    expect(personNameFrom('د.ب.أ')).toBe('د.ب.أ');
    expect(parseAuthorField('روما- د ب أ')).toEqual({ persons: [], dateline: 'روما', agencies: ['د ب أ'] });
  });

  it('tells names from headline fragments', () => {
    expect(looksLikePersonName('عبد العزيز إبراهيم محمد')).toBe(true);
    expect(looksLikePersonName('ترامب وكوشنر يناقشان الأعمال المشتركة')).toBe(false);
    expect(looksLikePersonName('منفذ هجوم الدهس بلندن هو')).toBe(false);
  });
});

describe('agencies, never authors', () => {
  it.each([
    ['وكالة الأنباء العراقية (واع)', 'وكالة الأنباء العراقية'],
    ['(واع)', 'وكالة الأنباء العراقية'],
    ['واع', 'وكالة الأنباء العراقية'],
    ['واس', 'واس'],
    ['وكالة الأنباء السعودية (واس)', 'واس'],
    ['قنا', 'وكالة الأنباء القطرية'],
    ['وكالة الأنباء القطرية (قنا)', 'وكالة الأنباء القطرية'],
    ['أ ف ب', 'فرانس برس'],
    ['أ.ف.ب', 'فرانس برس'],
    ['ا ف ب', 'فرانس برس'],
    ['AFP', 'فرانس برس'],
    ['رويترز', 'رويترز'],
    ['Reuters', 'رويترز'],
    ['AP', 'أسوشيتد برس'],
    ['وكالة الأنباء الكويتية (كونا)', 'وكالة الأنباء الكويتية'],
    ['وكالة الأنباء السورية (سانا)', 'وكالة الأنباء السورية'],
    ['وكالة الأنباء الفلسطينية (وفا)', 'وكالة الأنباء الفلسطينية'],
    ['وكالة الأنباء اليمنية (سبأ)', 'وكالة الأنباء اليمنية'],
    ['وكالة الأنباء الإيرانية (إرنا)', 'وكالة الأنباء الإيرانية'],
    ['وكالة الأنباء الروسية (سبوتنيك)', 'سبوتنيك'],
    // Not in the list: named as written, without the abbreviation.
    ['وكالة أنباء البحرين (بنا)', 'وكالة أنباء البحرين'],
  ])('%j names the agency %j', (written, agency) => {
    expect(agencyNamedBy(written)).toBe(agency);
  });

  it.each([
    ['وكالة الأنباء العراقية (واع)', []],
    ['بغداد - وكالة الأنباء العراقية (واع)', []],
    ['كتب: وكالة الأنباء العراقية (واع)', []],
    ['الدوحة - قنا', []],
    ['باريس - أ.ف.ب', []],
    ['Reuters', []],
  ])('the AUTHOR field %j credits a source, no author', (field, persons) => {
    const byline = parseAuthorField(field);
    expect(byline.persons).toEqual(persons);
    expect(byline.agencies).toHaveLength(1);
  });

  it.each(['بغداد - وكالة الأنباء العراقية (واع)', 'الدوحة - قنا', 'كتب: وكالة الأنباء العراقية (واع)', 'أ.ف.ب'])(
    'the copy line %j credits a source, no author',
    (line) => {
      const byline = parseBylineLine(line);
      expect(byline?.persons).toEqual([]);
      expect(byline?.agencies).toHaveLength(1);
    },
  );

  it('is guarded once more when a story is finished, whatever format filled it', () => {
    const story = finishStory({
      title: 'عنوان',
      titleProposed: false,
      persons: ['كتب: أحمد الريدي', 'بقلم الزميلة منى الشاذلي', 'وكالة الأنباء العراقية (واع)', 'Reuters'],
      sources: ['رويترز'],
      sections: [{ paragraphs: ['نص'] }],
      footer: [],
      origin: { file: 'f', line: 1, format: 'text' },
    });
    expect(story.persons).toEqual(['أحمد الريدي', 'منى الشاذلي']);
    expect(story.sources).toEqual(['رويترز', 'وكالة الأنباء العراقية']);
  });
});
