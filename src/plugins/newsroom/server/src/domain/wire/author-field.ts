import { clean } from '../text/normalize';
import { agencyKind, agencyNamedBy } from './agencies';
import { addPart, looksLikeName, looksLikePlace, splitAtDashes } from './byline';
import type { Byline } from './byline';

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
  const listed = part.split(LIST_SEPARATORS).filter((item) => item !== '');
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
  const text = clean(field.slice(0, MAX_FIELD_LENGTH).replace(UUID, ' '));
  if (text === '') return EMPTY();
  const parts = splitAtDashes(text);
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
    // A list mixes people, outlets and places: "القدس - زياد الحلبي، العربية.نت", "موسكو، وكالات".
    part.split(LIST_SEPARATORS).forEach((item, index, items) => {
      const agency = agenciesIn(item);
      const datelineSlot = position === 0 && index === 0 && (parts.length > 1 || items.length > 1);
      if (agency) addAgencies(byline, agency);
      else if (datelineSlot && byline.dateline === undefined && looksLikePlace(item)) byline.dateline = item;
      // One word that is neither an outlet nor a dateline ("القافلة", "كان") cannot be told apart: left out.
      else if (looksLikeName(item) && (item.includes(' ') || /[A-Za-z]{3,}/.test(item)))
        addPart(byline, item, 'person');
    });
  });
  return byline;
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
