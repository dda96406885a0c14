/**
 * Finding vocabulary phrases in an analyzed article. Article words and phrase words are compared
 * as forms (word-forms.ts) in the sequence of analyzed terms, where stopwords are already gone on
 * both sides, so الأمن في المنطقة matches however the function word is spelled. A phrase does not
 * run across a sentence or clause boundary (. ، ؛ : and line breaks between two of its words).
 * A shared stem is not enough where endings disagree (surface.ts: العمل is not العملات), and a
 * topic's blocked forms never count for it as one-word matches.
 */
import type { AnalyzedField } from './article';
import { agrees, suffixClass, type SuffixClass } from './surface';
import type { ArticleField } from './types';
import type { CompiledVocabulary, VocabularyPhrase } from './vocabulary';
import { articleForms, cliticReadings } from './word-forms';

export interface PhraseMatch {
  phrase: VocabularyPhrase;
  field: ArticleField;
  /** UTF-16 offsets into the field's text, from the first word's start to the last word's end. */
  start: number;
  end: number;
}

const BOUNDARY = new Set(['.', '!', '?', '؟', '؛', ';', ':', '،', ',', '\n', '\r', '\u2029', '\u2028', '|']);

function crossesBoundary(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (BOUNDARY.has(text[index])) return true;
  return false;
}

function sharesForm(forms: readonly string[], wanted: readonly string[]): boolean {
  for (const form of forms) if (wanted.includes(form)) return true;
  return false;
}

/** The article words of one field, read for agreement only when a phrase is about to match them. */
class FieldWords {
  private readonly classes = new Map<number, SuffixClass>();
  private readonly readings = new Map<number, readonly string[]>();

  constructor(private readonly field: AnalyzedField) {}

  classAt(termIndex: number): SuffixClass {
    let found = this.classes.get(termIndex);
    if (found === undefined) {
      const { term, start, end } = this.field.terms[termIndex];
      found = suffixClass(term, this.field.text.slice(start, end));
      this.classes.set(termIndex, found);
    }
    return found;
  }

  readingsAt(termIndex: number): readonly string[] {
    let found = this.readings.get(termIndex);
    if (found === undefined) {
      found = cliticReadings(this.field.terms[termIndex].term);
      this.readings.set(termIndex, found);
    }
    return found;
  }
}

/** Whether the article words at `positions` agree with the phrase's endings and are not blocked for its topic. */
function agreesWith(
  phrase: VocabularyPhrase,
  positions: readonly number[],
  words: FieldWords,
  vocabulary: CompiledVocabulary,
): boolean {
  if (!vocabulary.strictMatching) return true;
  // A phrase of several words is specific enough: رائد فضاء is space even though فضاء alone is blocked.
  const blocked = phrase.words.length === 1 ? vocabulary.blocked.get(phrase.topicId) : undefined;
  for (let offset = 0; offset < positions.length; offset++) {
    const termIndex = positions[offset];
    const wanted = phrase.classes[offset];
    if (wanted !== null && wanted !== undefined && !agrees(wanted, words.classAt(termIndex))) return false;
    if (blocked !== undefined && words.readingsAt(termIndex).some((reading) => blocked.has(reading))) return false;
  }
  return true;
}

/** Every occurrence of every phrase in the article, overlapping ones included. */
export function matchVocabulary(fields: readonly AnalyzedField[], vocabulary: CompiledVocabulary): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  if (vocabulary.phrases.length === 0) return matches;
  for (const analyzed of fields) {
    const { field, text, terms, stems } = analyzed;
    const words = new FieldWords(analyzed);
    // Hashtags are followed by their own words, which are what phrases are matched on.
    const positions: number[] = [];
    const forms: Array<readonly string[]> = [];
    for (let index = 0; index < terms.length; index++) {
      const term = terms[index];
      if (term.kind === 'hashtag') continue;
      positions.push(index);
      forms.push(articleForms(term.term, term.kind, stems[index], vocabulary.forms));
    }
    for (let at = 0; at < forms.length; at++) {
      if (forms[at].length === 0) continue;
      const found = new Set<VocabularyPhrase>();
      for (const form of forms[at]) {
        for (const phrase of vocabulary.byFirstForm.get(form) ?? []) {
          if (found.has(phrase) || !continuesAt(phrase, at, forms, positions, terms, text)) continue;
          if (!agreesWith(phrase, positions.slice(at, at + phrase.words.length), words, vocabulary)) continue;
          found.add(phrase);
          const last = terms[positions[at + phrase.words.length - 1]];
          matches.push({ phrase, field, start: terms[positions[at]].start, end: last.end });
        }
      }
    }
  }
  return vocabulary.strictMatching ? withoutContainedMatches(matches) : matches;
}

/**
 * Leaves out matches that lie inside a longer match of another topic: in كأس العالم the words are
 * about football, and العالم inside them is not evidence for the world section. Matches of one topic
 * are kept (scoring keeps the longest of them at each place).
 */
function withoutContainedMatches(matches: PhraseMatch[]): PhraseMatch[] {
  return matches.filter(
    (inner) =>
      !matches.some(
        (outer) =>
          outer.field === inner.field &&
          outer.phrase.topicId !== inner.phrase.topicId &&
          outer.start <= inner.start &&
          inner.end <= outer.end &&
          outer.end - outer.start > inner.end - inner.start,
      ),
  );
}

/** Whether the phrase's later words follow the word at `at`, within one clause. */
function continuesAt(
  phrase: VocabularyPhrase,
  at: number,
  forms: ReadonlyArray<readonly string[]>,
  positions: readonly number[],
  terms: AnalyzedField['terms'],
  text: string,
): boolean {
  const { words } = phrase;
  if (at + words.length > forms.length) return false;
  for (let offset = 1; offset < words.length; offset++) {
    if (!sharesForm(forms[at + offset], words[offset])) return false;
    const previous = terms[positions[at + offset - 1]];
    if (crossesBoundary(text, previous.end, terms[positions[at + offset]].start)) return false;
  }
  return true;
}
