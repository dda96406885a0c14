/**
 * The headline proposer as it was before domain/wire/headline.ts (parse-wire.ts's `proposeTitle` up to commit
 * 87716dd), kept here only so that `npm run eval:headlines` can compare the two: the first sentence of the lead
 * cut to 90 characters at a clause comma, else at a word boundary without a dangling preposition.
 */
import { keyWords } from '../../src/plugins/newsroom/server/src/domain/wire/agencies';

const CLOSING_PUNCTUATION = new Set(['.', '!', '?', '؟', ':', '…', '،', ',', ';', '؛']);
const MAX_PROPOSED_TITLE_LENGTH = 90;
const MIN_CLAUSE_CUT = MAX_PROPOSED_TITLE_LENGTH / 2;
const DANGLING_WORDS = new Set(
  [
    ...['في', 'من', 'إلى', 'على', 'عن', 'مع', 'و', 'أو', 'ثم', 'بين', 'حول', 'خلال', 'لدى', 'عند'],
    ...['الذي', 'التي', 'الذين', 'أن', 'إن', 'لا', 'ما', 'قد', 'كما', 'بعد', 'قبل', 'ضد', 'نحو'],
  ].flatMap(keyWords),
);

export function proposeTitleBefore(paragraph: string): string {
  const sentence = trimTrailingPunctuation(firstSentence(paragraph));
  if (sentence.length <= MAX_PROPOSED_TITLE_LENGTH) return sentence;
  const window = sentence.slice(0, MAX_PROPOSED_TITLE_LENGTH + 1);
  const clauseCut = Math.max(
    window.lastIndexOf('،'),
    window.lastIndexOf(','),
    window.lastIndexOf('؛'),
    window.lastIndexOf(';'),
  );
  if (clauseCut >= MIN_CLAUSE_CUT) return trimTrailingPunctuation(sentence.slice(0, clauseCut));
  const words = window.slice(0, Math.max(window.lastIndexOf(' '), 0)).split(' ');
  while (words.length > 1 && DANGLING_WORDS.has(keyWords(words[words.length - 1])[0] ?? '')) words.pop();
  const title = trimTrailingPunctuation(words.join(' '));
  return title === ''
    ? trimTrailingPunctuation(Array.from(sentence).slice(0, MAX_PROPOSED_TITLE_LENGTH).join(''))
    : title;
}

function firstSentence(paragraph: string): string {
  for (let index = 0; index < paragraph.length; index += 1) {
    if ('.!?؟…'.includes(paragraph[index]) && (index + 1 === paragraph.length || paragraph[index + 1] === ' ')) {
      return paragraph.slice(0, index + 1);
    }
  }
  return paragraph;
}

function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && (CLOSING_PUNCTUATION.has(text[end - 1]) || text[end - 1] === ' ' || text[end - 1] === '-'))
    end -= 1;
  return text.slice(0, end);
}
