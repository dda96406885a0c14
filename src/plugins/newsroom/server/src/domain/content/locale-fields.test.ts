import { fieldsWithLocale, queryWithLocaleFields, type LocaleSchema } from './locale-fields';

const schema: LocaleSchema = {
  isLocalized: (uid) => uid !== 'plugin::upload.file',
  relationTarget: (uid, attribute) =>
    ({ 'api::article.article': { authors: 'api::author.author', cover: 'plugin::upload.file' } })[uid]?.[
      attribute as 'authors'
    ] ?? null,
};

describe('fieldsWithLocale', () => {
  it('adds locale and drops dir, whatever form the list takes', () => {
    expect(fieldsWithLocale(['title', 'slug'])).toEqual(['title', 'slug', 'locale']);
    expect(fieldsWithLocale('title,dir')).toEqual(['title', 'locale']);
    expect(fieldsWithLocale(['dir'])).toEqual(['locale']);
    expect(fieldsWithLocale(['locale', 'title'])).toEqual(['locale', 'title']);
  });

  it('leaves alone what Strapi answers itself: `*` and malformed values', () => {
    expect(fieldsWithLocale('*')).toBe('*');
    expect(fieldsWithLocale({ a: 1 })).toEqual({ a: 1 });
  });
});

describe('queryWithLocaleFields', () => {
  it('rewrites the root and populated localized relations, never media', () => {
    const query = {
      locale: 'ar',
      fields: ['title'],
      populate: { authors: { fields: ['name', 'dir'] }, cover: { fields: ['url'] } },
    };
    expect(queryWithLocaleFields(query, 'api::article.article', schema)).toEqual({
      locale: 'ar',
      fields: ['title', 'locale'],
      populate: { authors: { fields: ['name', 'locale'] }, cover: { fields: ['url'] } },
    });
  });

  it('leaves a query without fields as it is', () => {
    const query = { locale: 'ar', populate: '*' };
    expect(queryWithLocaleFields(query, 'api::article.article', schema)).toEqual(query);
  });
});
