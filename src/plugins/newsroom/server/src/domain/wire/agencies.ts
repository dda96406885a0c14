import { clean, matchKey } from '../text/normalize';

/**
 * News agencies that wire copy credits, and a matcher that finds them in bylines and body text.
 * Matching compares `matchKey` word tokens, so hamza, taa marbuta, tashkeel, case and the dots in
 * "د.ب.أ" or "العربية.نت" do not matter.
 */
export interface AgencyDefinition {
  /** The one name reported for the agency, whichever alias was written. */
  name: string;
  /** Aliases unlikely to mean anything else: found anywhere. */
  distinctive: readonly string[];
  /**
   * Aliases that are also ordinary words or places (واع "aware", الأناضول "Anatolia", SPA):
   * found in a byline, in brackets "(واع)", or right after an attribution verb ("نقلت", "بحسب").
   */
  ambiguous?: readonly string[];
  /** What the source is, for the source content type's `kind`; a news agency unless said otherwise. */
  kind?: 'news_agency' | 'broadcaster' | 'website';
}

export const KNOWN_AGENCIES: readonly AgencyDefinition[] = [
  { name: 'رويترز', distinctive: ['رويترز', 'وكالة رويترز', 'Reuters'] },
  {
    name: 'فرانس برس',
    distinctive: [
      'فرانس برس',
      'وكالة فرانس برس',
      'أ ف ب',
      'وكالة الأنباء الفرنسية',
      'الوكالة الفرنسية للأنباء',
      'AFP',
      'Agence France-Presse',
      // Misspellings in the archive's AUTHOR field ("طوكيو - فراس برس", "برلين - فراني برس").
      'فراس برس',
      'فراني برس',
    ],
  },
  {
    name: 'أسوشيتد برس',
    distinctive: [
      'أسوشيتد برس',
      'أسوشيتيد برس',
      'أسوشيتدبرس',
      'وكالة أسوشيتد برس',
      'Associated Press',
      // Spellings in the archive's AUTHOR field.
      'أسوشييتد برس',
      'الأسوشيتد برس',
      'أسوشتيد برس',
      'أشوستيد برس',
      'أسوشيتدر برس',
    ],
    ambiguous: ['AP', 'أ ب'],
  },
  { name: 'د ب أ', distinctive: ['د ب أ', 'وكالة الأنباء الألمانية', 'DPA'] },
  { name: 'الأناضول', distinctive: ['وكالة الأناضول', 'Anadolu Agency'], ambiguous: ['الأناضول', 'Anadolu'] },
  { name: 'وكالة الأنباء العراقية', distinctive: ['وكالة الأنباء العراقية'], ambiguous: ['واع', 'INA'] },
  { name: 'وام', distinctive: ['وكالة أنباء الإمارات', 'وكالة الأنباء الإماراتية'], ambiguous: ['وام', 'WAM'] },
  {
    name: 'واس',
    distinctive: ['وكالة الأنباء السعودية', 'وكالة الأنباء السعودية الرسمية', 'وكالة الأنباء الرسمية السعودية'],
    ambiguous: ['واس', 'SPA'],
  },
  // Agencies the archive's text credits as "وكالة الأنباء … (ABBR)"; the abbreviations are also ordinary
  // words or places (قنا is a city in Egypt, سبأ a kingdom, بترا Petra), so they count in a byline or in brackets.
  { name: 'وكالة الأنباء القطرية', distinctive: ['وكالة الأنباء القطرية'], ambiguous: ['قنا', 'QNA'] },
  { name: 'وكالة الأنباء الكويتية', distinctive: ['وكالة الأنباء الكويتية', 'كونا', 'KUNA'] },
  {
    name: 'وكالة الأنباء السورية',
    distinctive: ['وكالة الأنباء السورية', 'الوكالة العربية السورية للأنباء', 'سانا', 'SANA'],
  },
  { name: 'وكالة الأنباء الفلسطينية', distinctive: ['وكالة الأنباء الفلسطينية'], ambiguous: ['وفا', 'WAFA'] },
  { name: 'وكالة الأنباء الإيرانية', distinctive: ['وكالة الأنباء الإيرانية', 'إرنا', 'IRNA'] },
  { name: 'وكالة الأنباء اليمنية', distinctive: ['وكالة الأنباء اليمنية'], ambiguous: ['سبأ'] },
  { name: 'وكالة الأنباء الأردنية', distinctive: ['وكالة الأنباء الأردنية'], ambiguous: ['بترا', 'Petra'] },
  {
    name: 'وكالة أنباء الشرق الأوسط',
    distinctive: ['وكالة أنباء الشرق الأوسط', 'أ ش أ', 'MENA'],
  },
  { name: 'تاس', distinctive: ['وكالة تاس', 'TASS'], ambiguous: ['تاس'] },
  { name: 'سبوتنيك', distinctive: ['سبوتنيك', 'وكالة سبوتنيك', 'Sputnik'] },
  { name: 'شينخوا', distinctive: ['شينخوا', 'وكالة شينخوا', 'Xinhua'] },
  // Outlets: the archive credits them in the byline ("أبوظبي - سكاي نيوز عربية") and in its SRC field.
  { name: 'سكاي نيوز عربية', distinctive: ['سكاي نيوز عربية', 'Sky News Arabia'], kind: 'broadcaster' },
  { name: 'العربية.نت', distinctive: ['العربية.نت', 'Al Arabiya English', 'العربية.ت', 'العربية.نم'], kind: 'website' },
  { name: 'قناة العربية', distinctive: ['قناة العربية', 'Al Arabiya'], ambiguous: ['العربية'], kind: 'broadcaster' },
  { name: 'قناة الحدث', distinctive: ['قناة الحدث', 'Al Hadath'], ambiguous: ['الحدث'], kind: 'broadcaster' },
  { name: 'فرانس 24', distinctive: ['فرانس 24', 'فرانس24', 'France 24', 'FRANCE24'], kind: 'broadcaster' },
  { name: 'بي بي سي عربي', distinctive: ['بي بي سي عربي', 'بي بي سي', 'BBC Arabic', 'BBC'], kind: 'broadcaster' },
  {
    name: 'سي إن إن بالعربية',
    distinctive: ['سي إن إن بالعربية', 'سي إن إن', 'CNN Arabic', 'CNN'],
    kind: 'broadcaster',
  },
  {
    name: 'البوابة العربية للأخبار التقنية',
    // "البواية" and the missing space are misspellings found in the archive's bylines.
    distinctive: [
      'البوابة العربية للأخبار التقنية',
      'البواية العربية للأخبار التقنية',
      'البوابة العربيةللأخبار التقنية',
    ],
    kind: 'website',
  },
  { name: 'وكالات', distinctive: [], ambiguous: ['وكالات'] },
];

