/**
 * Surface agreement: whether an article word that shares a vocabulary word's stem also has a
 * compatible ending. The light stemmer folds words of different meaning into one stem — العملات
 * (currencies) and العمل (work) are both عمل, دولي (international) and دولة (state) both دول, الدوري
 * (the league) and دوره (his role) both دور — so a stem match alone is not evidence. What the
 * stemmer removed from each word says which family it belongs to:
 *
 *   bare      nothing, a pronoun (ه ها) or ان ون ين: عمل، العمل، عمله، دوره، الدولين
 *   feminine  ة, as written (matchKey folds it into ه, the pronoun): دولة، عملة، القمة
 *   plural    ات (and ات + pronoun): العملات، مؤتمرات
 *   nisba     ي، ية، يين، يون، يات (the adjective of relation): دولي، الدولية، العراقي
 *
 * A vocabulary word accepts (ACCEPTS below): bare → bare, nisba and plural (مؤتمر ← مؤتمرات, النفط
 * ← النفطية); feminine → feminine, plural and nisba (التجارة ← التجارية); plural → plural and
 * feminine (العملات ← عملة, never ← العمل); nisba → nisba only (دولي ← الدولية, never ← دولة).
 * Final ى (folded into ي by matchKey) is part of the word, not a nisba: منتدى is bare.
 */
import { stem } from '../text';

export type SuffixClass = 'bare' | 'feminine' | 'plural' | 'nisba';

const ACCEPTS: Readonly<Record<SuffixClass, ReadonlySet<SuffixClass>>> = {
  bare: new Set<SuffixClass>(['bare', 'nisba', 'plural']),
  feminine: new Set<SuffixClass>(['feminine', 'plural', 'nisba']),
  plural: new Set<SuffixClass>(['plural', 'feminine']),
  nisba: new Set<SuffixClass>(['nisba']),
};

const TEH_MARBUTA = 'ة';
const ALEF_MAKSURA = 'ى';
/** Prefix lengths the stemmer may have removed (و, ال/لل, وال/بال/كال/فال). */
const PREFIX_LENGTHS = [0, 1, 2, 3];

/** The last letter of a word as written, harakat, tanween, dagger alef and tatweel skipped. */
export function lastLetter(surface: string): string {
  for (let index = surface.length - 1; index >= 0; index--) {
    const code = surface.charCodeAt(index);
    const isMark = (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
    if (!isMark) return surface[index];
  }
  return '';
}

/** What the stemmer removed from the end of `key` (a matchKey), '' when nothing. */
export function stemmedSuffix(key: string): string {
  const stemmed = stem(key);
  for (const start of PREFIX_LENGTHS) {
    if (key.startsWith(stemmed, start)) return key.slice(start + stemmed.length);
  }
  return '';
}

/**
 * The family of an Arabic word from its matchKey and its surface (the word as written, needed to
 * tell ة from the pronoun ه and ى from the nisba ي).
 */
export function suffixClass(key: string, surface: string): SuffixClass {
  const suffix = stemmedSuffix(key);
  const last = lastLetter(surface);
  if (suffix === '') return 'bare';
  if (suffix.startsWith('ات')) return 'plural';
  if (suffix === 'ه') return last === TEH_MARBUTA ? 'feminine' : 'bare';
  if (suffix === 'ي') return last === ALEF_MAKSURA ? 'bare' : 'nisba';
  // يه is ية (nisba) or the pronoun after ي (فيه، محاميه); يها is a pronoun after ي as well.
  if (suffix === 'يه') return last === TEH_MARBUTA ? 'nisba' : 'bare';
  if (suffix === 'يها') return 'bare';
  // ين is a plural or dual ending (مؤتمرين); the nisba's plural is يين.
  if (suffix === 'ين') return 'bare';
  if (suffix.startsWith('ي')) return 'nisba';
  return 'bare';
}

/** Whether an article word of class `article` may stand for a vocabulary word of class `label`. */
export function agrees(label: SuffixClass, article: SuffixClass): boolean {
  return ACCEPTS[label].has(article);
}
