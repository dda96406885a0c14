import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, publicApi, signInAs } from '../helpers/admin';

let app: TestStrapi;
let strapi: Core.Strapi;

beforeAll(async () => {
  app = await startTestStrapi({ NEWSROOM_SITE_URL: 'https://news.example' });
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
});
afterAll(async () => app?.teardown());
afterEach(() => strapi.config.set('plugin::newsroom.rtlLocales', ['ar', 'fa', 'he', 'ur']));

describe('text direction in the API', () => {
  it('REST: every localized document carries dir from its locale, populated relations too', async () => {
    const ar = await publicApi(strapi).get('/api/articles').query({ locale: 'ar', populate: 'authors' });
    expect(ar.status).toBe(200);
    expect(ar.body.data.length).toBeGreaterThan(0);
    for (const article of ar.body.data) {
      expect(article.dir).toBe('rtl');
      for (const author of article.authors) expect(author.dir).toBe('rtl');
    }
    const en = await publicApi(strapi).get('/api/articles').query({ locale: 'en' });
    for (const article of en.body.data) expect(article.dir).toBe('ltr');
    const topic = await publicApi(strapi).get('/api/topics').query({ locale: 'ar', 'pagination[pageSize]': 1 });
    expect(topic.body.data[0].dir).toBe('rtl');
  });

  it('GraphQL: a dir field on articles, authors, topics and sources', async () => {
    const response = await publicApi(strapi)
      .post('/graphql')
      .send({ query: '{ articles(locale: "ar") { dir title authors { dir } } topics(locale: "en") { dir } }' });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articles[0]).toMatchObject({ dir: 'rtl', authors: [{ dir: 'rtl' }] });
    expect(response.body.data.topics[0].dir).toBe('ltr');
  });

  it('follows the rtlLocales configuration', async () => {
    strapi.config.set('plugin::newsroom.rtlLocales', []);
    const ar = await publicApi(strapi).get('/api/articles').query({ locale: 'ar' });
    expect(ar.body.data[0].dir).toBe('ltr');
  });
});

describe('direction settings for the admin edit form', () => {
  it("tells a signed-in admin user which locales are RTL, the default locale and the site's address", async () => {
    const author = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
    const response = await author.get('/newsroom/direction');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      rtlLocales: ['ar', 'fa', 'he', 'ur'],
      defaultLocale: 'ar',
      site: { url: 'https://news.example', articlePaths: { ar: '/ar/{section}/{slug}', en: '/en/{section}/{slug}' } },
    });
    strapi.config.set('plugin::newsroom.rtlLocales', ['ar']);
    expect((await author.get('/newsroom/direction')).body.data.rtlLocales).toEqual(['ar']);
  });

  it('is refused without an admin session', async () => {
    expect((await publicApi(strapi).get('/newsroom/direction')).status).toBe(401);
  });
});
