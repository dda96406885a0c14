import {
  PUBLISHED_ROWS,
  RelationQueryRefused,
  assertPublicOrderBy,
  publishedOnlyQuery,
  publishedOnlyWhere,
  type ModelShape,
} from './relation-guard';

const MODELS: Record<string, ModelShape> = {
  article: {
    draftAndPublish: true,
    attributes: {
      title: { type: 'string' },
      authors: { type: 'relation', relation: 'manyToMany', target: 'author' },
      localizations: { type: 'relation', relation: 'oneToMany', target: 'article' },
      cover: { type: 'media' },
      blocks: { type: 'dynamiczone' },
    },
  },
  author: {
    draftAndPublish: false,
    attributes: {
      name: { type: 'string' },
      articles: { type: 'relation', relation: 'manyToMany', target: 'article' },
      links: { type: 'component', component: 'shared.link' },
      related: { type: 'relation', relation: 'morphToMany' },
    },
  },
  'shared.link': {
    draftAndPublish: false,
    attributes: { url: { type: 'string' }, article: { type: 'relation', relation: 'oneToOne', target: 'article' } },
  },
  'plugin::upload.file': { draftAndPublish: false, attributes: { name: { type: 'string' } } },
};
const models = (uid: string) => MODELS[uid];
const published = (inner: unknown) => ({ $and: [inner, PUBLISHED_ROWS] });
const refusal = (run: () => unknown): RelationQueryRefused => {
  try {
    run();
  } catch (error) {
    if (error instanceof RelationQueryRefused) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('publishedOnlyWhere', () => {
  it('adds the published condition to a relation step into a type with drafts', () => {
    expect(publishedOnlyWhere(models, 'author', { articles: { title: { $contains: 'x' } } })).toEqual({
      articles: published({ title: { $contains: 'x' } }),
    });
  });

  it('at every step of a chain, through localizations, inside $and / $or / $not at any level', () => {
    const where = {
      $or: [{ $not: { articles: { localizations: { $and: [{ title: { $startsWith: 'a' } }] } } } }],
      name: 'n',
    };
    expect(publishedOnlyWhere(models, 'author', where)).toEqual({
      $or: [
        { $not: { articles: published({ localizations: published({ $and: [{ title: { $startsWith: 'a' } }] }) }) } },
      ],
      name: 'n',
    });
  });

  it('reads a bare value or a lone operator on a relation as a condition on the target id', () => {
    expect(publishedOnlyWhere(models, 'author', { articles: 5 })).toEqual({ articles: published({ id: 5 }) });
    expect(publishedOnlyWhere(models, 'author', { articles: { $in: [1, 2] } })).toEqual({
      articles: published({ id: { $in: [1, 2] } }),
    });
    expect(publishedOnlyWhere(models, 'author', { articles: { $null: true } })).toEqual({
      articles: published({ id: { $null: true } }),
    });
  });

  it('leaves steps into types without drafts as they are, but follows them (components, media, relations)', () => {
    expect(publishedOnlyWhere(models, 'article', { authors: { name: 'n' }, cover: { name: 'f' } })).toEqual({
      authors: { name: 'n' },
      cover: { name: 'f' },
    });
    expect(publishedOnlyWhere(models, 'author', { links: { article: { title: 't' } } })).toEqual({
      links: { article: published({ title: 't' }) },
    });
  });

  it('leaves scalar filters and unknown models untouched, and does not change its input', () => {
    const where = { title: { $contains: 'x' }, id: { $in: [1] } };
    const copy = JSON.parse(JSON.stringify(where));
    expect(publishedOnlyWhere(models, 'article', where)).toEqual(where);
    expect(where).toEqual(copy);
    expect(publishedOnlyWhere(models, 'strapi::core-store', { key: 'x' })).toEqual({ key: 'x' });
  });

  it('refuses filters through a polymorphic relation or a dynamic zone, naming the path', () => {
    expect(refusal(() => publishedOnlyWhere(models, 'author', { related: { id: 1 } })).message).toMatch(
      /^filters\[related\]/,
    );
    expect(refusal(() => publishedOnlyWhere(models, 'article', { $or: [{ blocks: { id: 1 } }] })).parameter).toBe(
      'filters',
    );
  });
});

describe('assertPublicOrderBy', () => {
  it('refuses a sort that crosses a relation into a type with drafts, at any depth, naming sort', () => {
    expect(refusal(() => assertPublicOrderBy(models, 'author', [{ articles: { title: 'asc' } }])).message).toMatch(
      /^sort: ordering by articles/,
    );
    expect(
      refusal(() => assertPublicOrderBy(models, 'article', { authors: { articles: { title: 'asc' } } })).parameter,
    ).toBe('sort');
    expect(() => assertPublicOrderBy(models, 'article', { localizations: { title: 'asc' } })).toThrow(
      RelationQueryRefused,
    );
  });

  it('allows sorts on the root columns and across relations into types without drafts', () => {
    expect(() =>
      assertPublicOrderBy(models, 'article', ['title', { title: 'desc' }, { authors: { name: 'asc' } }]),
    ).not.toThrow();
  });
});

describe('publishedOnlyQuery', () => {
  it('rewrites where, object filters and populate at any depth, and checks populate sorts', () => {
    const changes = publishedOnlyQuery(models, 'author', {
      where: { articles: { title: 'a' } },
      filters: { articles: { title: 'b' } },
      populate: {
        articles: {
          where: { localizations: { title: 'c' } },
          populate: { authors: { filters: { articles: { title: 'd' } } } },
        },
        links: true,
      },
    });
    expect(changes).toEqual({
      where: { articles: published({ title: 'a' }) },
      filters: { articles: published({ title: 'b' }) },
      populate: {
        articles: {
          where: { localizations: published({ title: 'c' }) },
          populate: { authors: { filters: { articles: published({ title: 'd' }) } } },
        },
        links: true,
      },
    });
    expect(() =>
      publishedOnlyQuery(models, 'author', {
        populate: { articles: { orderBy: { authors: { articles: { title: 'asc' } } } } },
      }),
    ).toThrow(/^sort:/);
    expect(() => publishedOnlyQuery(models, 'author', { orderBy: [{ articles: { title: 'asc' } }] })).toThrow(/^sort:/);
  });

  it('rewrites per-type populate under `on` and refuses a filter on a polymorphic populate without it', () => {
    expect(
      publishedOnlyQuery(models, 'article', {
        populate: { blocks: { on: { author: { where: { articles: { title: 'x' } } } } } },
      }),
    ).toEqual({
      populate: { blocks: { on: { author: { where: { articles: published({ title: 'x' }) } } } } },
    });
    expect(() => publishedOnlyQuery(models, 'author', { populate: { related: { where: { id: 1 } } } })).toThrow(
      RelationQueryRefused,
    );
  });

  it('changes nothing it was not given', () => {
    expect(publishedOnlyQuery(models, 'article', { select: ['id'], limit: 1 })).toEqual({});
  });
});
