import { nextToken, type TokenSpan } from '../text/tokenize';

/**
 * A text cut into the pieces a diff works on: words as the text core tokenizes them (tashkeel, tatweel and
 * invisible joiners stay inside their word, so a diff never splits a word into letters), and between words
 * one piece per run of whitespace and one per other character (punctuation, symbols, emoji), so that adding
 * a comma does not replace the space after it. Joined, the pieces are the text exactly.
 */
export interface Pieces {
  texts: string[];
  /** Whether each piece is a word (true) or a separator. */
  isWord: boolean[];
}

const WHITESPACE = /\s/u;

function pushSeparators(text: string, from: number, to: number, pieces: Pieces): void {
  let whitespaceStart = -1;
  let index = from;
  while (index < to) {
    const code = text.codePointAt(index) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const character = text.slice(index, index + width);
    if (WHITESPACE.test(character)) {
      if (whitespaceStart < 0) whitespaceStart = index;
    } else {
      if (whitespaceStart >= 0) {
        pieces.texts.push(text.slice(whitespaceStart, index));
        pieces.isWord.push(false);
        whitespaceStart = -1;
      }
      pieces.texts.push(character);
      pieces.isWord.push(false);
    }
    index += width;
  }
  if (whitespaceStart >= 0) {
    pieces.texts.push(text.slice(whitespaceStart, to));
    pieces.isWord.push(false);
  }
}

export function piecesOf(text: string): Pieces {
  const pieces: Pieces = { texts: [], isWord: [] };
  const span: TokenSpan = { start: 0, end: 0, kind: 'number' };
  let from = 0;
  while (nextToken(text, from, text.length, span, true)) {
    pushSeparators(text, from, span.start, pieces);
    pieces.texts.push(text.slice(span.start, span.end));
    pieces.isWord.push(true);
    from = span.end;
  }
  pushSeparators(text, from, text.length, pieces);
  return pieces;
}
