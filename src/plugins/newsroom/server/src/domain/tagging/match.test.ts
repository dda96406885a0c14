import { analyzeArticle } from './article';
import { matchVocabulary } from './match';
import { buildVocabulary, type CompiledVocabulary } from './vocabulary';
import type { VocabularyTopic } from './types';

const topic = (id: string, ar: string[], extra: Partial<VocabularyTopic> = {}): VocabularyTopic => ({
  id,
  kind: 'topic',
  labels: { ar, en: [] },
  hiddenLabels: [],
  entities: [],
  ...extra,
});

const vocabulary = buildVocabulary([
  topic('security', ['التعاون الأمني', 'التنسيق الأمني'], {
    labels: { ar: ['التعاون الأمني', 'التنسيق الأمني'], en: ['security cooperation'] },
  }),
  topic('nato', ['حلف الناتو', 'حلف شمال الأطلسي'], { entities: ['NATO', 'الناتو'] }),
  topic('bahrain', [], { entities: ['البحرين'] }),
  topic('misspelt', ['المؤسسات'], { hiddenLabels: ['المؤسات'] }),
]) as CompiledVocabulary;

function matched(body: string, title = ''): Array<[string, string, string]> {
  const fields = analyzeArticle({ title, standfirst: '', body });
  const texts = { title, standfirst: '', body };
  return matchVocabulary(fields, vocabulary).map((match) => {
    expect(match.end).toBeGreaterThan(match.start);
    return [match.phrase.topicId, match.field, texts[match.field].slice(match.start, match.end)];
  });
}

describe('matchVocabulary', () => {
  it('matches multi-word labels behind clitics, on stems', () => {
    expect(matched('دعا إلى التعاون الأمني وللتعاون الأمني والتعاون الأمني')).toEqual([
      ['security', 'body', 'التعاون الأمني'],
      ['security', 'body', 'وللتعاون الأمني'],
      ['security', 'body', 'والتعاون الأمني'],
    ]);
    expect(matched('اجتماع بحلف شمال الأطلسي')).toEqual([['nato', 'body', 'بحلف شمال الأطلسي']]);
  });

  it('gives UTF-16 offsets into the field, and the field', () => {
    const body = 'قال 😀 إن حلف الناتو اجتمع';
    const fields = analyzeArticle({ title: 'الناتو', standfirst: '', body });
    const matches = matchVocabulary(fields, vocabulary);
    const inBody = matches.find((match) => match.field === 'body' && match.phrase.label === 'حلف الناتو')!;
    expect(body.slice(inBody.start, inBody.end)).toBe('حلف الناتو');
    expect(inBody.start).toBe(body.indexOf('حلف'));
    expect(matches.some((match) => match.field === 'title' && match.phrase.label === 'الناتو')).toBe(true);
  });

  it('does not run a phrase across a sentence or clause boundary', () => {
    expect(matched('عزز التعاون. الأمني مهم')).toEqual([]);
    expect(matched('التعاون، الأمني')).toEqual([]);
  });

  it('matches entities as names, never stemmed: البحرين is not البحر', () => {
    expect(matched('في البحرين وبالبحرين')).toEqual([
      ['bahrain', 'body', 'البحرين'],
      ['bahrain', 'body', 'وبالبحرين'],
    ]);
    expect(matched('على شاطئ البحر')).toEqual([]);
  });

  it('matches hidden labels (misspellings) and English labels, plurals included', () => {
    expect(matched('تعزيز قدرات المؤسات')).toEqual([['misspelt', 'body', 'المؤسات']]);
    expect(matched('NATO and Security Cooperations')).toEqual([
      ['nato', 'body', 'NATO'],
      ['security', 'body', 'Security Cooperations'],
    ]);
  });

  it('finds nothing in text without vocabulary words, and in empty text', () => {
    expect(matched('قال المتحدث إن الاجتماع انتهى')).toEqual([]);
    expect(matched('')).toEqual([]);
  });
});

describe('matchVocabulary where a stem is ambiguous (issue #20)', () => {
  const topics: VocabularyTopic[] = [
    topic('currencies', ['العملات']),
    topic('international', ['دولي', 'العالم']),
    topic('football', ['الدوري', 'كأس العالم']),
    topic('space', ['الفضاء', 'رائد فضاء'], { hiddenLabels: ['!فضاء'] }),
  ];
  const strict = buildVocabulary(topics) as CompiledVocabulary;
  const stemOnly = buildVocabulary(topics, { strictMatching: false }) as CompiledVocabulary;
  const found = (body: string, compiled: CompiledVocabulary = strict): Array<[string, string]> =>
    matchVocabulary(analyzeArticle({ title: '', standfirst: '', body }), compiled).map((match) => [
      match.phrase.topicId,
      body.slice(match.start, match.end),
    ]);

  it('does not read العمل (work) as العملات (currencies), but reads عملة and العملات', () => {
    expect(found('سوق العمل وعمله')).toEqual([]);
    expect(found('تراجع العملات وسعر عملة')).toEqual([
      ['currencies', 'العملات'],
      ['currencies', 'عملة'],
    ]);
    expect(found('سوق العمل', stemOnly)).toEqual([['currencies', 'العمل']]);
  });

  it('does not read دولة (state) as دولي (international), but reads الدولية', () => {
    expect(found('رئيس الدولة في دولة')).toEqual([]);
    expect(found('المحكمة الدولية')).toEqual([['international', 'الدولية']]);
  });

  it('does not read دوره (his role) or الدور as الدوري (the league)', () => {
    expect(found('لعب دوره في الدور الثاني')).toEqual([]);
    expect(found('بطل الدوري')).toEqual([['football', 'الدوري']]);
  });

  it('honours blocked forms: فضاءً is a space, الفضاء is space, رائد فضاء still counts', () => {
    expect(found('وفر فضاءً للحوار وفضاء')).toEqual([]);
    expect(found('وكالة الفضاء وللفضاء')).toEqual([
      ['space', 'الفضاء'],
      ['space', 'وللفضاء'],
    ]);
    expect(found('أول رائد فضاء')).toEqual([['space', 'رائد فضاء']]);
    expect(found('وفر فضاءً', stemOnly)).toEqual([['space', 'فضاءً']]);
  });

  it('drops a match inside a longer match of another topic: كأس العالم is not العالم', () => {
    expect(found('نهائي كأس العالم')).toEqual([['football', 'كأس العالم']]);
    expect(found('نهائي كأس العالم', stemOnly)).toEqual(
      expect.arrayContaining([
        ['football', 'كأس العالم'],
        ['international', 'العالم'],
      ]),
    );
    expect(found('دول العالم')).toEqual([['international', 'العالم']]);
  });
});
