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

/**
 * The direction of the field named `name` (a form path: "title", "sections.0.heading"): the locale's for a
 * localized field, `auto` when its language is unknown (not localized), null when it is not text. Slugs (uid)
 * are left to right in every locale, and in an Arabic admin too: they are URLs, their regenerate button sits
 * at the input's right end (over the start of right-to-left text), and an Arabic slug reads correctly in a
 * left-to-right field anyway (one right-to-left run).
 */
export function fieldDirection(
  schema: SchemaForDirection,
  name: string,
  locale: string,
  rtlLocales: readonly string[],
): Dir | null {
  const attribute = name.split('.')[0] ?? '';
  const type = schema.attributes[attribute]?.type;
  if (type === 'uid') return 'ltr';
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