/** Verbs and phrases that introduce a source: "نقلت وكالة…", "بحسب واع", "قالت لوكالة…". */
const ATTRIBUTION_CUES = [
  'نقلت',
  'نقل',
  'نقلا',
  'ذكرت',
  'ذكر',
  'قالت',
  'قال',
  'أفادت',
  'أفاد',
  'أوردت',
  'أورد',
  'أعلنت',
  'بحسب',
  'حسب',
  'وفق',
  'وفقا',
  'according',
  'told',
];
/** Attached clitics tried off the front of a word: و ف ب ل ك ("ولرويترز", "لوكالة"). */
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** How many words back an attribution cue may stand ("نقلت اليوم وكالة…"). */
const CUE_WINDOW = 3;

interface AliasEntry {
  agency: string;
  words: readonly string[];
  ambiguous: boolean;
}

/** Word tokens of a match key: letters, marks and digits; everything else separates. */
export function keyWords(text: string): string[] {
  return matchKey(text)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '');
}

const ALIASES_BY_FIRST_WORD: ReadonlyMap<string, readonly AliasEntry[]> = buildAliasIndex();
const CUE_KEYS: ReadonlySet<string> = new Set(ATTRIBUTION_CUES.flatMap(keyWords));

function buildAliasIndex(): Map<string, AliasEntry[]> {
  const index = new Map<string, AliasEntry[]>();
  for (const agency of KNOWN_AGENCIES) {
    const add = (alias: string, ambiguous: boolean): void => {
      const words = keyWords(alias);
      const entries = index.get(words[0]) ?? [];
      entries.push({ agency: agency.name, words, ambiguous });
      entries.sort((a, b) => b.words.length - a.words.length); // longest alias wins
      index.set(words[0], entries);
    };
    agency.distinctive.forEach((alias) => add(alias, false));
    (agency.ambiguous ?? []).forEach((alias) => add(alias, true));
  }
  return index;
}

/** The word itself, then the word without one or two attached clitic letters. */
function withoutClitics(word: string): string[] {
  const forms = [word];
  for (
    let stripped = 1;
    stripped <= 2 && word.length - stripped >= 2 && CLITIC_LETTERS.has(word[stripped - 1]);
    stripped += 1
  ) {
    forms.push(word.slice(stripped));
  }
  return forms;
}

