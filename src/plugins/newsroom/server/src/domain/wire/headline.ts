import { clean, matchKey } from '../text/normalize';

/**
 * A headline proposed for copy that arrives without one: the main clause of the lead's first sentence — dateline,
 * hashtag marks, parenthetical and comma-enclosed asides, the attribution («قال … إن», "said that") and
 * trailing clauses dropped — at most MAX_HEADLINE_WORDS words, cut before a preposition or conjunction so
 * that it never ends mid-phrase — else the first section heading. npm run eval:headlines measures it against the
 * archive's real headlines.
 */
export const MAX_HEADLINE_WORDS = 12;

export interface HeadlineSource {
  /** The story's section headings, in order. */
  headings: readonly string[];
  /** The story's paragraphs, lead first. */
  paragraphs: readonly string[];
}

/** A clause shorter than this is not a headline: it is joined with what follows, or never cut to. */
const MIN_HEADLINE_WORDS = 4;
/** A comma-enclosed segment this short is an aside (a name after a title, a weekday): dropped. */
const MAX_ASIDE_WORDS = 3;
/**
 * A first clause shorter than this takes in the next segment (its object often follows an aside); a longer one
 * only a segment that still fits the headline.
 */
const JOIN_BELOW_WORDS = 8;
/** A long clause ends before a preposition or conjunction only if that keeps this many words. */
const MIN_PHRASE_CUT = 9;
/** A dateline ("بغداد - واع -", "LONDON (Reuters) -") is a dash within the first few words. */
const MAX_DATELINE_WORDS = 6;
/** The speaker kept before a colon ("البنتاغون: …") only when this short. */
const MAX_SPEAKER_WORDS = 6;

const key = (word: string): string => matchKey(word).replace(/[^\p{L}\p{N}]/gu, '');
const keySet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(key));

/** Where a phrase may end before: prepositions, conjunctions, relative pronouns (Arabic and English). */
const PHRASE_STARTERS = keySet([
  ...['في', 'من', 'إلى', 'على', 'عن', 'مع', 'منذ', 'حتى', 'لدى', 'عند', 'بين', 'حول', 'خلال', 'نحو', 'ضد'],
  ...['بعد', 'قبل', 'وسط', 'عقب', 'إثر', 'رغم', 'بسبب', 'ضمن', 'عبر', 'لصالح', 'بشأن', 'أمام', 'لدى'],
  ...['و', 'أو', 'ثم', 'لكن', 'بل', 'كما', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'حيث'],
  ...['وذلك', 'مما', 'ما', 'بما', 'أن', 'إن', 'بأن', 'لأن', 'كي', 'لكي', 'إذ', 'إذا', 'فيما', 'بينما'],
  ...['of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'as', 'after', 'before'],
  ...['that', 'which', 'who', 'where', 'while', 'amid', 'over', 'into', 'about', 'during', 'since'],
]);
/** A headline must not end on these: it would read as unfinished. */
const DANGLING = new Set([
  ...PHRASE_STARTERS,
  ...keySet(['لا', 'لم', 'لن', 'قد', 'ال', 'هذا', 'هذه', 'ذلك', 'تلك', 'أي', 'كل', 'بعض', 'غير', 'أحد']),
  ...keySet(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'these', 'not', 'has', 'have', 'is', 'was']),
]);
/** A trailing clause starts with these (after the main clause has enough words): cut there. */
const TRAILING_CLAUSE = keySet(['وذلك', 'حيث', 'مشيرا', 'مضيفا', 'لافتا', 'مؤكدا', 'موضحا', 'معتبرا', 'مشيرة']);
/** A fronted adverbial ("في إطار …،", "بعد أن …،") is dropped when the sentence goes on after its comma. */
const FRONTING = keySet([
  ...['في', 'وفي', 'بعد', 'وبعد', 'قبل', 'خلال', 'وسط', 'على', 'رغم', 'بالرغم', 'عقب', 'إثر', 'منذ', 'بينما', 'مع'],
  ...['in', 'after', 'before', 'during', 'amid', 'despite', 'following', 'since', 'with', 'while'],
]);
/** Attribution verbs, with و/ف prefixes and feminine forms: «قال …»، «أعلنت …». */
const ATTRIBUTION_VERBS = keySet(
  [
    ...['قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت', 'أوضح', 'أوضحت'],
    ...['صرح', 'صرحت', 'أشار', 'أشارت', 'رأى', 'رأت', 'اعتبر', 'اعتبرت', 'أضاف', 'أضافت', 'نفى', 'نفت'],
    ...['كشف', 'كشفت', 'أعلنت', 'يقول', 'تقول', 'أفادت', 'حذر', 'حذرت'],
  ].flatMap((verb) => [verb, `و${verb}`, `ف${verb}`]),
);
const ENGLISH_ATTRIBUTION = keySet(['said', 'says', 'announced', 'reported', 'stated', 'warned']);
/** «إن»، «أن»، «بأن», and with a pronoun («أنه»، «إنها»): the reported content starts after them. */
const REPORTED_THAT = keySet([
  'إن',
  'أن',
  'بأن',
  'أنه',
  'إنه',
  'أنها',
  'إنها',
  'أنهم',
  'إنهم',
  'بأنه',
  'بأنها',
  'that',
]);
/** Weekday and time words a speaker phrase carries ("المتحدث باسم البنتاغون الاثنين"). */
const TIME_WORDS = keySet([
  ...['اليوم', 'أمس', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  ...['on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday'],
]);
/** Up to MAX_DATELINE_WORDS words, then a dash with a space or bracket before it or a space after it. */
const DATELINE_DASH = new RegExp(
  `^(?:[^\\s]+\\s+){0,${MAX_DATELINE_WORDS - 1}}[^\\s]*?(?:[\\s)]+[-–—]{1,2}|[-–—]{1,2}\\s)\\s*`,
  'u',
);
const CLAUSE_COMMA = /\s*[،,؛;]\s*/u;

/**
 * The lead's main clause; the first heading only when the lead gives less than a headline's worth. Headings
 * come second because they lost on the archive: on the tuning half's 1,697 stories with one, the first heading
 * shared a key word with the real headline in 46% of them, the lead's main clause in 82%.
 */
export function proposeHeadline(source: HeadlineSource): string {
  const lead = source.paragraphs.find((paragraph) => paragraph.trim() !== '') ?? '';
  const fromLead = headlineFromLead(lead);
  if (wordsOf(fromLead).length >= MIN_HEADLINE_WORDS) return fromLead;
  const heading = source.headings.map(wordsOf).find((words) => words.length >= 2);
  return heading ? finish(heading) : fromLead;
}

/** The main clause of the paragraph's first sentence, as a headline (see the module comment). */
export function headlineFromLead(paragraph: string): string {
  const sentence = withoutAsides(withoutDateline(firstSentence(readable(paragraph))));
  const segments = sentence
    .split(CLAUSE_COMMA)
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '');
  if (segments.length > 1 && FRONTING.has(key(firstWord(segments[0]))) && !startsPhrase(firstWord(segments[1])))
    segments.shift();
  const [first = '', ...rest] = segments;
  let clause = wordsOf(first);
  for (const segment of rest.filter((segment) => !isAside(segment))) {
    const words = wordsOf(segment);
    if (clause.length >= JOIN_BELOW_WORDS && clause.length + words.length > MAX_HEADLINE_WORDS) break;
    clause = [...clause, ...words];
  }
  return finish(cutTrailingClause(reported(clause)));
}

