import { strapi as strapiClient, HTTPBadRequestError, HTTPNotFoundError, type API } from '@strapi/client';
import { startListeningNewsroom, TEXT, type ListeningNewsroom } from '../helpers/real-clients';

/**
 * Issue #16 item 6: the REST API read with Strapi's own client, `@strapi/client`, as a site does — lists with
 * filters, sort, pagination, populate and locale; one document by documentId; an article by slug; the locales;
 * Strapi's typed errors for a refusal. A break of Strapi's REST conventions (parameter names, response shape,
 * status codes) fails here. `qs` queries: real-clients-qs; site reads and draft mode: real-clients-site.
 */
let site: ListeningNewsroom;
beforeAll(async () => {
  site = await startListeningNewsroom();
});
afterAll(async () => site?.close());

const client = (token?: string) => strapiClient({ baseURL: `${site.origin}/api`, ...(token ? { auth: token } : {}) });
const articles = (token?: string) => client(token).collection('articles');

interface Named {
  name: string;
  slug: string;
  dir: string;
}
interface ArticleView extends API.Document {
  title: string;
  slug: string;
  dir: string;
  locale: string;
  standfirst?: string | null;
  authors?: Named[];
  topics?: Named[];
  sources?: Named[];
  localizations?: Array<{ title: string; locale: string; dir: string }>;
}
const listOf = (response: API.DocumentResponseCollection) => response.data as ArticleView[];
const titles = (response: API.DocumentResponseCollection) => listOf(response).map((article) => article.title);

/** The body of a refused request, which the client leaves unread on its typed error. */
const refusal = async (request: Promise<unknown>): Promise<{ error: Error; body: string }> => {
  try {
    await request;
  } catch (error) {
    if (error instanceof HTTPBadRequestError || error instanceof HTTPNotFoundError)
      return { error, body: await error.response.text() };
    throw error;
  }
  throw new Error('the request was answered, not refused');
};

describe('collection find: filters, sort, pagination, populate, fields and locale', () => {
  it('pages the Arabic stories of a section newest first, with their authors and topics, and no draft', async () => {
    const query = {
      locale: 'ar',
      filters: { topics: { slug: { $eq: site.newsroom.section.slug } } },
      sort: ['publishedAt:desc'],
      pagination: { page: 1, pageSize: 1 },
      fields: ['title', 'slug', 'standfirst', 'publishedAt'],
      populate: { authors: { fields: ['name', 'slug'] }, topics: { fields: ['name', 'slug'] } },
    };
    const first = await articles().find(query);
    expect(titles(first)).toEqual([TEXT.oilAr]);
    expect(first.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 2, total: 2 });
    const second = await articles().find({ ...query, pagination: { page: 2, pageSize: 1 } });
    expect(titles(second)).toEqual([TEXT.securityAr]);
    const [story] = listOf(second);
    expect(story).toMatchObject({ slug: site.newsroom.security.slug, dir: 'rtl', locale: 'ar' });
    // The published standfirst, not the change saved on the draft since.
    expect(story.standfirst).toBe(TEXT.securityStandfirstAr);
    expect(story.authors?.map(({ name, dir }) => [name, dir])).toEqual([
      [TEXT.laylaAr, 'rtl'],
      [TEXT.omarAr, 'rtl'],
    ]);
    expect(story.topics?.map((topic) => topic.name)).toEqual([TEXT.securityTopicAr, TEXT.sectionAr]);
    expect(JSON.stringify([first, second])).not.toContain(TEXT.draftAr);
  });

  it('lists the English stories only for locale en, left to right, with English names', async () => {
    const english = await articles().find({ locale: 'en', populate: { authors: { fields: ['name'] } } });
    expect(titles(english)).toEqual([TEXT.securityEn]);
    const [story] = listOf(english);
    expect(story).toMatchObject({ locale: 'en', dir: 'ltr' });
    expect(story.authors?.map(({ name, dir }) => [name, dir])).toEqual([
      [TEXT.laylaEn, 'ltr'],
      [TEXT.omarEn, 'ltr'],
    ]);
  });

  it("takes Strapi's other forms: populate=*, pagination by start and limit", async () => {
    const everything = await articles().find({
      locale: 'ar',
      filters: { slug: { $eq: site.newsroom.security.slug } },
      populate: '*',
    });
    const [story] = listOf(everything);
    expect(story.authors?.map((author) => author.name)).toEqual([TEXT.laylaAr, TEXT.omarAr]);
    expect(story.sources?.map((source) => source.name)).toEqual([TEXT.agencyAr]);
    expect(JSON.stringify(story)).not.toContain('layla@newsroom.test');
    expect(JSON.stringify(story)).not.toContain(TEXT.draftAr);

    const second = await articles().find({
      locale: 'ar',
      sort: 'publishedAt:desc',
      pagination: { start: 1, limit: 1 },
    });
    expect(titles(second)).toEqual([TEXT.securityAr]);
    expect(second.meta.pagination).toEqual({ start: 1, limit: 1, total: 2 });
  });

  it('answers an explicit status=published (what some clients always send) with the published versions', async () => {
    const published = await articles().find({ locale: 'ar', status: 'published', sort: 'title:asc' });
    expect(titles(published)).toEqual([TEXT.oilAr, TEXT.securityAr]);
  });
});

