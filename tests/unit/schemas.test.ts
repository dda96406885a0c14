import fs from 'fs';
import path from 'path';
import { SLUG_REGEX_SOURCE } from '../../src/plugins/newsroom/server/src/domain/slug';

const apiDir = path.resolve(__dirname, '..', '..', 'src', 'api');
const schemas = fs.readdirSync(apiDir).map((type) => {
  const file = path.join(apiDir, type, 'content-types', type, 'schema.json');
  return [type, JSON.parse(fs.readFileSync(file, 'utf8'))] as const;
});

describe('content-type schemas', () => {
  it.each(schemas)('%s: the slug field accepts exactly what the slug generator produces', (_type, schema) => {
    // Strapi compiles this string with `new RegExp(regex)` (no flags); schema.json cannot import the constant.
    expect(schema.attributes.slug.regex).toBe(SLUG_REGEX_SOURCE);
    expect(schema.attributes.slug.type).toBe('uid');
  });

  it.each(schemas)('%s: localized, with shared and localized fields marked', (_type, schema) => {
    expect(schema.pluginOptions.i18n.localized).toBe(true);
    for (const attribute of Object.values(schema.attributes) as Array<{
      type: string;
      pluginOptions?: { i18n?: { localized: boolean } };
    }>) {
      if (attribute.type === 'relation') continue;
      expect(typeof attribute.pluginOptions?.i18n?.localized).toBe('boolean');
    }
  });
});
