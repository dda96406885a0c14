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
