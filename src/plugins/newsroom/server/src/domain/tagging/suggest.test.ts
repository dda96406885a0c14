import { suggestTopics } from './suggest';
import { syntheticCorpus } from './test-corpus';
import { trainModel } from './train';
import type { Suggestion, VocabularyTopic } from './types';
import { buildVocabulary } from './vocabulary';

const section = (id: string, ar: string): VocabularyTopic => ({
  id,
  kind: 'section',
  labels: { ar: [ar], en: [] },
  hiddenLabels: [],
  entities: [],
});
const topic = (id: string, parentId: string, ar: string[]): VocabularyTopic => ({
  id,
  kind: 'topic',
  parentId,
  labels: { ar, en: [] },
  hiddenLabels: [],
  entities: [],
});

const vocabulary = buildVocabulary([
  section('world', 'العالم'),
  section('sport', 'الرياضة'),
  section('economy', 'الاقتصاد'),
  topic('nato', 'world', ['حلف الناتو']),
  topic('oil', 'economy', ['النفط']),
  topic('football', 'sport', ['كرة القدم']),
]);

const byId = (suggestions: Suggestion[]): Map<string, Suggestion> =>
  new Map(suggestions.map((suggestion) => [suggestion.topicId, suggestion]));

describe('suggestTopics with the vocabulary alone', () => {
  it('ranks a topic named in the title above one named once in the body', () => {
    const suggestions = suggestTopics(
      { title: 'قمة حلف الناتو', body: 'وتراجعت أسعار النفط.' },
      { vocabulary, minScore: 0 },
    );
    const ids = suggestions.map((suggestion) => suggestion.topicId);
    expect(ids.indexOf('nato')).toBeLessThan(ids.indexOf('oil'));
    expect(ids.indexOf('oil')).toBeGreaterThanOrEqual(0);
  });

  it('shows the matching phrases with their field and offsets', () => {
    const body = 'قال إن حلف الناتو سيجتمع';
    const [nato] = suggestTopics({ body }, { vocabulary }).filter((suggestion) => suggestion.topicId === 'nato');
    expect(nato.source).toBe('vocabulary');
    expect(nato.phrases).toEqual([
      {
        field: 'body',
        text: 'حلف الناتو',
        start: body.indexOf('حلف'),
        end: body.indexOf('حلف') + 'حلف الناتو'.length,
        label: 'حلف الناتو',
        count: 1,
      },
    ]);
    expect(nato.terms).toEqual([]);
  });

  it("lends a share of a topic to its section, which shows the topic's phrases", () => {
    const suggestions = byId(suggestTopics({ title: 'حلف الناتو' }, { vocabulary }));
    const world = suggestions.get('world')!;
    expect(world.score).toBeGreaterThan(0);
    expect(world.score).toBeLessThan(suggestions.get('nato')!.score);
    expect(world.phrases.map((phrase) => phrase.text)).toEqual(['حلف الناتو']);
    const named = byId(suggestTopics({ title: 'العالم', body: 'حلف الناتو' }, { vocabulary })).get('world')!;
    const alone = byId(suggestTopics({ title: 'العالم' }, { vocabulary })).get('world')!;
    expect(named.score).toBeGreaterThan(alone.score);
  });

  it('never suggests rejected topics, and they lend nothing to their section', () => {
    const article = { title: 'حلف الناتو' };
    const suggestions = byId(suggestTopics(article, { vocabulary, rejected: new Set(['nato']) }));
    expect(suggestions.has('nato')).toBe(false);
    expect(suggestions.has('world')).toBe(false);
  });

  it('leaves out topics the article already has, which still lend to their section', () => {
    const suggestions = byId(suggestTopics({ title: 'حلف الناتو' }, { vocabulary, exclude: new Set(['nato']) }));
    expect(suggestions.has('nato')).toBe(false);
    expect(suggestions.has('world')).toBe(true);
  });

  it('respects limit and minScore, and keeps scores in [0, 1], best first', () => {
    const article = { title: 'حلف الناتو والنفط', body: 'كرة القدم' };
    const all = suggestTopics(article, { vocabulary, minScore: 0 });
    expect(all.length).toBeGreaterThan(3);
    for (const suggestion of all) {
      expect(suggestion.score).toBeGreaterThanOrEqual(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
    }
    for (let index = 1; index < all.length; index++)
      expect(all[index - 1].score).toBeGreaterThanOrEqual(all[index].score);
    expect(suggestTopics(article, { vocabulary, limit: 2 })).toEqual(all.slice(0, 2));
    const threshold = all[1].score;
    expect(
      suggestTopics(article, { vocabulary, minScore: threshold }).every((suggestion) => suggestion.score >= threshold),
    ).toBe(true);
  });

  it('merges identical evidence lines into one with a count, for the topic and for its section', () => {
    const body = 'حلف الناتو يجتمع. ثم حلف الناتو يقرر. وقال حلف الناتو كلمته.';
    const suggestions = byId(suggestTopics({ body }, { vocabulary }));
    for (const id of ['nato', 'world']) {
      expect(suggestions.get(id)!.phrases).toEqual([
        { field: 'body', text: 'حلف الناتو', start: 0, end: 'حلف الناتو'.length, label: 'حلف الناتو', count: 3 },
      ]);
    }
  });

  it('suggests at most five topics by default, none under the score floor', () => {
    const many = buildVocabulary(
      ['النفط', 'الذهب', 'الدولار', 'اليورو', 'الغاز', 'القمح', 'الحديد'].map((label, index) =>
        topic(`t${index}`, 'economy', [label]),
      ),
    );
    const title = 'النفط والذهب والدولار واليورو والغاز والقمح والحديد';
    expect(suggestTopics({ title }, { vocabulary: many, limit: 20 }).length).toBeGreaterThan(5);
    expect(suggestTopics({ title }, { vocabulary: many })).toHaveLength(5);
    // Named once in the body only, a topic is under the floor; named in the title, it is over.
    expect(suggestTopics({ body: 'وارتفع النفط' }, { vocabulary: many })).toEqual([]);
    expect(suggestTopics({ title: 'النفط' }, { vocabulary: many }).map((suggestion) => suggestion.topicId)).toEqual([
      't0',
    ]);
  });

  it('gives nothing for empty text, without an error', () => {
    expect(suggestTopics({}, { vocabulary })).toEqual([]);
    expect(suggestTopics({ title: '', standfirst: '  ', body: '\n' }, { vocabulary })).toEqual([]);
  });

  it('names the bad argument', () => {
    expect(() => suggestTopics({ title: 5 as unknown as string }, { vocabulary })).toThrow(
      'suggestTopics: article.title must be a string, got number',
    );
    expect(() => suggestTopics(null as never, { vocabulary })).toThrow(/suggestTopics: article/);
    expect(() => suggestTopics({}, { vocabulary: {} as never })).toThrow(/options.vocabulary/);
    expect(() => suggestTopics({}, { vocabulary, rejected: ['x'] as unknown as Set<string> })).toThrow(
      /options.rejected/,
    );
  });
});

describe('suggestTopics with a model', () => {
  // Sections of the synthetic corpus are the labels; the vocabulary names them too.
  const model = trainModel(syntheticCorpus(40, 21).map((example) => ({ ...example, labels: example.labels })));
  const modelVocabulary = buildVocabulary([
    section('sport', 'الرياضة'),
    section('economy', 'الاقتصاد'),
    section('technology', 'التكنولوجيا'),
    topic('football', 'sport', ['كرة القدم']),
  ]);

  it('suggests from the model alone, with the terms that weighed most', () => {
    const [first] = suggestTopics(
      { body: 'المدرب والفريق في الملعب والمباراة' },
      { vocabulary: modelVocabulary, model },
    );
    expect(first.topicId).toBe('sport');
    expect(first.source).toBe('model');
    expect(first.phrases).toEqual([]);
    expect(first.terms.length).toBeGreaterThan(0);
    for (const term of first.terms) {
      expect('المدرب والفريق في الملعب والمباراة').toContain(term.term);
      expect(term.weight).toBeGreaterThan(0);
    }
  });

  it('marks a suggestion both signals agree on as "both", scoring above either alone', () => {
    const article = { body: 'كرة القدم: المدرب والفريق في الملعب والمباراة' };
    const both = byId(suggestTopics(article, { vocabulary: modelVocabulary, model, minScore: 0 })).get('sport')!;
    const vocabularyOnly = byId(suggestTopics(article, { vocabulary: modelVocabulary, minScore: 0 })).get('sport')!;
    expect(both.source).toBe('both');
    expect(both.score).toBeGreaterThan(vocabularyOnly.score);
  });

  it('ignores model labels that are not in the vocabulary', () => {
    const smaller = buildVocabulary([section('economy', 'الاقتصاد')]);
    const suggestions = suggestTopics(
      { body: 'المدرب والفريق في الملعب' },
      { vocabulary: smaller, model, minScore: 0 },
    );
    expect(suggestions.every((suggestion) => suggestion.topicId === 'economy')).toBe(true);
  });
});