describe('one document', () => {
  it('finds a story by documentId in each locale, with its other language for a switcher', async () => {
    const { documentId } = site.newsroom.security;
    const query = { populate: { localizations: { fields: ['title', 'locale'] } } };
    const english = (await articles().findOne(documentId, { locale: 'en', ...query })).data as ArticleView;
    expect(english).toMatchObject({ documentId, title: TEXT.securityEn, locale: 'en', dir: 'ltr' });
    expect(english.localizations).toEqual([
      expect.objectContaining({ title: TEXT.securityAr, locale: 'ar', dir: 'rtl' }),
    ]);
    const arabic = (await articles().findOne(documentId, { locale: 'ar', ...query })).data as ArticleView;
    expect(arabic).toMatchObject({ title: TEXT.securityAr, standfirst: TEXT.securityStandfirstAr, dir: 'rtl' });
    expect(arabic.localizations).toEqual([
      expect.objectContaining({ title: TEXT.securityEn, locale: 'en', dir: 'ltr' }),
    ]);
  });

  it("answers a draft's documentId with the client's not-found error", async () => {
    const { error, body } = await refusal(articles().findOne(site.newsroom.draft.documentId, { locale: 'ar' }));
    expect(error).toBeInstanceOf(HTTPNotFoundError);
    expect(body).not.toContain(TEXT.draftAr);
  });

  it('reads an article by its Arabic slug through filters, with a read-only token as with none', async () => {
    const { security, layla, omar, agency } = site.newsroom;
    for (const token of [undefined, site.tokens.readOnly]) {
      const found = await articles(token).find({
        locale: 'ar',
        filters: { slug: { $eq: security.slug } },
        populate: ['authors', 'topics', 'sources'],
      });
      expect(titles(found)).toEqual([TEXT.securityAr]);
      const [story] = listOf(found);
      expect(story.authors?.map((author) => author.slug)).toEqual([layla.slug, omar.slug]);
      expect(story.sources?.map((source) => [source.slug, source.dir])).toEqual([[agency.slug, 'rtl']]);
      // Private fields stay private, whoever reads.
      expect(JSON.stringify(story)).not.toContain('layla@newsroom.test');
    }
  });

  it('answers a former slug with an empty list and the canonical slug in meta.redirectTo', async () => {
    const { oil } = site.newsroom;
    const found = await articles().find({ locale: 'ar', filters: { slug: { $eq: oil.formerSlug } } });
    expect(found.data).toEqual([]);
    expect(found.meta).toMatchObject({
      redirectTo: { slug: TEXT.oilRenamedSlug, documentId: oil.documentId, locale: 'ar' },
    });
  });
});

describe('locales and refusals', () => {
  it("lists the locales through the client's plugin collection, Arabic the default", async () => {
    const response = (await client(site.tokens.readOnly)
      .collection('locales', { plugin: { name: 'i18n' } })
      .find()) as unknown as Array<{ code: string; isDefault: boolean }>;
    expect(response.map(({ code, isDefault }) => [code, isDefault]).sort()).toEqual([
      ['ar', true],
      ['en', false],
    ]);
  });

  it("refuses status=draft to Public and a read-only token with the client's bad-request error naming status", async () => {
    for (const token of [undefined, site.tokens.readOnly]) {
      const { error, body } = await refusal(articles(token).find({ locale: 'ar', status: 'draft' }));
      expect(error).toBeInstanceOf(HTTPBadRequestError);
      // Strapi's error body for a bad query: a ValidationError whose details name the parameter.
      expect(JSON.parse(body)).toMatchObject({
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: expect.stringContaining('status'),
          details: { errors: [expect.objectContaining({ path: ['status'] })] },
        },
      });
      expect(body).not.toContain(TEXT.draftAr);
    }
  });
});
