import { clean } from '../text/normalize';
import { agencyNamedBy, keyWords } from './agencies';

/**
 * The words copy writes before an author's name — «كتب:», «كتبت :», «بقلم الزميل», «إعداد وتحرير:»,
 * «كتـــب -», "By" — and the honorifics between them and the name («الزميلة», «الكاتب», «د.»). They are
 * credits, never part of a name, so they are taken off in every field an author is read from.
 * Words are compared by `keyWords` (matchKey), so hamza, tatweel («كتــب»), tashkeel and case do not matter.
 */
const CREDIT_VERBS = new Set(
  [
    'كتب',
    'كتبت',
    'كتبه',
    'كتبها',
    'بقلم',
    'إعداد',
    'أعد',
    'أعدت',
    'تحرير',
    'حرر',
    'تقرير',
    'متابعة',
    'ترجمة',
    'by',
  ].flatMap(keyWords),
);
/** A second verb joined by و: «إعداد وتحرير», «كتب وحرر». */
const JOINED_VERB_PREFIX = 'و';
const HONORIFICS = new Set(
  [
    'الزميل',
    'الزميلة',
    'زميلنا',
    'زميلتنا',
    'الكاتب',
    'الكاتبة',
    'الصحفي',
    'الصحفية',
    'الصحافي',
    'الصحافية',
    'الأستاذ',
    'الأستاذة',
    'الدكتور',
    'الدكتورة',
    'مراسلنا',
    'مراسلتنا',
    'المحرر',
    'المحررة',
  ].flatMap(keyWords),
);
/** Between a credit verb and the name: a colon or a dash (tatweel too), with or without spaces. */
const SEPARATOR = /^[\s:：\-–—ـ_]*/;
/** The next word: up to a space, a colon or a dash (tatweel stays inside: it may be kashida). */
const WORD = /^[^\s:：\-–—]+/;

export interface CreditPrefix {
  /** The text after the prefix, or the whole text when it has none. */
  rest: string;
  /** True when a credit verb («كتب», «بقلم», …) opened the text. */
  hadVerb: boolean;
}

function nextWord(text: string): { word: string; key: string; after: string } | null {
  const match = WORD.exec(text);
  if (!match) return null;
  const key = keyWords(match[0]).join(' ');
  return { word: match[0], key, after: text.slice(match[0].length) };
}

function skipSeparator(text: string): string {
  return text.replace(SEPARATOR, '');
}

/** «د.» for «الدكتور», written with its dot (without it, «د» opens the agency «د ب أ»). */
const DOCTOR = /^د\.\s*/;

/** Honorifics at the start: «الزميلة منى» → «منى», «د. أحمد» → «أحمد»; an agency's name is left whole («د.ب.أ»). */
function stripHonorifics(text: string): string {
  if (agencyNamedBy(text) !== null) return text;
  let rest = text;
  for (;;) {
    const next = nextWord(rest);
    const after = DOCTOR.test(rest)
      ? rest.replace(DOCTOR, '')
      : next && HONORIFICS.has(next.key)
        ? skipSeparator(next.after)
        : null;
    if (after === null || after === '') return rest; // «الزميل» alone is left as written
    rest = after;
  }
}

/** Takes a credit verb, a joined second verb and honorifics off the start of `text`. */
export function stripCreditPrefix(text: string): CreditPrefix {
  const start = clean(text).trim();
  const verb = nextWord(start);
  if (!verb || !CREDIT_VERBS.has(verb.key)) return { rest: stripHonorifics(start), hadVerb: false };
  let rest = skipSeparator(verb.after);
  const joined = nextWord(rest);
  if (joined && joined.key.startsWith(JOINED_VERB_PREFIX) && CREDIT_VERBS.has(joined.key.slice(1))) {
    rest = skipSeparator(joined.after);
  }
  rest = stripHonorifics(rest).trim();
  return rest === '' ? { rest: start, hadVerb: false } : { rest, hadVerb: true };
}

/** A photographer's or other credit in brackets after a name: «عماد الحكمي (تصوير عبدالعزيز النزهة)». */
const BRACKETED_REMARK = /\s*\([^()]*\)\s*/g;

/** A person's name as an author record should hold it: no credit verb, honorific or bracketed remark. */
export function personNameFrom(written: string): string {
  return clean(stripCreditPrefix(written).rest.replace(BRACKETED_REMARK, ' ')).trim();
}

/** Words that never stand in a name: a line of them after «تقرير:» is a headline («تقرير: ترامب … في …»). */
const NOT_IN_NAMES = new Set(
  [
    'في',
    'من',
    'إلى',
    'عن',
    'مع',
    'هو',
    'هي',
    'هذا',
    'هذه',
    'التي',
    'الذي',
    'أن',
    'إن',
    'لا',
    'ما',
    'قد',
    'بين',
    'حول',
    'بعد',
    'قبل',
    'عدم',
    'يكشف',
    'تكشف',
  ].flatMap(keyWords),
);
/**
 * Bylines name people in two to four words (the archive's longest: «مها بن عبد العظيم», «طه عبد الناصر رمضان»).
 * Five words after «تقرير:» are a headline more often than a name («ترامب وكوشنر يناقشان الأعمال المشتركة»).
 */
export const MAX_PERSON_WORDS = 4;

/** Whether a credited name reads as a person's: short, no digits, quotes or words that only sentences use. */
export function looksLikePersonName(name: string): boolean {
  const words = keyWords(name);
  return (
    words.length > 0 &&
    words.length <= MAX_PERSON_WORDS &&
    !/[\d"«»“”!?؟…:]|\.\./.test(name) &&
    !words.some((word) => NOT_IN_NAMES.has(word))
  );
}
