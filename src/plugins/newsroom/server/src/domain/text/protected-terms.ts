/**
 * Protected terms: names, places and organisations from the topic vocabulary, which the stemmer
 * must not touch (every light stemmer turns البحرين into بحر, and بحر is "sea"). A word is
 * protected when its matchKey is a protected term's matchKey, possibly behind the clitics Arabic
 * attaches in front of a name: a conjunction و/ف, then a preposition ب/ك/ل, then the article ال
 * (ل + ال is written لل). So with البحرين protected, والبحرين, بالبحرين and للبحرين are البحرين;
 * with ناتو protected, الناتو and والناتو are ناتو. Only forms stripped to a protected key match,
 * which is how "strip ال only where the term has none" falls out: البحرين never loses its ال.
 */
import { matchKey } from './normalize';
import { tokenTexts } from './tokenize';

const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بكل';
const ARTICLE = 'ال';
/** Letters that must remain after the clitics, so that a bare clitic never matches. */
const MIN_REMAINDER = 2;

export interface ProtectedTermMatcher {
  /** The protected term (matchKey form) that the word with key `key` is, or null. */
  match(key: string, isArabic: boolean): string | null;
  /** Protected terms of more than one token: kept for phrase matching, not matched per word. */
  readonly phrases: readonly string[];
}

function startsWithOneOf(key: string, letters: string): boolean {
  return key.length > MIN_REMAINDER && letters.includes(key[0]);
}

export function createProtectedTermMatcher(terms: readonly string[]): ProtectedTermMatcher {
  const words = new Set<string>();
  const phrases: string[] = [];
  for (const term of terms) {
    const key = matchKey(term);
    if (key === '') continue;
    // One token exactly: multi-word names (حلف شمال الأطلسي) cannot match a single word.
    const tokens = tokenTexts(key);
    if (tokens.length === 1 && tokens[0] === key) words.add(key);
    else phrases.push(key);
  }

  /** `key` itself, else `key` without the article. */
  function withOrWithoutArticle(key: string): string | null {
    if (words.has(key)) return key;
    if (
      key.startsWith(ARTICLE) &&
      key.length - ARTICLE.length >= MIN_REMAINDER &&
      words.has(key.slice(ARTICLE.length))
    ) {
      return key.slice(ARTICLE.length);
    }
    return null;
  }

  /** After an optional conjunction: an optional preposition, then the article rules. */
  function afterConjunction(key: string): string | null {
    const found = withOrWithoutArticle(key);
    if (found !== null || !startsWithOneOf(key, PREPOSITIONS)) return found;
    // لل + word is ل + ال + word with the alef elided (للبحرين, للناتو); لبنان after ل is للبنان too.
    if (key.startsWith('لل') && key.length - 2 >= MIN_REMAINDER) {
      const elided = withOrWithoutArticle(ARTICLE + key.slice(2));
      if (elided !== null) return elided;
    }
    return withOrWithoutArticle(key.slice(1));
  }

  function match(key: string, isArabic: boolean): string | null {
    if (words.size === 0) return null;
    if (!isArabic) return words.has(key) ? key : null;
    const found = afterConjunction(key);
    if (found !== null || !startsWithOneOf(key, CONJUNCTIONS)) return found;
    return afterConjunction(key.slice(1));
  }

  return { match, phrases };
}
