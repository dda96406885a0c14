import { clean } from '../text/normalize';
import { agencyKind, agencyNamedBy } from './agencies';
import { addPart, looksLikeName, looksLikePlace, splitAtDashes } from './byline';
import type { Byline } from './byline';
import { stripCreditPrefix } from './byline-prefix';

/**
 * The archive's AUTHOR field. Unlike a line of copy it is a byline by construction, so a bare name
 * ("علاوة مزياني") is an author and a bare outlet ("فرانس 24") a source. Shapes seen in the ANT corpus
 * (1,141 distinct values over 27,606 stories):
 *   "أبوظبي - سكاي نيوز عربية"   dateline + outlet          (12,020)
 *   ""  or a bare UUID           nothing                    (6,636 + ~300)
 *   "القاهرة - أحمد الريدي"       dateline + person
 *   "لندن - رويترز"               dateline + agency
 *   "العربية.نت - إسلام سيف"      outlet + person
 *   "العربية.نت، وكالات", "العربية.نت ووكالات"   two sources
 *   "هاني الصفيان - الحدود السعودية اليمنية"     person + place (the dateline written last)
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const LIST_SEPARATORS = /\s*[،,;؛]\s*/;
/** Sources may also be listed with a slash («فرانس 24 / أ ف ب»); places too («سول/واشنطن»), so only for sources. */
const AGENCY_LIST_SEPARATORS = /\s*[،,;؛/]\s*/;
/** Words that open a place rather than a name, so "NAME - الحدود ..." is read as person then dateline. */
const PLACE_OPENERS = new Set([
  'الحدود',
  'الأراضي',
  'المنطقة',
  'مدينة',
  'محافظة',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'وسط',
  'ضواحي',
]);
const MAX_FIELD_LENGTH = 200;

const EMPTY = (): Byline => ({ persons: [], agencies: [] });

/** "العربية.نت ووكالات" names two sources joined by an attached و; null when it does not. */
function agenciesJoinedByWaw(part: string): string[] | null {
  const words = part.split(' ');
  for (let index = 1; index < words.length; index += 1) {
    if (!words[index].startsWith('و')) continue;
    const left = agencyNamedBy(words.slice(0, index).join(' '));
    const right = agencyNamedBy([words[index].slice(1), ...words.slice(index + 1)].join(' '));
    if (left && right) return [left, right];
  }
  return null;
}

/** The sources a part names, or null when it names something else. */
function agenciesIn(part: string): string[] | null {
  const listed = part.split(AGENCY_LIST_SEPARATORS).filter((item) => item !== '');
  const found: string[] = [];
  for (const item of listed) {
    const single = agencyNamedBy(item);
    const joined = single ? [single] : agenciesJoinedByWaw(item);
    if (!joined) return null;
    found.push(...joined);
  }
  return found.length > 0 ? found : null;
}

function addAgencies(byline: Byline, agencies: readonly string[]): void {
  for (const agency of agencies) if (!byline.agencies.includes(agency)) byline.agencies.push(agency);
}

export function parseAuthorField(field: string): Byline {
  if (typeof field !== 'string') return EMPTY();
  const text = stripCreditPrefix(clean(field.slice(0, MAX_FIELD_LENGTH).replace(UUID, ' '))).rest;
  if (text === '') return EMPTY();
  // «القاهرة - كتب: أحمد الريدي»: a credit verb may also open a later part.
  const parts = splitAtDashes(colonAsDash(text))
    .map((part) => stripCreditPrefix(part).rest)
    .filter((part) => part !== '');
  const byline = EMPTY();
  if (isWrittenPlaceLast(parts)) {
    addPart(byline, parts[0], 'person');
    const agencies = agenciesIn(parts[1]);
    if (agencies) addAgencies(byline, agencies);
    else byline.dateline = parts[1];
    return byline;
  }
  parts.forEach((part, position) => {
    const whole = agenciesIn(part);
    if (whole) {
      addAgencies(byline, whole);
      return;
    }
    // «جاكرتا، هونغ كونغ - رويترز», «إنديو، ريفيرسيدي، كاليفورنيا (الولايات المتحدة) - فرانس برس»: places first.
    if (position === 0 && parts.length > 1 && isPlaceList(part)) {
      byline.dateline = part;
      return;
    }
    // A list mixes people, outlets and places: "القدس - زياد الحلبي، العربية.نت", "موسكو، وكالات".
    part.split(LIST_SEPARATORS).forEach((item, index, items) => {
      const agency = agenciesIn(item);
      const datelineSlot = position === 0 && index === 0 && (parts.length > 1 || items.length > 1);
      if (agency) addAgencies(byline, agency);
      else if (datelineSlot && byline.dateline === undefined && looksLikePlace(item)) byline.dateline = item;
      else if (placeThenAgency(byline, item)) return;
      // One word that is neither an outlet nor a dateline ("القافلة", "كان") cannot be told apart: left out.
      else if (looksLikeName(item) && (item.includes(' ') || /[A-Za-z]{3,}/.test(item)))
        addPart(byline, item, 'person');
    });
  });
  return byline;
}

/** Every item of a comma list is a place, and at least one item is not a two-word name: «سريناغار، كشمير». */
function isPlaceList(part: string): boolean {
  const items = part.split(LIST_SEPARATORS).filter((item) => item !== '');
  return (
    items.length > 1 && items.every(looksLikePlace) && items.some((item) => !item.includes(' ') || /[()]/.test(item))
  );
}

/** «برلين رويترز»: a place and an agency without a dash; true when read so. */
function placeThenAgency(byline: Byline, item: string): boolean {
  const words = item.split(' ');
  for (let cut = 1; cut < words.length; cut += 1) {
    const agency = agencyNamedBy(words.slice(cut).join(' '));
    const place = words.slice(0, cut).join(' ');
    if (agency && looksLikePlace(place)) {
      if (byline.dateline === undefined) byline.dateline = place;
      addAgencies(byline, [agency]);
      return true;
    }
  }
  return false;
}

/** «الرياض: حسين بن مسعد» (the credit verbs are already off): a short place and a colon, read as a dash. */
function colonAsDash(text: string): string {
  const colon = /^([^:：]{1,30}?)\s*[:：]\s*(.+)$/.exec(text);
  if (!colon || splitAtDashes(text).length > 1 || !looksLikePlace(colon[1])) return text;
  return `${colon[1]} - ${colon[2]}`;
}

function isPlaceOpening(part: string): boolean {
  return PLACE_OPENERS.has(part.split(' ')[0]);
}

/**
 * A person written first: "غسان أبو لوز - عمّان", "هاني الصفيان - الحدود السعودية اليمنية", "فرح السعدي – قناة العربية".
 * Told apart from "ريو دي جانيرو - د ب أ" by what follows: a one-word place, a place opening, or an outlet
 * (outlets credit their own people; agencies are credited after a dateline).
 */
function isWrittenPlaceLast(parts: readonly string[]): boolean {
  if (parts.length !== 2 || isPlaceOpening(parts[0]) || /[()]/.test(parts[0])) return false;
  const [first, second] = parts;
  if (first.split(' ').length < 2 || !looksLikeName(first)) return false;
  const agency = agencyNamedBy(second);
  if (agency) return agencyKind(agency) !== 'news_agency';
  return isPlaceOpening(second) || (second.split(' ').length === 1 && looksLikePlace(second));
}
