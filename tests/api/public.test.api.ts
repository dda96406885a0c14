import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { paragraphs, publicApi } from '../helpers/admin';
import { ARTICLE_UID, AUTHOR_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';

const PUBLISHED_TITLE = 'خبر منشور عن الاقتصاد';
const DRAFT_TITLE = 'مسودة سرية لم تنشر بعد';

let app: TestStrapi;
let strapi: Core.Strapi;
let draftId: string;
let publishedId: string;
let authorId: string;

const setGuard = (enabled: boolean) => strapi.config.set('plugin::newsroom.publicDraftGuard', enabled);

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  const author = await strapi
    .documents(AUTHOR_UID)
    .create({ locale: 'ar', status: 'published', data: { name: 'كاتب تجريبي', email: 'secret@newsroom.test' } });
  authorId = author.documentId;
  const published = await strapi.documents(ARTICLE_UID).create({
    locale: 'ar',
    data: { title: PUBLISHED_TITLE, body: paragraphs('نص منشور'), authors: [authorId] },
  });
  publishedId = published.documentId;
  await strapi.plugin('newsroom').service('workflow').publishAsSystem(publishedId, ['ar'], 'system:test');
  // Published once, then edited: its draft holds text that must not leak either.
  await strapi
    .documents(ARTICLE_UID)
    .update({ documentId: publishedId, locale: 'ar', data: { standfirst: DRAFT_TITLE } });
  const draft = await strapi.documents(ARTICLE_UID).create({
    locale: 'ar',
    data: { title: DRAFT_TITLE, body: paragraphs('نص المسودة'), authors: [authorId] },
  });
  draftId = draft.documentId;
});
afterAll(async () => app?.teardown());
afterEach(() => setGuard(true));

/** Who asks: the Public role, or a read-only API token (a server-rendered site's usual credential). */
type Caller = 'Public' | 'read-only token';
const CALLERS: Caller[] = ['Public', 'read-only token'];
let readOnlyToken: string;
const authorize = <T extends { set(name: string, value: string): T }>(caller: Caller, request: T): T =>
  caller === 'Public' ? request : request.set('Authorization', `Bearer ${readOnlyToken}`);
const get = (caller: Caller, url: string) => authorize(caller, publicApi(strapi).get(url));
const graphqlAs = (caller: Caller, query: string, variables?: Record<string, unknown>) =>
  authorize(caller, publicApi(strapi).post('/graphql')).send({ query, variables });
const graphql = (query: string, variables?: Record<string, unknown>) => graphqlAs('Public', query, variables);

beforeAll(async () => {
  readOnlyToken = (
    (await strapi.service('admin::api-token').create({ name: 'site', type: 'read-only', lifespan: null })) as {
      accessKey: string;
    }
  ).accessKey;
});

/** Each probe asks for draft content through the public API; `leaked` says whether draft text came back. */
type Probe = (caller: Caller) => Promise<{ status: number; text: string }>;
const probeList: Array<[string, Probe]> = [
  ['REST list with status=draft', (caller) => get(caller, '/api/articles?status=draft&locale=ar')],
  ['REST one document with status=draft', (caller) => get(caller, `/api/articles/${draftId}?status=draft&locale=ar`)],
  [
    'REST filters + populate with status=draft',
    (caller) => get(caller, '/api/articles?status=draft&locale=ar&populate=*&filters[title][$contains]=مسودة'),
  ],
  [
    'REST populated relation from an author with status=draft',
    (caller) => get(caller, `/api/authors/${authorId}?status=draft&populate=articles`),
  ],
  [
    'GraphQL root query status: DRAFT',
    (caller) => graphqlAs(caller, '{ articles(status: DRAFT, locale: "ar") { title standfirst } }'),
  ],
  [
    'GraphQL status through a variable',
    (caller) =>
      graphqlAs(caller, 'query ($s: PublicationStatus) { articles(status: $s, locale: "ar") { title standfirst } }', {
        s: 'DRAFT',
      }),
  ],
  // Relations resolved under a root query inherit its status, straight from the database.
  [
    'GraphQL relations under a draft root query',
    (caller) =>
      graphqlAs(
        caller,
        '{ authors { name } articles(status: DRAFT, locale: "ar", filters: { title: { eq: "غير موجود" } }) { title } topics { articles { title } } a2: articles(status: DRAFT) { authors { articles { title standfirst } } } }',
      ),
  ],
];
const probes: Array<[string, Caller, Probe]> = probeList.flatMap(([name, probe]) =>
  CALLERS.map((caller): [string, Caller, Probe] => [name, caller, probe]),
);

