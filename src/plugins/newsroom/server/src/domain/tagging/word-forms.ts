/**
 * The forms under which vocabulary words are indexed and article words looked up.
 *
 * Labels (concepts: التعاون الأمني, مؤتمر) match on stems, so التعاون, للتعاون and والتعاون are
 * one word. Entities (names: البحرين, الناتو) match on their key without the article and are never
 * stemmed: every light stemmer turns البحرين into بحر ("sea"). The Lucene stemmer the text core
 * uses strips و and ال-prefixes but not the prepositions ب ك ل, so بحلف would stay بحلف; an article
 * word is therefore also looked up with its clitics removed — conjunction و/ف, then preposition
 * ب/ك/ل, with لل read as ل + ال — the same clitics the text core's protected terms accept. Only
 * forms that some vocabulary word has are kept, so the extra readings cost nothing in precision
 * beyond the vocabulary itself. English words get the same treatment for plurals (englishReadings).
 */
import { stem, type TokenKind } from '../text';

const ARTICLE = 'ال';
const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بكل';
/** Letters that must remain after removing a clitic. */
const MIN_REMAINDER = 2;
/** Latin words shorter than this keep their endings (us, gas, news). */
const MIN_FOLDABLE_LATIN = 5;

export type MatchMode = 'stem' | 'name';

/** A name's key without its article: البحرين → بحرين, so بالبحرين and للبحرين find it too. */
export function withoutArticle(key: string): string {
  return key.startsWith(ARTICLE) && key.length - ARTICLE.length >= MIN_REMAINDER ? key.slice(ARTICLE.length) : key;
}

/**
 * Readings of an English word with plural and possessive endings removed (conferences →
 * conference, policies → policy, churches → church, NATO's → nato). The text core leaves Latin
 * words unstemmed; a vocabulary word and an article word match when their readings meet, so a
 * label need not list both numbers and no reading has to be the "right" singular.
 */
export function englishReadings(key: string): string[] {
  const readings = [key];
  const add = (reading: string): void => {
    if (reading !== '' && !readings.includes(reading)) readings.push(reading);
  };
  const word = key.endsWith("'s") || key.endsWith('’s') ? key.slice(0, -2) : key;
  add(word);
  if (word.length < MIN_FOLDABLE_LATIN) return readings;
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(word)) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  return readings;
}

/** The forms a vocabulary word is indexed under (one, except English words with endings). */
export function vocabularyForms(key: string, kind: TokenKind, mode: MatchMode): string[] {
  if (kind === 'arabic') return [mode === 'name' ? withoutArticle(key) : stem(key)];
  if (kind === 'latin') return englishReadings(key);
  return [key];
}

/** The key, and the key read without its leading clitics (each reading that leaves a word). */
export function cliticReadings(key: string): string[] {
  const readings = [key];
  if (CONJUNCTIONS.includes(key[0]) && key.length - 1 >= MIN_REMAINDER) readings.push(key.slice(1));
  const afterConjunction = readings.length;
  for (let index = 0; index < afterConjunction; index++) {
    const reading = readings[index];
    if (!PREPOSITIONS.includes(reading[0]) || reading.length - 1 < MIN_REMAINDER) continue;
    readings.push(reading.slice(1));
    if (reading.startsWith('لل') && reading.length - 2 >= MIN_REMAINDER) readings.push(ARTICLE + reading.slice(2));
  }
  return readings;
}

const NONE: readonly string[] = [];

/**
 * The forms of an article word that occur in `known` (the vocabulary's forms), given its key,
 * kind and stem (already computed by the analysis). Usually none, and then no array is allocated.
 */
export function articleForms(
  key: string,
  kind: TokenKind,
  stemmed: string,
  known: ReadonlySet<string>,
): readonly string[] {
  if (kind === 'arabic') {
    let found: string[] | null = null;
    const keep = (form: string): void => {
      if (!known.has(form)) return;
      if (found === null) found = [form];
      else if (!found.includes(form)) found.push(form);
    };
    keep(stemmed);
    keep(withoutArticle(key));
    if (CONJUNCTIONS.includes(key[0]) || PREPOSITIONS.includes(key[0])) {
      for (const reading of cliticReadings(key).slice(1)) {
        keep(stem(reading));
        keep(withoutArticle(reading));
      }
    }
    return found ?? NONE;
  }
  if (kind === 'latin') {
    const readings = englishReadings(key).filter((reading) => known.has(reading));
    return readings.length === 0 ? NONE : readings;
  }
  return known.has(key) ? [key] : NONE;
}
