/**
 * Finding vocabulary phrases in an analyzed article. Article words and phrase words are compared
 * as forms (word-forms.ts) in the sequence of analyzed terms, where stopwords are already gone on
 * both sides, so الأمن في المنطقة matches however the function word is spelled. A phrase does not
 * run across a sentence or clause boundary (. ، ؛ : and line breaks between two of its words).
 */
import type { AnalyzedField } from './article';
import type { ArticleField } from './types';
import type { CompiledVocabulary, VocabularyPhrase } from './vocabulary';
import { articleForms } from './word-forms';

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

/** Every occurrence of every phrase in the article, overlapping ones included. */
export function matchVocabulary(fields: readonly AnalyzedField[], vocabulary: CompiledVocabulary): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  if (vocabulary.phrases.length === 0) return matches;
  for (const { field, text, terms, stems } of fields) {
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
          found.add(phrase);
          const last = terms[positions[at + phrase.words.length - 1]];
          matches.push({ phrase, field, start: terms[positions[at]].start, end: last.end });
        }
      }
    }
  }
  return matches;
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
