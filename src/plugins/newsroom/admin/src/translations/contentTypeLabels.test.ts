import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypeMessages } from './contentTypeLabels';

// Every field an editor sees in the Content Manager must have a label in both interface languages, so a field
// added to a schema (as embargoUntil was) cannot appear under its attribute name in an Arabic admin.
const apiRoot = join(__dirname, '../../../../../api');
const schemas = readdirSync(apiRoot).map((type) => {
  const file = join(apiRoot, type, 'content-types', type, 'schema.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, { visible?: boolean }> };
  // Attributes hidden from the Content Manager (search keys, hashes) are never shown, so they need no label.
  const shown = Object.entries(schema.attributes).filter(([, attribute]) => attribute.visible !== false);
  return { uid: `api::${type}.${type}`, fields: shown.map(([field]) => field) };
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
