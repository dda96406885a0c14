/**
 * The newsroom's sample wire story (tests/fixtures/wire/iraq-nato-manama-dialogue.txt) against a
 * small bilingual vocabulary: the five topics it is about come first, each with its phrases; then
 * against the taxonomy a fresh install seeds, as an editor first sees it.
 */
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { seedVocabularyTopics } from '../../setup/seed/taxonomy';
import { parseWireCopy } from '../wire';
import { suggestTopics } from './suggest';
import type { ArticleText, VocabularyTopic } from './types';
import { buildVocabulary } from './vocabulary';

const PROJECT_ROOT = resolve(__dirname, '../../../../../../..');
const STORY = join(PROJECT_ROOT, 'tests/fixtures/wire/iraq-nato-manama-dialogue.txt');

const entry = (
  id: string,
  kind: VocabularyTopic['kind'],
  parentId: string | undefined,
  ar: string[],
  en: string[],
  entities: string[] = [],
): VocabularyTopic => ({
  id,
  kind,
  parentId,
  labels: { ar, en },
  hiddenLabels: [],
  entities,
});

const vocabulary = buildVocabulary([
  entry('middle-east', 'section', undefined, ['الشرق الأوسط'], ['Middle East']),
  entry('international', 'section', undefined, ['دولي'], ['International']),
  entry('sport', 'section', undefined, ['رياضة'], ['Sport']),
  entry(
    'security-cooperation',
    'topic',
    'international',
    ['التعاون الأمني', 'التنسيق الأمني'],
    ['security cooperation'],
  ),
  entry('nato', 'topic', 'international', ['حلف الناتو', 'الناتو', 'حلف شمال الأطلسي'], ['NATO'], ['NATO']),
  entry('iraq', 'topic', 'middle-east', ['العراق'], ['Iraq']),
  entry(
    'conferences',
    'topic',
    'international',
    ['مؤتمرات وقمم', 'حوار المنامة', 'مؤتمر', 'قمة'],
    ['conferences and summits'],
  ),
  entry(
    'regional-events',
    'topic',
    'middle-east',
    ['أحداث إقليمية', 'الاستقرار الإقليمي', 'السلام الإقليمي', 'الأمن الإقليمي'],
    ['regional events'],
  ),
  // Topics the story is not about: they must not crowd out the five.
  entry('football', 'topic', 'sport', ['كرة القدم'], ['football']),
  entry('oil', 'topic', 'middle-east', ['النفط', 'أوبك'], ['oil']),
  entry('elections', 'topic', 'international', ['الانتخابات'], ['elections']),
]);

function storyText(): ArticleText {
  const parsed = parseWireCopy(readFileSync(STORY, 'utf8'));
  const body = parsed.sections
    .flatMap((section) => [section.heading ?? '', ...section.paragraphs])
    .filter((line) => line !== '');
  return { title: parsed.title, standfirst: parsed.lead, body: body.join('\n') };
}

describe('the Iraq–NATO Manama Dialogue story', () => {
  const article = storyText();
  const suggestions = suggestTopics(article, { vocabulary, limit: 20 });
  const topics = suggestions.filter((suggestion) => vocabulary.topics.get(suggestion.topicId)?.kind === 'topic');
  const expected: Record<string, string[]> = {
    'security-cooperation': ['التعاون الأمني'],
    nato: ['حلف شمال الأطلسي', 'حلف الناتو'],
    iraq: ['العراق'],
    conferences: ['حوار المنامة', 'مؤتمر'],
    'regional-events': ['السلام الإقليمي', 'الاستقرار الإقليمي', 'الأمن الإقليمي'],
  };

  it('suggests the five topics, and none of the topics the story is not about', () => {
    expect(
      topics
        .slice(0, 5)
        .map((suggestion) => suggestion.topicId)
        .sort(),
    ).toEqual(Object.keys(expected).sort());
    expect(topics.slice(5).map((suggestion) => suggestion.topicId)).toEqual([]);
    for (const suggestion of topics) expect(suggestion.source).toBe('vocabulary');
  });

  it('shows for each the phrases that triggered it, at their offsets', () => {
    for (const [topicId, labels] of Object.entries(expected)) {
      const suggestion = topics.find((candidate) => candidate.topicId === topicId)!;
      expect(suggestion.phrases.map((phrase) => phrase.label)).toEqual(expect.arrayContaining(labels));
      for (const phrase of suggestion.phrases)
        expect(article[phrase.field]!.slice(phrase.start, phrase.end)).toBe(phrase.text);
    }
  });

  it('finds the labels behind the clitics the story uses (وحلف, والتعاون, والسلام)', () => {
    const texts = topics.flatMap((suggestion) => suggestion.phrases.map((phrase) => phrase.text));
    expect(texts).toEqual(expect.arrayContaining(['وحلف الناتو', 'والتعاون الأمني', 'والسلام الإقليمي']));
  });

  it('suggests the two sections of the matched topics, and not the third', () => {
    const sections = suggestions.filter((suggestion) => vocabulary.topics.get(suggestion.topicId)?.kind === 'section');
    expect(sections.map((suggestion) => suggestion.topicId).sort()).toEqual(['international', 'middle-east']);
    expect(suggestions.find((suggestion) => suggestion.topicId === 'sport')).toBeUndefined();
  });
});

describe('the sample story against the seeded taxonomy, with the default settings', () => {
  const article = storyText();
  const seeded = buildVocabulary(seedVocabularyTopics());
  const suggestions = suggestTopics(article, { vocabulary: seeded });
  const ids = suggestions.map((suggestion) => suggestion.topicId);

  it('shows at most five suggestions, the story’s own topics first', () => {
    expect(suggestions.length).toBeLessThanOrEqual(5);
    expect(ids).toEqual(expect.arrayContaining(['iraq', 'nato', 'conferences-and-summits', 'regional-events']));
  });

  it('suggests none of the topics it used to find in look-alike words (issue #20)', () => {
    // العمل/عمل (work) looked like العملات and فضاءً (a space) like الفضاء.
    const all = suggestTopics(article, { vocabulary: seeded, limit: 50, minScore: 0 }).map(
      (suggestion) => suggestion.topicId,
    );
    for (const noise of ['currencies', 'space', 'football', 'sport']) expect(all).not.toContain(noise);
  });

  it('shows each evidence line once, with how often it was found', () => {
    for (const suggestion of suggestions) {
      const lines = suggestion.phrases.map((phrase) => `${phrase.field}:${phrase.text}`);
      expect(new Set(lines).size).toBe(lines.length);
    }
    const nato = suggestions.find((suggestion) => suggestion.topicId === 'nato')!;
    expect(
      nato.phrases.find((phrase) => phrase.field === 'body' && phrase.text === 'حلف الناتو')!.count,
    ).toBeGreaterThan(1);
  });
});
