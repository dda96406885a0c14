import { clean } from '../text/normalize';
import { agencyNamedBy } from './agencies';
import { looksLikePersonName, personNameFrom, stripCreditPrefix } from './byline-prefix';

/**
 * Byline lines of Arabic wire copy:
 *   "كتب: سيد محمد", "بقلم الزميل سيد محمد", "إعداد - سيد محمد" → persons (byline-prefix.ts)
 *   "القاهرة - أحمد الريدي"                                   → dateline + person
 *   "لندن - رويترز", "مدريد ـ د ب أ", "بغداد – واع"           → dateline + agency
 *   "رويترز", "(د ب أ)", "وكالة الأنباء العراقية (واع)"          → agency
 */
export interface Byline {
  persons: string[];
  dateline?: string;
  agencies: string[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const BARE_UUID = /^\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$/i;
/** A byline is short; a longer line is a sentence that happens to contain a dash. */
const MAX_BYLINE_WORDS = 10;
const MAX_BYLINE_LENGTH = 90;
const MAX_DATELINE_WORDS = 3;
const MAX_NAME_WORDS = 6;
const SENTENCE_END = /[.!?؟…]$/;
/** "_" is a dash only with a space beside it ("العربية.نت _ محمد جراح"), like tatweel. */
const DASHES = new Set(['-', '–', '—', 'ـ', '_']);
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

export function isBareUuid(line: string): boolean {
  return BARE_UUID.test(line);
}

/** The byline this line states, or null when it is not a byline. */
export function parseBylineLine(line: string): Byline | null {
  if (line.length > MAX_BYLINE_LENGTH * 2) return null; // cheap exit before cleaning a paragraph
  const text = clean(line.replace(UUID, ' '));
  const words = text.split(' ').filter((word) => word !== '');
  if (
    words.length === 0 ||
    words.length > MAX_BYLINE_WORDS ||
    text.length > MAX_BYLINE_LENGTH ||
    SENTENCE_END.test(text)
  ) {
    return null;
  }
  return authorVerbByline(text) ?? datelineByline(text) ?? agencyOnlyByline(text);
}

/**
 * "كتب: NAME", "بقلم الزميل NAME", "إعداد وتحرير - NAME" (byline-prefix.ts); parts after a dash may add an
 * agency or a dateline. What follows the verb must read as names: «تقرير: ترامب وكوشنر يناقشان الأعمال
 * المشتركة» is a headline.
 */
function authorVerbByline(text: string): Byline | null {
  const prefix = stripCreditPrefix(text);
  if (!prefix.hadVerb) return null;
  const [names, ...rest] = splitAtDashes(prefix.rest);
  const byline: Byline = { persons: [], agencies: [] };
  addPart(byline, names, 'person');
  for (const part of rest) addPart(byline, part, byline.dateline === undefined ? 'dateline' : 'person');
  if (!byline.persons.every(looksLikePersonName)) return null;
  return byline.persons.length > 0 || byline.agencies.length > 0 ? byline : null;
}

/** "PLACE - NAME" or "PLACE - AGENCY". */
function datelineByline(text: string): Byline | null {
  const parts = splitAtDashes(text);
  if (parts.length < 2) return null;
  const [place, ...rest] = parts;
  const placeIsAgency = agencyNamedBy(place) !== null;
  if (!placeIsAgency && !looksLikePlace(place)) return null;
  if (rest.some((part) => agencyNamedBy(part) === null && !looksLikeName(part))) return null;
  const byline: Byline = { persons: [], agencies: [] };
  addPart(byline, place, 'dateline');
  // Only the first part is a dateline: in "العربية.نت - إسلام سيف" the outlet comes first and the rest are people.
  for (const part of rest) addPart(byline, part, 'person');
  return byline;
}

function agencyOnlyByline(text: string): Byline | null {
  const agency = agencyNamedBy(text);
  return agency ? { persons: [], agencies: [agency] } : null;
}

/** An agency wherever it stands; otherwise the role the position suggests. */
export function addPart(byline: Byline, part: string, role: 'person' | 'dateline'): void {
  const agency = agencyNamedBy(part);
  if (agency) {
    if (!byline.agencies.includes(agency)) byline.agencies.push(agency);
  } else if (role === 'dateline') {
    byline.dateline = clean(part);
  } else {
    // A list may mix people and agencies: «بقلم الزميل محمد توفيق، CNN».
    for (const name of splitPersons(part)) {
      const listedAgency = agencyNamedBy(name);
      if (listedAgency === null) byline.persons.push(name);
      else if (!byline.agencies.includes(listedAgency)) byline.agencies.push(listedAgency);
    }
  }
}

/** "القاهرة", "ريو دي جانيرو", and with a bracketed precision: "كان (جنوب فرنسا)". */
export function looksLikePlace(part: string): boolean {
  const bare = part.replace(/\s*\([^()]{1,40}\)\s*/g, ' ').trim();
  return bare !== '' && bare.split(' ').length <= MAX_DATELINE_WORDS && !/[\d:()]/.test(bare);
}

export function looksLikeName(part: string): boolean {
  const words = part.split(' ');
  return words.length <= MAX_NAME_WORDS && !/\d/.test(part);
}

/**
 * Splits at dashes that separate: "-", "–", "—" or a run of tatweel (or "_") with a space on either side
 * ("القاهرة ـ أحمد"), or "-"/"–" between two Arabic letters ("القاهرة-أحمد") when no spaced dash does. A tatweel touching
 * letters on both sides is kashida (elongation inside a word) and is left alone.
 */
export function splitAtDashes(text: string): string[] {
  const parts: string[] = [];
  let partStart = 0;
  // With a spaced dash present, an unspaced hyphen joins a compound place: «بتروبافلوفسك-كامتشاتسكي (روسيا) - رويترز».
  const hasSpacedDash = /\s[-–—ـ_]|[-–—ـ_]\s/.test(text);
  for (let index = 0; index < text.length; index += 1) {
    if (!DASHES.has(text[index])) continue;
    let runEnd = index;
    while (runEnd < text.length && DASHES.has(text[runEnd])) runEnd += 1;
    const spaced = text[index - 1] === ' ' || text[runEnd] === ' ' || index === 0 || runEnd === text.length;
    const isTatweel = text[index] === 'ـ' || text[index] === '_';
    const betweenArabic = ARABIC_LETTER.test(text[index - 1] ?? '') && ARABIC_LETTER.test(text[runEnd] ?? '');
    if (spaced || (!isTatweel && betweenArabic && !hasSpacedDash)) {
      parts.push(text.slice(partStart, index));
      partStart = runEnd;
    }
    index = runEnd - 1;
  }
  parts.push(text.slice(partStart));
  return parts.map((part) => clean(part)).filter((part) => part !== '');
}

/**
 * "أحمد علي، محمد حسن", "أحمد علي و محمد حسن", and the usual attached form "أحمد علي ومحمد حسن".
 * An attached و is split off only when both sides then have at least two words: names such as
 * وليد or وائل begin with و, and "محمد وليد" is one person.
 */
export function splitPersons(names: string): string[] {
  const persons: string[] = [];
  for (const listed of names.split(/\s*[،,;؛&]\s*|\s+(?:و|and)\s+/)) {
    const words = clean(listed)
      .split(' ')
      .filter((word) => word !== '');
    const conjunction = words.findIndex(
      (word, index) => index >= 2 && word.length > 2 && word.startsWith('و') && words.length - index >= 2,
    );
    if (conjunction > 0) {
      persons.push(
        words.slice(0, conjunction).join(' '),
        [words[conjunction].slice(1), ...words.slice(conjunction + 1)].join(' '),
      );
    } else if (words.length > 0) {
      persons.push(words.join(' '));
    }
  }
  return persons.map(personNameFrom).filter((person) => person !== '');
}
