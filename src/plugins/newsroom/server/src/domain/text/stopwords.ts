/**
 * Stopwords: function words only (prepositions, pronouns, conjunctions, particles,
 * demonstratives, relative pronouns), written out here for this project. Content words stay
 * even when frequent, because a dropped word breaks the phrases built on it: عام (year, general)
 * is needed for الأمين العام, قال and كان carry meaning in news, غير/كل/بعض start noun phrases.
 *
 * Words are listed as they are spelled; the exported sets hold their `matchKey` forms, which is
 * what the analyzer compares. Where folding makes a function word collide with a common content
 * word or name, the function word is left out: أم (or / mother), سوى (except / equal), كي
 * (so that / the Ki of Ban Ki-moon), لي (to me / the name Li), كم (how many / km), أمام (before /
 * إمام imam), مثل (like / مثّل represented), عبر (across / عبّر expressed). Four collisions are too
 * frequent to give up either side; `isStopword` settles them on the spelling (see SPELLING_DECIDES).
 */
import { requireString } from './guard';
import { matchKey } from './normalize';

const ARABIC_FUNCTION_WORDS: readonly string[] = [
  // Prepositions, alone and with pronoun suffixes.
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'منذ', 'حتى', 'لدى', 'عند', 'بين', 'حول', 'دون', 'ضد',
  'خلال', 'نحو', 'قبل', 'بعد', 'تحت', 'فوق', 'أثناء',
  'فيه', 'فيها', 'فيهم', 'فيهما', 'منه', 'منها', 'منهم', 'منهما', 'إليه', 'إليها', 'إليهم',
  'عليه', 'عليها', 'عليهم', 'عنه', 'عنها', 'عنهم', 'معه', 'معها', 'معهم', 'له', 'لها', 'لهم',
  'لهما', 'لنا', 'لكم', 'به', 'بها', 'بهم', 'عنده', 'عندها', 'عندهم', 'لديه', 'لديها', 'لديهم',
  'بينهم', 'بينهما', 'منا', 'عنا', 'علينا', 'إلينا', 'معنا', 'فينا', 'بنا',
  // Clitic letters written apart (بـ "ذا فويس"), and the article written apart (الـ CNN).
  'و', 'ف', 'ب', 'ل', 'ك', 'ال',
  // Pronouns.
  'هو', 'هي', 'هم', 'هما', 'هن', 'أنا', 'نحن', 'أنت', 'أنتم', 'أنتما', 'أنتن', 'إياه', 'إياها', 'إياهم',
  // Demonstratives.
  'هذا', 'هذه', 'هذان', 'هذين', 'هاتان', 'هاتين', 'هؤلاء', 'ذلك', 'تلك', 'ذاك', 'أولئك', 'هنا',
  'هناك', 'هنالك', 'كذلك', 'لذلك',
  // Relative pronouns (من and ما are listed above and below).
  'الذي', 'التي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللاتي', 'اللواتي', 'اللائي',
  // Conjunctions.
  'ثم', 'أو', 'بل', 'لكن', 'لكنه', 'لكنها', 'إذ', 'إذا', 'لو', 'لولا', 'لكي', 'إما', 'أما', 'بينما',
  'حيث', 'حيثما', 'عندما', 'كلما', 'لما', 'كما', 'فيما', 'بما', 'مما', 'عما', 'لذا', 'لأن', 'لأنه',
  'لأنها',
  // Particles: negation, interrogation, emphasis, exception, vocative, future.
  'أن', 'إن', 'أنه', 'أنها', 'أنهم', 'إنه', 'إنها', 'بأن', 'بأنه', 'بأنها', 'قد', 'لقد', 'لم', 'لن', 'لا',
  'ما', 'هل', 'سوف', 'ليس', 'ليست', 'إلا', 'ألا', 'لعل', 'ليت', 'ربما', 'إنما', 'أي', 'أيها', 'يا',
  'متى', 'أين', 'كيف', 'لماذا', 'ماذا',
  // The same words with the conjunctions و and ف attached, as they are written.
  'وفي', 'ومن', 'وعن', 'ومع', 'وهو', 'وهي', 'وقد', 'ولم', 'ولن', 'ولا', 'وما', 'وأن', 'وإن', 'وإذا',
  'ولكن', 'وكذلك', 'وهذا', 'وهذه', 'وذلك', 'وتلك', 'والذي', 'والتي', 'والذين', 'وبين', 'وبعد',
  'وقبل', 'وخلال', 'ومنذ', 'وحتى', 'وعلى', 'وإلى', 'فإن', 'فقد', 'فلا', 'فما', 'فهو', 'فهي', 'فلم',
];

const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  // "us", "who", "may", "am" are left out: after lowercasing they are also US, WHO, May, AM.
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'as', 'because',
  'while', 'although', 'though', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'without',
  'about', 'into', 'onto', 'over', 'under', 'between', 'through', 'during', 'before', 'after',
  'above', 'below', 'against', 'among', 'within', 'per', 'via', 'i', 'me', 'my', 'we', 'our', 'you',
  'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their', 'this', 'that',
  'these', 'those', 'there', 'here', 'which', 'what', 'whom', 'whose', 'when', 'where', 'why', 'how',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'might', 'must', 'not', 'no',
];

/** The matchKey forms of `words`, as a set. */
export function stopwordSet(words: Iterable<string>): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const word of words) {
    const key = matchKey(word);
    if (key !== '') keys.add(key);
  }
  return keys;
}

export const ARABIC_STOPWORDS: ReadonlySet<string> = stopwordSet(ARABIC_FUNCTION_WORDS);
export const ENGLISH_STOPWORDS: ReadonlySet<string> = stopwordSet(ENGLISH_FUNCTION_WORDS);
export const DEFAULT_STOPWORDS: ReadonlySet<string> = new Set([...ARABIC_STOPWORDS, ...ENGLISH_STOPWORDS]);

/**
 * Keys where ى → ي or أ/آ → ا makes a function word collide with a frequent content word, and
 * the spellings (after removing tashkeel and tatweel only) that are the function word:
 * على (on) vs the name علي; إلى (to) vs آلي (automatic) and والي (governor); بأن (that) vs بان (the
 * Ban of Ban Ki-moon; appeared). Copy that types على as علي keeps it as a term: a little noise,
 * where the other choice would delete every Ali.
 */
const SPELLING_DECIDES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['علي', new Set(['على'])],
  ['وعلي', new Set(['وعلى'])],
  ['الي', new Set(['إلى', 'الى', 'إلي', 'الي'])],
  ['والي', new Set(['وإلى', 'والى'])],
  ['بان', new Set(['بأن', 'بإن'])],
]);

/** `word` with only tashkeel, tatweel and invisible characters removed: its spelling. */
function spelling(word: string): string {
  let result = '';
  for (const char of word.normalize('NFC')) {
    const code = char.charCodeAt(0);
    const isMark = (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
    const isInvisible = (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || code === 0x061c;
    if (!isMark && !isInvisible) result += char;
  }
  return result;
}

/**
 * Whether the token `word`, whose matchKey is `key`, is a stopword in `stopwords`. `key` is
 * passed in because the analyzer has already computed it.
 */
export function isStopword(key: string, word: string, stopwords: ReadonlySet<string>): boolean {
  requireString(key, 'isStopword', 'key');
  requireString(word, 'isStopword', 'word');
  if (!stopwords.has(key)) return false;
  const functionSpellings = SPELLING_DECIDES.get(key);
  return functionSpellings === undefined || functionSpellings.has(spelling(word));
}
