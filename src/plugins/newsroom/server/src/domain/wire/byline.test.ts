import { agencyMentionsIn, agencyNamedBy } from './agencies';
import { isBareUuid, parseBylineLine, splitAtDashes } from './byline';

describe('parseBylineLine', () => {
  it.each([
    ['كتب: سيد محمد', ['سيد محمد']],
    ['كتب : سيد محمد', ['سيد محمد']],
    ['كتب:سيد محمد', ['سيد محمد']],
    ['كتبت: منى الشاذلي', ['منى الشاذلي']],
    ['بقلم أحمد الريدي', ['أحمد الريدي']],
    ['بقلم: أحمد الريدي', ['أحمد الريدي']],
  ])('reads the author of %j', (line, persons) => {
    expect(parseBylineLine(line)).toEqual({ persons, agencies: [] });
  });

  it.each([
    ['القاهرة - أحمد الريدي', 'القاهرة'],
    ['القاهرة-أحمد الريدي', 'القاهرة'],
    ['القاهرة ـ أحمد الريدي', 'القاهرة'],
    ['القاهرة – أحمد الريدي', 'القاهرة'],
  ])('reads a dateline and a person from %j', (line, dateline) => {
    expect(parseBylineLine(line)).toEqual({ persons: ['أحمد الريدي'], dateline, agencies: [] });
  });

  it.each([
    ['لندن - رويترز', 'لندن', 'رويترز'],
    ['مدريد - د ب أ', 'مدريد', 'د ب أ'],
    ['مدريد ـ د.ب.أ', 'مدريد', 'د ب أ'],
    ['باريس – أ ف ب', 'باريس', 'فرانس برس'],
    ['باريس - فرانس برس', 'باريس', 'فرانس برس'],
    ['بغداد - واع', 'بغداد', 'وكالة الأنباء العراقية'],
    ['أنقرة - الأناضول', 'أنقرة', 'الأناضول'],
    ['London - Reuters', 'London', 'رويترز'],
  ])('reads an agency, not a person, from %j', (line, dateline, agency) => {
    expect(parseBylineLine(line)).toEqual({ persons: [], dateline, agencies: [agency] });
  });

  it('reads a line that only names an agency', () => {
    expect(parseBylineLine('وكالات')).toEqual({ persons: [], agencies: ['وكالات'] });
    expect(parseBylineLine('(د ب أ)')).toEqual({ persons: [], agencies: ['د ب أ'] });
  });

  it('splits two authors joined by an attached و, but not a name that starts with و', () => {
    expect(parseBylineLine('كتب: أحمد علي ومحمد حسن')?.persons).toEqual(['أحمد علي', 'محمد حسن']);
    expect(parseBylineLine('كتب: أحمد علي، محمد حسن')?.persons).toEqual(['أحمد علي', 'محمد حسن']);
    expect(parseBylineLine('كتب: محمد وليد')?.persons).toEqual(['محمد وليد']);
  });

  it('ignores a UUID in the byline and recognizes a bare UUID as junk', () => {
    expect(parseBylineLine('كتب: سيد محمد 3fa85f64-5717-4562-b3fc-2c963f66afa6')?.persons).toEqual(['سيد محمد']);
    expect(isBareUuid(' 3FA85F64-5717-4562-B3FC-2C963F66AFA6 ')).toBe(true);
    expect(isBareUuid('كتب: 3fa85f64-5717-4562-b3fc-2c963f66afa6')).toBe(false);
    expect(parseBylineLine('3fa85f64-5717-4562-b3fc-2c963f66afa6')).toBeNull();
  });

  it('rejects sentences, headings and long lines', () => {
    expect(parseBylineLine('التقى مستشار الأمن القومي العراقي مع رئيس اللجنة العسكرية في حلف الناتو.')).toBeNull();
    expect(parseBylineLine('تعزيز التعاون الأمني العراقي مع حلف الناتو')).toBeNull();
    expect(parseBylineLine('كتب التاريخ صفحة جديدة في العلاقات بين البلدين منذ عقود طويلة مضت')).toBeNull();
    expect(parseBylineLine('')).toBeNull();
  });
});

describe('splitAtDashes', () => {
  it('does not split at kashida or at a hyphen inside a Latin name', () => {
    expect(splitAtDashes('القاهـرة')).toEqual(['القاهـرة']);
    expect(splitAtDashes('Paris - Jean-Pierre Dupont')).toEqual(['Paris', 'Jean-Pierre Dupont']);
  });
});

describe('agency matching', () => {
  it('names an agency from any alias and spelling', () => {
    expect(agencyNamedBy('وكالة فرانس برس')).toBe('فرانس برس');
    expect(agencyNamedBy('REUTERS')).toBe('رويترز');
    expect(agencyNamedBy('العربية.نت')).toBe('العربية.نت');
    expect(agencyNamedBy('القاهرة')).toBeNull();
  });

  it('finds distinctive agencies anywhere, with attached clitics', () => {
    expect(agencyMentionsIn('وقال مسؤول لرويترز إن الاجتماع انتهى')).toEqual(['رويترز']);
    expect(agencyMentionsIn('ونقلت وكالة الأنباء العراقية (واع) عن المكتب')).toEqual(['وكالة الأنباء العراقية']);
  });

  it('finds ambiguous aliases only after an attribution cue or alone in brackets', () => {
    expect(agencyMentionsIn('شعب واع ومثقف')).toEqual([]);
    expect(agencyMentionsIn('هضبة الأناضول الوسطى')).toEqual([]);
    expect(agencyMentionsIn('بحسب واع فإن الوفد وصل')).toEqual(['وكالة الأنباء العراقية']);
    expect(agencyMentionsIn('قالت الأناضول إن')).toEqual(['الأناضول']);
    expect(agencyMentionsIn('أعلن الوزير (واس) أن')).toEqual(['واس']);
  });

  it('reports each agency once, in order of first mention', () => {
    expect(agencyMentionsIn('ذكرت رويترز و AFP ثم رويترز مجددا')).toEqual(['رويترز', 'فرانس برس']);
  });
});
