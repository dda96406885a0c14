import { buildVocabulary, type CompiledVocabulary } from './vocabulary';
import type { VocabularyTopic } from './types';

const topic = (id: string, extra: Partial<VocabularyTopic> = {}): VocabularyTopic => ({
  id,
  kind: 'topic',
  labels: { ar: [`موضوع ${id}`], en: [] },
  hiddenLabels: [],
  entities: [],
  ...extra,
});

describe('buildVocabulary', () => {
  it('compiles labels, hidden labels and entities, once per distinct phrase', () => {
    const vocabulary = buildVocabulary([
      topic('nato', {
        labels: { ar: ['حلف الناتو', 'حلفُ الناتو'], en: ['NATO'] },
        hiddenLabels: ['حلف النيتو'],
        entities: ['NATO'],
      }),
    ]) as CompiledVocabulary;
    // حلفُ الناتو is حلف الناتو with a damma; the NATO entity is the NATO label again.
    expect(vocabulary.phrases.map((phrase) => [phrase.label, phrase.kind])).toEqual([
      ['حلف الناتو', 'label'],
      ['NATO', 'label'],
      ['حلف النيتو', 'hidden'],
    ]);
  });

  it('reads a hidden label written !word as a blocked form of its topic, not as a label', () => {
    const vocabulary = buildVocabulary([
      topic('space', { labels: { ar: ['الفضاء'], en: [] }, hiddenLabels: ['! فضاءً', 'الفضا'] }),
    ]) as CompiledVocabulary;
    expect(vocabulary.phrases.map((phrase) => [phrase.label, phrase.kind])).toEqual([
      ['الفضاء', 'label'],
      ['الفضا', 'hidden'],
    ]);
    expect([...(vocabulary.blocked.get('space') ?? [])]).toEqual(['فضاء']);
  });

  it('skips labels with nothing to match (only stopwords or punctuation)', () => {
    expect(buildVocabulary([topic('a', { labels: { ar: ['في', '...'], en: ['the'] } })]).phraseCount).toBe(0);
  });

  it("knows each topic's broader topics, nearest first, ignoring unknown parents and cycles", () => {
    const vocabulary = buildVocabulary([
      topic('world', { kind: 'section' }),
      topic('europe', { parentId: 'world' }),
      topic('france', { parentId: 'europe' }),
      topic('orphan', { parentId: 'missing' }),
      topic('a', { parentId: 'b' }),
      topic('b', { parentId: 'a' }),
    ]) as CompiledVocabulary;
    expect(vocabulary.ancestors.get('france')).toEqual(['europe', 'world']);
    expect(vocabulary.ancestors.get('orphan')).toEqual([]);
    expect(vocabulary.ancestors.get('a')).toEqual(['b']);
  });

  it('rejects duplicate ids and names the bad field', () => {
    expect(() => buildVocabulary([topic('x'), topic('x')])).toThrow(
      'buildVocabulary: duplicate topic id "x" at topics[1]',
    );
    expect(() => buildVocabulary('x' as unknown as [])).toThrow('buildVocabulary: topics must be an array, got string');
    expect(() => buildVocabulary([topic('x', { hiddenLabels: [1 as unknown as string] })])).toThrow(
      'buildVocabulary: topics[0].hiddenLabels[0] must be a string, got number',
    );
    expect(() => buildVocabulary([{ ...topic('x'), kind: 'tag' as 'topic' }])).toThrow(/topics\[0\]\.kind/);
    expect(() =>
      buildVocabulary([{ ...topic('x'), labels: { ar: 'حلف', en: [] } as unknown as VocabularyTopic['labels'] }]),
    ).toThrow(/topics\[0\]\.labels\.ar must be an array/);
  });
});
