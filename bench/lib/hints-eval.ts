/**
 * Scoring copy-desk hints for `npm run eval:hints`: recall on known typos and flags on clean text.
 * Pure functions, so the figures the script prints are unit-tested.
 */
import { matchKey } from '../../src/plugins/newsroom/server/src/domain/text/normalize';
import type { TypoHint } from '../../src/plugins/newsroom/server/src/domain/copydesk';
import type { CorpusArticle } from './corpus';

export interface KnownTypo {
  word: string;
  correction: string;
}

export interface TypoRecall<H = TypoHint> {
  word: string;
  correction: string;
  /** Places the word is written in the text, and how many of them got the right hint. */
  occurrences: number;
  found: number;
  /** The hint's evidence at the first place found, for the report. */
  hint?: H;
}

/** Places where `word` stands alone in `text` (not inside a longer word). */
function occurrencesOf(text: string, word: string): number[] {
  const letter = /[\p{L}\p{M}\p{N}]/u;
  const places: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!letter.test(text[at - 1] ?? ' ') && !letter.test(text[at + word.length] ?? ' ')) places.push(at);
  }
  return places;
}

/** For each known typo: how many of its places got a hint proposing its correction. */
export function recallOn<H extends Pick<TypoHint, 'start' | 'suggestion'> = TypoHint>(
  text: string,
  hints: readonly H[],
  typos: readonly KnownTypo[],
): TypoRecall<H>[] {
  return typos.map(({ word, correction }) => {
    const places = occurrencesOf(text, word);
    const right = hints.filter(
      (hint) => places.includes(hint.start) && matchKey(hint.suggestion) === matchKey(correction),
    );
    return { word, correction, occurrences: places.length, found: right.length, hint: right[0] };
  });
}

/** The text of a corpus article as the desk would check it: title, then the body (the abstract is usually its first lines). */
export function articleText(article: CorpusArticle): string {
  const abstract = article.abstract.trim();
  const withAbstract = abstract !== '' && !article.text.startsWith(abstract.slice(0, 40));
  return [article.title, withAbstract ? abstract : '', article.text].filter((part) => part !== '').join('\n');
}

/** A few words either side of a hint, with the word marked, for a person to judge it. */
export function inContext(text: string, hint: Pick<TypoHint, 'start' | 'end'>, reach = 40): string {
  const from = Math.max(0, hint.start - reach);
  const to = Math.min(text.length, hint.end + reach);
  const flat = (part: string) => part.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, hint.start))}[${text.slice(hint.start, hint.end)}]${flat(text.slice(hint.end, to))}${to < text.length ? '…' : ''}`;
}

/** An Arabic letter or haraka (U+0621–U+0652) at `index`. */
const inArabicWord = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code >= 0x0621 && code <= 0x0652;
};

/**
 * The text with one doubled letter written once, as a hand without shadda would: the first word (from
 * `from`) with two identical adjacent Arabic letters loses one of them. Null when no word has such a pair.
 */
export function dropOneDoubledLetter(
  text: string,
  from = 0,
): { text: string; start: number; word: string; correction: string } | null {
  const pair = /([\u0628-\u063a\u0641-\u064a])\1/gu;
  pair.lastIndex = from;
  for (let match = pair.exec(text); match; match = pair.exec(text)) {
    let start = match.index;
    while (start > 0 && inArabicWord(text, start - 1)) start--;
    let end = match.index + 2;
    while (end < text.length && inArabicWord(text, end)) end++;
    const correction = text.slice(start, end);
    if (correction.length < 4) continue;
    const word = correction.slice(0, match.index - start) + correction.slice(match.index - start + 1);
    return { text: text.slice(0, start) + word + text.slice(end), start, word, correction };
  }
  return null;
}
