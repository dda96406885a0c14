import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypeMessages } from './contentTypeLabels';

// Every field an editor sees in the Content Manager must have a label in both interface languages, so a field
// added to a schema (as embargoUntil was) cannot appear under its attribute name in an Arabic admin.
const apiRoot = join(__dirname, '../../../../../api');
const componentsRoot = join(__dirname, '../../../../../components');
type Attributes = Record<string, { visible?: boolean; type?: string; component?: string }>;
const attributesIn = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { attributes: Attributes }).attributes;
// Attributes hidden from the Content Manager (search keys, hashes) are never shown, so they need no label.
const shownFields = (attributes: Attributes): string[] =>
  Object.entries(attributes).flatMap(([field, attribute]) => {
    if (attribute.visible === false) return [];
    if (attribute.type !== 'component' || !attribute.component) return [field];
    // A component's fields are labelled with the document's content type (the SEO fields of an article).
    const [category, name] = attribute.component.split('.');
    return [field, ...shownFields(attributesIn(join(componentsRoot, category ?? '', `${name ?? ''}.json`)))];
  });
const schemas = readdirSync(apiRoot).map((type) => ({
  uid: `api::${type}.${type}`,
  fields: shownFields(attributesIn(join(apiRoot, type, 'content-types', type, 'schema.json'))),
}));

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
    const missing = schemas.flatMap(({ uid, fields }) =>
      fields.filter((field) => !messages[`content-manager.content-types.${uid}.${field}`]).map((f) => `${uid}.${f}`),
    );
    expect(missing).toEqual([]);
  });

  it('writes the Arabic labels in Arabic', () => {
    const notArabic = Object.entries(contentTypeMessages('ar')).filter(([, label]) => !ARABIC_LETTER.test(label));
    expect(notArabic).toEqual([]);
  });
});