/** Hashtag marks («#محمد_بن_سلمان») and quotes left unbalanced by the sentence cut removed. */
function readable(text: string): string {
  return clean(text)
    .replace(/#([\p{L}\p{M}\p{N}_]+)/gu, (_, tag: string) => tag.replace(/_/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Up to the first . ! ? ؟ … that is followed by a space or the end (so "3.5" does not end it). */
function firstSentence(paragraph: string): string {
  for (let index = 0; index < paragraph.length; index += 1) {
    if ('.!?؟…'.includes(paragraph[index]) && (index + 1 === paragraph.length || paragraph[index + 1] === ' ')) {
      return paragraph.slice(0, index + 1);
    }
  }
  return paragraph;
}

/**
 * "بغداد - واع - التقى …", «دبي، الإمارات العربية المتحدة (CNN)— قال …» → the sentence after the dateline: a
 * dash standing apart (a space or a bracket on one side, not "الإسرائيلية-التركية") in the first few words.
 */
function withoutDateline(sentence: string): string {
  let rest = sentence;
  for (let round = 0; round < 2; round += 1) {
    const dash = DATELINE_DASH.exec(rest);
    const after = dash === null ? '' : rest.slice(dash[0].length);
    // A dash near the end is punctuation, not a dateline: what follows must be a sentence.
    if (after.split(' ').length < MIN_HEADLINE_WORDS) break;
    rest = after;
  }
  return rest.trim();
}

/** Parenthetical asides «(واع)», "(Reuters)", «[…]» removed. */
function withoutAsides(sentence: string): string {
  return sentence
    .replace(/\s*\([^()]*\)/gu, '')
    .replace(/\s*\[[^[\]]*\]/gu, '')
    .trim();
}

/**
 * «قال المتحدث باسم البنتاغون إن أميركا ستتخذ …» → «المتحدث باسم البنتاغون: أميركا ستتخذ …», and "The minister
 * said on Tuesday that talks would resume" → "The minister: talks would resume": the reported content, after the
 * speaker and a colon when the speaker is short, the content alone otherwise. Time words leave the speaker.
 */
function reported(words: readonly string[]): string[] {
  const arabic = arabicAttribution(words) ?? englishAttribution(words);
  if (arabic === null || arabic.content.length < 2) return [...words];
  const speaker = arabic.speaker.filter((word) => !TIME_WORDS.has(key(word)));
  return speaker.length > 0 && speaker.length <= MAX_SPEAKER_WORDS
    ? [...speaker.slice(0, -1), `${speaker[speaker.length - 1]}:`, ...arabic.content]
    : arabic.content;
}

interface Attribution {
  speaker: string[];
  content: string[];
}

/** Verb first: «قال|أعلن|… <speaker> إن|أن <content>». */
function arabicAttribution(words: readonly string[]): Attribution | null {
  const verbAt = words.findIndex((word, index) => index < 2 && ATTRIBUTION_VERBS.has(key(word)));
  if (verbAt < 0) return null;
  const thatAt = words.findIndex((word, index) => index > verbAt && REPORTED_THAT.has(key(word)));
  if (thatAt < 0 || thatAt > verbAt + 1 + MAX_SPEAKER_WORDS * 2) return null;
  return { speaker: words.slice(verbAt + 1, thatAt), content: words.slice(thatAt + 1) };
}

/** Subject first: "<speaker> said (on Tuesday) (that) <content>". */
function englishAttribution(words: readonly string[]): Attribution | null {
  const verbAt = words.findIndex(
    (word, index) => index > 0 && index <= MAX_SPEAKER_WORDS * 2 && ENGLISH_ATTRIBUTION.has(key(word)),
  );
  if (verbAt < 0) return null;
  let contentAt = verbAt + 1;
  while (contentAt < words.length && TIME_WORDS.has(key(words[contentAt]))) contentAt += 1;
  if (contentAt < words.length && key(words[contentAt]) === 'that') contentAt += 1;
  return { speaker: words.slice(0, verbAt), content: words.slice(contentAt) };
}

/** The clause up to a trailing «وذلك …», «حيث …», «مشيراً …», when enough is left before it. */
function cutTrailingClause(words: readonly string[]): string[] {
  const at = words.findIndex((word, index) => index >= MIN_HEADLINE_WORDS && TRAILING_CLAUSE.has(key(word)));
  return at < 0 ? [...words] : words.slice(0, at);
}

/**
 * At most MAX_HEADLINE_WORDS words: a longer clause ends before a preposition, conjunction or relative pronoun
 * near the limit when there is one (a whole phrase), else at the limit; never on a dangling word (the words it
 * would end on are dropped); unbalanced quotes go.
 */
function finish(words: readonly string[]): string {
  let kept = [...words];
  if (kept.length > MAX_HEADLINE_WORDS) {
    let cut = MAX_HEADLINE_WORDS;
    while (cut > MIN_PHRASE_CUT && !startsPhrase(kept[cut])) cut -= 1;
    kept = kept.slice(0, startsPhrase(kept[cut]) ? cut : MAX_HEADLINE_WORDS);
  }
  while (kept.length > 1 && (DANGLING.has(key(kept[kept.length - 1])) || key(kept[kept.length - 1]) === '')) kept.pop();
  return balancedQuotes(trimPunctuation(kept.join(' ')));
}

/** A word that opens a new phrase: a preposition, conjunction or relative pronoun. */
function startsPhrase(word: string): boolean {
  return PHRASE_STARTERS.has(key(word));
}

/** «، قاسم الأعرجي،», «، الأربعاء،»: short, and not a phrase of its own («، على عفو شامل،» is one). */
function isAside(segment: string): boolean {
  const words = wordsOf(segment);
  return words.length <= MAX_ASIDE_WORDS && !startsPhrase(words[0] ?? '');
}

function wordsOf(text: string): string[] {
  return readable(text)
    .split(' ')
    .filter((word) => word !== '');
}

function firstWord(text: string): string {
  return text.split(' ', 1)[0] ?? '';
}

function trimPunctuation(text: string): string {
  return text.replace(/^[\s\-–—:،,;؛]+/u, '').replace(/[\s\-–—:،,;؛.!?؟…]+$/u, '');
}

/** A quote the cut left open (or whose opening the cut removed) is dropped. */
function balancedQuotes(text: string): string {
  let result = text;
  for (const [open, close] of [
    ['«', '»'],
    ['“', '”'],
  ] as const) {
    if (result.split(open).length !== result.split(close).length)
      result = result.split(open).join('').split(close).join('');
  }
  if ((result.match(/"/g) ?? []).length % 2 === 1) result = result.replace(/"/g, '');
  return result.trim();
}