const leaked = (text: string) => text.includes(DRAFT_TITLE);

describe('drafts never leak to the public API', () => {
  it.each(probes)('%s as %s: plain Strapi leaks it, the newsroom guard refuses it', async (_name, caller, probe) => {
    setGuard(false);
    const unguarded = await probe(caller);
    expect(leaked(unguarded.text)).toBe(true);

    setGuard(true);
    const guarded = await probe(caller);
    expect(leaked(guarded.text)).toBe(false);
    expect(guarded.status).toBe(400);
    expect(guarded.text).toContain('status');
  });

  it('serves published content without asking for a status, and never the draft document', async () => {
    const list = await publicApi(strapi).get('/api/articles?locale=ar&populate=authors');
    expect(list.status).toBe(200);
    const titles = list.body.data.map((article: { title: string }) => article.title);
    expect(titles).toEqual([PUBLISHED_TITLE]);
    expect(list.text).not.toContain(DRAFT_TITLE);
    expect((await publicApi(strapi).get(`/api/articles/${draftId}?locale=ar`)).status).toBe(404);
    expect((await publicApi(strapi).get('/api/articles?status=published&locale=ar')).status).toBe(200);
  });

  it('populates only published articles from an author and GraphQL relations', async () => {
    const author = await publicApi(strapi).get(`/api/authors/${authorId}?populate=articles`);
    expect(author.status).toBe(200);
    expect(author.body.data.articles.map((a: { title: string }) => a.title)).toEqual([PUBLISHED_TITLE]);
    const nested = await graphql('{ authors { articles { title standfirst } } }');
    expect(nested.status).toBe(200);
    expect(nested.text).toContain(PUBLISHED_TITLE);
    expect(leaked(nested.text)).toBe(false);
  });
});

describe('public API rules', () => {
  it('refuses unknown query parameters (strict params)', async () => {
    const response = await publicApi(strapi).get('/api/articles?colour=red');
    expect(response.status).toBe(400);
  });

  it('pages by 20 by default and 100 at most', async () => {
    for (let i = 0; i < 21; i += 1) {
      await strapi
        .documents(TOPIC_UID)
        .create({ locale: 'ar', status: 'published', data: { name: `موضوع رقم ${i}`, kind: 'topic' } });
    }
    const firstPage = await publicApi(strapi).get('/api/topics?locale=ar');
    expect(firstPage.body.data).toHaveLength(20);
    expect(firstPage.body.meta.pagination.pageSize).toBe(20);
    const large = await publicApi(strapi).get('/api/topics?locale=ar&pagination[pageSize]=500');
    expect(large.body.meta.pagination.pageSize).toBe(100);
    expect(large.body.data).toHaveLength(21);
  });

  it('never shows private fields (author email)', async () => {
    const response = await publicApi(strapi).get(`/api/authors/${authorId}`);
    expect(response.status).toBe(200);
    expect(response.body.data.name).toBe('كاتب تجريبي');
    expect(response.text).not.toContain('secret@newsroom.test');
  });

  it.each([
    [
      'create an article',
      () =>
        publicApi(strapi)
          .post('/api/articles')
          .send({ data: { title: 'دخيل' } }),
    ],
    [
      'update an article',
      () =>
        publicApi(strapi)
          .put(`/api/articles/${publishedId}`)
          .send({ data: { title: 'دخيل' } }),
    ],
    ['delete an article', () => publicApi(strapi).delete(`/api/articles/${publishedId}`)],
    ['list users', () => publicApi(strapi).get('/api/users')],
    [
      'register an account',
      () =>
        publicApi(strapi)
          .post('/api/auth/local/register')
          .send({ username: 'x', email: 'x@x.test', password: 'Password-1' }),
    ],
  ])('the Public role cannot %s', async (_name, call) => {
    const response = await call();
    expect([401, 403]).toContain(response.status);
  });

  it('GraphQL refuses mutations for the Public role', async () => {
    const response = await graphql('mutation { createArticle(data: { title: "دخيل" }) { documentId } }');
    expect(response.text).toMatch(/Forbidden|Cannot query field/);
    expect(await strapi.documents(ARTICLE_UID).count({ locale: 'ar', filters: { title: 'دخيل' } })).toBe(0);
  });
});
