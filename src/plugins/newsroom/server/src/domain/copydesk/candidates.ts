/**
 * Corrections for a word written without one of two identical adjacent letters — what happens when
 * the shadda-less spelling is typed by hand: اللجنة → الجنة, المؤسسات → المؤسات, يعزز → يعز, and the
 * لل of the preposition لـ + ال → لتعاون. The candidates are the word with each letter doubled in turn.
 */
import { spellingKey } from './words';

export interface DoubledLetterCandidate {
  /** The word as written with one letter doubled (its tashkeel kept). */
  text: string;
  key: string;
  /** UTF-16 index, in the word, of the letter that was doubled. */
  at: number;
}

const SHADDA = 0x0651;
const WAW = 0x0648;

/** Letters that are never written twice in a row in Arabic: alef and its hamza forms, alef maksura, taa marbuta, hamza. */
const NEVER_DOUBLED = new Set([0x0621, 0x0622, 0x0623, 0x0625, 0x0627, 0x0629, 0x0649, 0x0671]);

function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640 || (code >= 0x06d6 && code <= 0x06ed);
}

/** The distinct doubled-letter spellings of `word` (by spelling key), in the order of the letters. */
export function doubledLetterCandidates(word: string): DoubledLetterCandidate[] {
  const candidates: DoubledLetterCandidate[] = [];
  const seen = new Set<string>();
  let previousLetter = -1;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (isMark(code)) continue;
    const letter = code;
    // A letter already written twice, or carrying a shadda, is not missing its twin.
    let next = index + 1;
    let hasShadda = false;
    while (next < word.length && isMark(word.charCodeAt(next))) {
      if (word.charCodeAt(next) === SHADDA) hasShadda = true;
      next++;
    }
    const doubledAlready = letter === previousLetter || (next < word.length && word.charCodeAt(next) === letter);
    previousLetter = letter;
    if (!isArabicLetter(letter) || NEVER_DOUBLED.has(letter) || hasShadda || doubledAlready) continue;
    // وو at the start is the conjunction و before a word that starts with و: a dropped word, not a
    // dropped doubled letter, and sentence openings (وقع / ووقع) read right either way.
    if (letter === WAW && index === 0) continue;
    const text = word.slice(0, index + 1) + word[index] + word.slice(index + 1);
    const key = spellingKey(text);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ text, key, at: index });
  }
  return candidates;
}
