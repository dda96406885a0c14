import { blocksDirection, fieldDirection, isUidField, type SchemaForDirection } from './fieldDirection';

const localized = { pluginOptions: { i18n: { localized: true } } };
const schema: SchemaForDirection = {
  ...localized,
  attributes: {
    title: { type: 'string', ...localized },
    slug: { type: 'uid', ...localized },
    body: { type: 'blocks', ...localized },
    sections: { type: 'component', ...localized },
    notes: { type: 'text' },
    wordCount: { type: 'integer', ...localized },
  },
};
const RTL = ['ar'];

describe('fieldDirection', () => {
  it("gives a localized text field its locale's direction, nested paths included", () => {
    expect(fieldDirection(schema, 'title', 'ar', RTL)).toBe('rtl');
    expect(fieldDirection(schema, 'sections.0.heading', 'ar', RTL)).toBe('rtl');
    expect(fieldDirection(schema, 'title', 'en', RTL)).toBe('ltr');
  });

  it("lets an Arabic document's slug take its first letter's direction, and keeps an English one left to right", () => {
    expect(fieldDirection(schema, 'slug', 'ar', RTL)).toBe('auto');
    expect(fieldDirection(schema, 'slug', 'en', RTL)).toBe('ltr');
    const unlocalized = { ...schema, attributes: { ...schema.attributes, code: { type: 'uid' } } };
    expect(fieldDirection(unlocalized, 'code', 'en', RTL)).toBe('auto');
  });

  it('tells slugs from other fields', () => {
    expect(isUidField(schema, 'slug')).toBe(true);
    expect(isUidField(schema, 'title')).toBe(false);
    expect(isUidField(schema, 'unknown')).toBe(false);
  });

  it('lets an unlocalized text field find its own direction, and leaves non-text inputs alone', () => {
    expect(fieldDirection(schema, 'notes', 'ar', RTL)).toBe('auto');
    expect(fieldDirection(schema, 'wordCount', 'ar', RTL)).toBeNull();
    expect(fieldDirection(schema, 'unknown', 'ar', RTL)).toBeNull();
  });

  it("gives the blocks editors the locale's direction only when every blocks field is localized", () => {
    expect(blocksDirection(schema, 'ar', RTL)).toBe('rtl');
    const mixed = { ...schema, attributes: { ...schema.attributes, aside: { type: 'blocks' } } };
    expect(blocksDirection(mixed, 'ar', RTL)).toBe('auto');
  });
});
