import { readFileSync } from 'fs';
import { join } from 'path';
import { MAX_HEADLINE_WORDS, headlineFromLead, proposeHeadline } from './headline';
import { parseWireCopy } from './parse-wire';

const SAMPLE = readFileSync(
  join(__dirname, '../../../../../../../tests/fixtures/wire/iraq-nato-manama-dialogue.txt'),
  'utf8',
);
const wordCount = (text: string): number => text.split(' ').length;

describe('headlineFromLead (Arabic)', () => {
  it.each([
    // Short comma asides (a name after a title, a weekday) are dropped, the object after them is kept.
    [
      'أعلن وزير الداخلية الفرنسية، جيرار كولومب، الأحد، إحباط مخططي اعتداءات في #فرنسا منذ بداية كانون الثاني/يناير، الأول كان سيستهدف منشأة رياضية.',
      'أعلن وزير الداخلية الفرنسية إحباط مخططي اعتداءات في فرنسا',
    ],
    // «قال … إن …»: the speaker, a colon, the reported content.
    [
      'قال المتحدث باسم البنتاغون، الاثنين، إن أميركا ستتخذ كل الخطوات الضرورية لمواجهة النفوذ الإيراني الخبيث في المنطقة.',
      'المتحدث باسم البنتاغون: أميركا ستتخذ كل الخطوات الضرورية لمواجهة النفوذ الإيراني الخبيث',
    ],
    // A dateline and the agency in parentheses go.
    [
      'بغداد (واع) - أكدت وزارة الصحة العراقية أن حملة التلقيح ستبدأ في جميع المحافظات الأسبوع المقبل.',
      'وزارة الصحة العراقية: حملة التلقيح ستبدأ في جميع المحافظات الأسبوع المقبل',
    ],
    [
      'دبي، الإمارات العربية المتحدة (CNN)— قال أمير حاتمي، وزير الدفاع الإيراني، إن بلاده بصدد الكشف عن مقاتلة جديدة.',
      'أمير حاتمي: بلاده بصدد الكشف عن مقاتلة جديدة',
    ],
    // A fronted adverbial is dropped; a trailing «وذلك …» clause too.
    [
      'بعد غياب استمر 12 عاماً عن الشاشات، يعود مهرجان السينما العربية في باريس بأفلام جديدة وذلك بمشاركة واسعة.',
      'يعود مهرجان السينما العربية في باريس بأفلام جديدة',
    ],
    // Hashtag marks become words.
    ['وقع #الوحدة_السعودي عقدا احترافيا مع #إيمري_تشولاك.', 'وقع الوحدة السعودي عقدا احترافيا مع إيمري تشولاك'],
    // A short first sentence is kept whole; "3.5" does not end it.
    ['ارتفع المؤشر 3.5 نقطة اليوم. وقال محللون إن الارتفاع مؤقت.', 'ارتفع المؤشر 3.5 نقطة اليوم'],
  ])('%s', (lead, headline) => {
    expect(headlineFromLead(lead)).toBe(headline);
  });

  it('cuts a long clause before a preposition near the limit, never after one', () => {
    const lead =
      'عاد فريق سيلتا فيغو الإسباني بقوة إلى طريق الانتصارات بعد سلسلة طويلة من الهزائم في الدوري الإسباني لكرة القدم.';
    const headline = headlineFromLead(lead);
    expect(headline).toBe('عاد فريق سيلتا فيغو الإسباني بقوة إلى طريق الانتصارات بعد سلسلة طويلة');
    expect(lead.startsWith(headline)).toBe(true);
  });

  it('drops the words a hard cut would end on', () => {
    const headline = headlineFromLead(
      'أعلنت الحكومة العراقية اليوم خطة شاملة لإعادة إعمار المناطق المتضررة بالكامل والمحافظات الشمالية الغربية في السنوات المقبلة.',
    );
    expect(wordCount(headline)).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
    expect(headline).not.toMatch(/ (في|من|إلى|على|و|الذي|التي)$/u);
  });

  it('drops a quote the cut left open', () => {
    expect(
      headlineFromLead(
        'هددت كوريا الشمالية اليوم السبت "بمواجهة الولايات المتحدة وحلفائها في المنطقة إذا أجرت تدريبات".',
      ),
    ).toBe('هددت كوريا الشمالية اليوم السبت بمواجهة الولايات المتحدة وحلفائها في المنطقة');
  });

  it('keeps a dash that is not a dateline', () => {
    expect(headlineFromLead('تبادل الطرفان الإسرائيلي-التركي الاتهامات - أمس.')).toBe(
      'تبادل الطرفان الإسرائيلي-التركي الاتهامات - أمس',
    );
  });
});

describe('headlineFromLead (English)', () => {
  it.each([
    [
      'LONDON (Reuters) - The British government said on Tuesday that talks with the European Union would resume next week in Brussels, officials said.',
      'The British government: talks with the European Union would resume next week',
    ],
    [
      'Heavy rain flooded the main roads of the capital on Sunday, forcing schools to close across the region.',
      'Heavy rain flooded the main roads of the capital on Sunday',
    ],
    [
      'In a surprise move after months of talks, the central bank raised its main interest rate by half a point to 5.5% on Thursday.',
      'the central bank raised its main interest rate by half a point',
    ],
  ])('%s', (lead, headline) => {
    expect(headlineFromLead(lead)).toBe(headline);
  });
});

describe('proposeHeadline', () => {
  it('takes the lead main clause of the sample, not its first clause cut at a comma', () => {
    const copy = parseWireCopy(SAMPLE);
    expect(copy.titleProposed).toBe(true);
    expect(copy.title).toBe('التقى مستشار الأمن القومي العراقي مع رئيس الجنة العسكرية');
  });

  it('falls back on the first heading when the lead gives no headline', () => {
    expect(
      proposeHeadline({ headings: ['تعزيز التعاون الأمني العراقي مع حلف الناتو'], paragraphs: ['عاجل.', 'نص.'] }),
    ).toBe('تعزيز التعاون الأمني العراقي مع حلف الناتو');
  });

  it('proposes nothing for nothing', () => {
    expect(proposeHeadline({ headings: [], paragraphs: [] })).toBe('');
  });

  it('never exceeds the word limit, on any lead', () => {
    const lead = 'كلمة '.repeat(200);
    expect(wordCount(proposeHeadline({ headings: [], paragraphs: [lead] }))).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
  });
});
