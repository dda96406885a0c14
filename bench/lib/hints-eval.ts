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

export interface TypoRecall {
  word: string;
  correction: string;
  /** Places the word is written in the text, and how many of them got the right hint. */
  occurrences: number;
  found: number;
  /** The hint's evidence at the first place found, for the report. */
  hint?: TypoHint;
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
export function recallOn(text: string, hints: readonly TypoHint[], typos: readonly KnownTypo[]): TypoRecall[] {
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
