import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypeMessages } from './contentTypeLabels';

// Every field an editor sees in the Content Manager must have a label in both interface languages, so a field
// added to a schema (as embargoUntil was) cannot appear under its attribute name in an Arabic admin.
const apiRoot = join(__dirname, '../../../../../api');
const componentsRoot = join(__dirname, '../../../../../components');
type Attributes = Record<string, { visible?: boolean; type?: string; component?: string; repeatable?: boolean }>;
const attributesIn = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { attributes: Attributes }).attributes;
// Attributes hidden from the Content Manager (search keys, hashes) are never shown, so they need no label.
const shownFields = (attributes: Attributes): string[] =>
  Object.entries(attributes)
    .filter(([, attribute]) => attribute.visible !== false)
    .map(([field]) => field);
const componentFields = (uid: string): string[] => {
  const [category, name] = uid.split('.');
  return shownFields(attributesIn(join(componentsRoot, category ?? '', `${name ?? ''}.json`)));
};
/**
 * The message ids of every shown field, as the Content Manager looks them up (seen in the browser): the content
 * type's own, a repeatable component's fields under the content type (an author's links), a single component's
 * under `components.<uid>` (an article's SEO fields).
 */
const schemas = readdirSync(apiRoot).map((type) => {
  const uid = `api::${type}.${type}`;
  const attributes = attributesIn(join(apiRoot, type, 'content-types', type, 'schema.json'));
  const ids = shownFields(attributes).flatMap((field) => {
    const attribute = attributes[field];
    const own = `content-manager.content-types.${uid}.${field}`;
    if (attribute?.type !== 'component' || !attribute.component) return [own];
    const inner = componentFields(attribute.component);
    return attribute.repeatable
      ? [own, ...inner.map((name) => `content-manager.content-types.${uid}.${name}`)]
      : [own, ...inner.map((name) => `content-manager.components.${attribute.component}.${name}`)];
  });
  return { uid, ids };
});

const ARABIC_LETTER = /[\u0621-\u064a]/;

describe('content-type field labels', () => {
  it('reads the four newsroom content types', () => {
    expect(schemas.map(({ uid }) => uid).sort()).toEqual([
      'api::article.article',
      'api::author.author',
      'api::source.source',
      'api::topic.topic',
    ]);
  });

  it.each(['ar', 'en'] as const)('labels every attribute in %s', (language) => {
    const messages = contentTypeMessages(language);
    const missing = schemas.flatMap(({ ids }) => ids.filter((id) => !messages[id]));
    expect(missing).toEqual([]);
  });

  it('writes the Arabic labels in Arabic', () => {
    const notArabic = Object.entries(contentTypeMessages('ar')).filter(([, label]) => !ARABIC_LETTER.test(label));
    expect(notArabic).toEqual([]);
  });
});
