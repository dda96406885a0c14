/**
 * How much vocabulary evidence a topic has in an article, as a score in [0, 1).
 *
 * Per field, a topic's matches add up (an entity, related but indirect, counts 0.7 of a label; a
 * phrase of several words, more specific than one word, up to twice as much); the field's total is
 * damped with log2(1 + total), so the tenth mention adds little, then weighted — title 3,
 * standfirst 2, body 1 — so one mention in the title (3) outweighs one in the body (1) and equals
 * seven. The sum maps to 1 - e^(-sum / 3): one body mention 0.28, one title mention 0.63.
 */
import type { PhraseMatch } from './match';
import type { ArticleField, Evidence } from './types';
import type { PhraseKind } from './vocabulary';

const FIELD_WEIGHTS: Readonly<Record<ArticleField, number>> = { title: 3, standfirst: 2, body: 1 };
const KIND_WEIGHTS: Readonly<Record<PhraseKind, number>> = { label: 1, hidden: 1, entity: 0.7 };
const EXTRA_WORD_BONUS = 0.25;
const MAX_LENGTH_FACTOR = 2;
const SCALE = 3;
const FIELD_ORDER: Readonly<Record<ArticleField, number>> = { title: 0, standfirst: 1, body: 2 };

export interface VocabularyEvidence {
  score: number;
  /** Title first, then standfirst and body, each in text order. */
  phrases: Evidence[];
}

/**
 * Keeps, among one topic's matches, the longest at each place: حلف شمال الأطلسي and the shorter
 * الأطلسي inside it are one piece of evidence, not two.
 */
function withoutOverlaps(matches: readonly PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort(
    (a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start || b.end - a.end,
  );
  const kept: PhraseMatch[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (last !== undefined && last.field === match.field && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** Evidence of each topic that has matches, by topic id. */
export function scoreVocabulary(
  matches: readonly PhraseMatch[],
  fieldText: (field: ArticleField) => string,
): Map<string, VocabularyEvidence> {
  const byTopic = new Map<string, PhraseMatch[]>();
  for (const match of matches) {
    const list = byTopic.get(match.phrase.topicId);
    if (list === undefined) byTopic.set(match.phrase.topicId, [match]);
    else list.push(match);
  }
  const result = new Map<string, VocabularyEvidence>();
  for (const [topicId, topicMatches] of byTopic) {
    const kept = withoutOverlaps(topicMatches);
    const perField: Record<ArticleField, number> = { title: 0, standfirst: 0, body: 0 };
    for (const { phrase, field } of kept) {
      const lengthFactor = Math.min(MAX_LENGTH_FACTOR, 1 + EXTRA_WORD_BONUS * (phrase.words.length - 1));
      perField[field] += KIND_WEIGHTS[phrase.kind] * lengthFactor;
    }
    let sum = 0;
    for (const field of Object.keys(perField) as ArticleField[])
      sum += FIELD_WEIGHTS[field] * Math.log2(1 + perField[field]);
    result.set(topicId, {
      score: 1 - Math.exp(-sum / SCALE),
      phrases: mergeEvidence(
        kept.map(({ phrase, field, start, end }) => ({
          field,
          text: fieldText(field).slice(start, end),
          start,
          end,
          label: phrase.label,
          count: 1,
        })),
      ),
    });
  }
  return result;
}

/**
 * One line per distinct text in a field: the same words found three times in the body are shown
 * once, with count 3 and the offsets of the first. Order is kept (the first occurrence's place).
 */
export function mergeEvidence(phrases: readonly Evidence[]): Evidence[] {
  const merged = new Map<string, Evidence>();
  for (const phrase of phrases) {
    const key = `${phrase.field}\u0000${phrase.text}`;
    const earlier = merged.get(key);
    if (earlier === undefined) merged.set(key, { ...phrase });
    else earlier.count += phrase.count;
  }
  return [...merged.values()];
}

/** Orders evidence as scoreVocabulary does (for phrases gathered from several topics). */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start || b.end - a.end;
}