/** The longest alias starting at `words[start]`, as [agency, words consumed]. */
function aliasAt(words: readonly string[], start: number, allowAmbiguous: boolean): [AliasEntry, number] | null {
  for (const firstWord of withoutClitics(words[start])) {
    for (const entry of ALIASES_BY_FIRST_WORD.get(firstWord) ?? []) {
      if (entry.ambiguous && !allowAmbiguous) continue;
      const matches = entry.words.every((word, offset) => offset === 0 || words[start + offset] === word);
      if (matches) return [entry, entry.words.length];
    }
  }
  return null;
}

/** The known agency a whole phrase names, any alias, or null. */
function knownAgencyNamedBy(phrase: string): string | null {
  const words = keyWords(phrase.replace(/^\(+|\)+$/g, ''));
  if (words.length === 0) return null;
  const found = aliasAt(words, 0, true);
  return found && found[1] === words.length ? found[0].agency : null;
}

/** "NAME (ABBR)": «وكالة الأنباء العراقية (واع)», «وكالة الأنباء الكويتية (كونا)». */
const NAME_WITH_ABBREVIATION = /^(.+?)\s*\(\s*([^()]{1,30}?)\s*\)$/;
/** An agency the list does not know still says it is one: «وكالة أنباء البحرين», «الوكالة الوطنية للإعلام». */
const AGENCY_WORDS = new Set(['وكالة', 'الوكالة'].flatMap(keyWords));
const MAX_AGENCY_NAME_WORDS = 6;

function unknownAgencyName(phrase: string): string | null {
  const words = keyWords(phrase);
  const text = clean(phrase);
  if (words.length < 2 || words.length > MAX_AGENCY_NAME_WORDS || !AGENCY_WORDS.has(words[0])) return null;
  return /[\d()]/.test(text) ? null : text;
}

/**
 * The agency a whole phrase names ("لندن - رويترز" → the part "رويترز"), or null: a known agency by any
 * alias, a name followed by its abbreviation in brackets (either one known is enough), or a phrase that
 * opens with «وكالة» (an agency the list lacks, named as written).
 */
export function agencyNamedBy(phrase: string): string | null {
  const known = knownAgencyNamedBy(phrase);
  if (known) return known;
  const withAbbreviation = NAME_WITH_ABBREVIATION.exec(clean(phrase).trim());
  if (withAbbreviation) {
    const [, name, abbreviation] = withAbbreviation;
    return knownAgencyNamedBy(name) ?? knownAgencyNamedBy(abbreviation) ?? unknownAgencyName(name);
  }
  return unknownAgencyName(phrase);
}

/**
 * Agencies mentioned in running text, in order of first mention. Ambiguous aliases count only
 * when a bracket holds nothing else ("(واع)") or within a few words after an attribution cue.
 */
export function agencyMentionsIn(text: string): string[] {
  const found = new Set<string>();
  for (const segment of bracketSegments(text)) {
    const bracketedAgency = segment.bracketed ? agencyNamedBy(segment.text) : null;
    if (bracketedAgency) found.add(bracketedAgency);
    else scanWords(keyWords(segment.text), found);
  }
  return [...found];
}

function scanWords(words: readonly string[], found: Set<string>): void {
  let lastCue = -Infinity;
  for (let index = 0; index < words.length; index += 1) {
    if (withoutClitics(words[index]).some((form) => CUE_KEYS.has(form))) lastCue = index;
    const match = aliasAt(words, index, index - lastCue <= CUE_WINDOW);
    if (!match) continue;
    found.add(match[0].agency);
    index += match[1] - 1;
  }
}

/** Longest bracket content considered a name rather than a parenthetical remark. */
const MAX_BRACKETED_NAME = 60;

/** The text cut at short "(…)" groups, in order; the look-ahead is bounded, so this is linear. */
function bracketSegments(text: string): Array<{ text: string; bracketed: boolean }> {
  const segments: Array<{ text: string; bracketed: boolean }> = [];
  let plainStart = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] !== '(') continue;
    let close = index + 1;
    while (close < text.length && close - index <= MAX_BRACKETED_NAME + 1 && text[close] !== ')' && text[close] !== '(')
      close += 1;
    if (text[close] !== ')' || close - index > MAX_BRACKETED_NAME + 1) continue;
    segments.push({ text: text.slice(plainStart, index), bracketed: false });
    segments.push({ text: text.slice(index + 1, close), bracketed: true });
    plainStart = close + 1;
    index = close;
  }
  segments.push({ text: text.slice(plainStart), bracketed: false });
  return segments;
}

const KIND_BY_NAME = new Map(KNOWN_AGENCIES.map((agency) => [agency.name, agency.kind ?? 'news_agency'] as const));

/** The source kind of an agency or outlet named by `agencyNamedBy`; unknown names are agencies. */
export function agencyKind(name: string): 'news_agency' | 'broadcaster' | 'website' {
  return KIND_BY_NAME.get(name) ?? 'news_agency';
}
