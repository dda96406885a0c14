import { directionOf } from '../../../core/locale/direction';

/** What the edit form needs of a content-type schema (as the Content Manager gives it to the admin). */
export interface SchemaForDirection {
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, { type: string; pluginOptions?: { i18n?: { localized?: boolean } } }>;
}

export type Dir = 'rtl' | 'ltr' | 'auto';

/** Text the writer types in the document's language; other input types (email, number, date…) keep their own. */
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'blocks', 'component', 'dynamiczone']);

const isLocalized = (schema: SchemaForDirection, attribute: string): boolean =>
  schema.pluginOptions?.i18n?.localized === true &&
  schema.attributes[attribute]?.pluginOptions?.i18n?.localized === true;

const attributeOf = (name: string): string => name.split('.')[0] ?? '';

/** Whether the field named `name` is a slug (Strapi's `uid` input, with its regenerate button inside). */
export const isUidField = (schema: SchemaForDirection, name: string): boolean =>
  schema.attributes[attributeOf(name)]?.type === 'uid';

/**
 * The direction of the field named `name` (a form path: "title", "sections.0.heading"): the locale's for a
 * localized field, `auto` when its language is unknown (not localized), null when it is not text.
 * A slug is `auto` in a right-to-left locale (and when not localized): an Arabic slug mixing words, Latin
 * names and numbers («حلف-nato-يضم-32-دولة») reads in its stored order only in a right-to-left paragraph (left
 * to right, "nato" sits between "حلف" and the rest drawn backwards), while a Latin slug in an Arabic document
 * (`NEWSROOM_SLUG_MODE=latin`, or typed by hand) needs a left-to-right one ("2024-iraq-nato" is drawn
 * "iraq-nato-2024" right to left); `auto` takes the direction of the slug's first letter. An English
 * document's slug is left to right.
 */
export function fieldDirection(
  schema: SchemaForDirection,
  name: string,
  locale: string,
  rtlLocales: readonly string[],
): Dir | null {
  const attribute = attributeOf(name);
  const type = schema.attributes[attribute]?.type;
  if (type === 'uid') {
    return isLocalized(schema, attribute) && directionOf(locale, rtlLocales) === 'ltr' ? 'ltr' : 'auto';
  }
  if (!type || !TEXT_TYPES.has(type)) return null;
  return isLocalized(schema, attribute) ? directionOf(locale, rtlLocales) : 'auto';
}

/**
 * The blocks editor has no name in the page, so all of a document's blocks editors share one direction:
 * the locale's when every blocks field is localized, `auto` otherwise.
 */
export function blocksDirection(schema: SchemaForDirection, locale: string, rtlLocales: readonly string[]): Dir {
  const blocks = Object.keys(schema.attributes).filter((name) => schema.attributes[name]?.type === 'blocks');
  return blocks.length > 0 && blocks.every((name) => isLocalized(schema, name))
    ? directionOf(locale, rtlLocales)
    : 'auto';
}
