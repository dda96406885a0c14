import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { publicApi } from '../helpers/admin';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';

let app: TestStrapi;
let strapi: Core.Strapi;
const newsroom = () => strapi.plugin('newsroom');

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
});
afterAll(async () => app?.teardown());

const countAll = async () => ({
  articles: await strapi.db.query(ARTICLE_UID).count(),
  topics: await strapi.db.query(TOPIC_UID).count(),
  sources: await strapi.db.query(SOURCE_UID).count(),
  authors: await strapi.db.query(AUTHOR_UID).count(),
});

describe('locales, demo content and first admin', () => {
  it('has Arabic as the default locale and English, idempotently', async () => {
    await newsroom().service('locales').ensureNewsroomLocales();
    const i18nLocales = strapi.plugin('i18n').service('locales');
    const locales = (await i18nLocales.find()) as Array<{ code: string }>;
    expect(locales.map((l) => l.code).sort()).toEqual(['ar', 'en']);
    expect(await i18nLocales.getDefaultLocale()).toBe('ar');
  });

  it('seeds the taxonomy and the wire sample once, however often it runs', async () => {
    const first = await newsroom().service('seed').run();
    expect(first.existing).toEqual([]);
    const counts = await countAll();
    const second = await newsroom().service('seed').run();
    expect(second.created).toEqual([]);
    expect(await countAll()).toEqual(counts);

    const sections = await strapi.documents(TOPIC_UID).findMany({ locale: 'en', filters: { kind: 'section' } });
    expect(sections.map((s) => s.name).sort()).toEqual([
      'Culture',
      'Economy',
      'International',
      'Middle East',
      'Sport',
      'Technology',
    ]);
    const security = await strapi
      .documents(TOPIC_UID)
      .findFirst({ locale: 'ar', filters: { name: 'التعاون الأمني' }, populate: ['parent'] });
    expect((security as unknown as { parent: { name: string } }).parent.name).toBe('الشرق الأوسط');
    for (const name of ['أحداث إقليمية', 'حلف الناتو', 'مؤتمرات وقمم', 'انتخابات', 'الإرهاب', 'الطاقة']) {
      expect(await strapi.documents(TOPIC_UID).count({ locale: 'ar', filters: { name } })).toBe(1);
    }
  });

  it('imports the wire sample as an Arabic draft with its author and source', async () => {
    const [story] = await strapi.documents(ARTICLE_UID).findMany({
      locale: 'ar',
      status: 'draft',
      filters: { authors: { name: 'سيد محمد' } },
      populate: ['authors', 'sources'],
    });
    const article = story as unknown as {
      documentId: string;
      title: string;
      body: Array<{ type: string; children: Array<{ text: string }> }>;
      authors: Array<{ name: string }>;
      sources: Array<{ name: string }>;
      wordCount: number;
    };
    expect(article.title.length).toBeGreaterThan(10);
    expect(article.authors.map((a) => a.name)).toEqual(['سيد محمد']);
    expect(article.sources.map((s) => s.name)).toEqual(['وكالة الأنباء العراقية']);
    expect(article.body.filter((block) => block.type === 'heading')).toHaveLength(6);
    const bodyText = JSON.stringify(article.body);
    expect(bodyText).not.toContain('اضغط هنا');
    expect(bodyText).not.toContain('كتب:');
    expect(article.wordCount).toBeGreaterThan(500);
    // A draft: not on the public API.
    expect((await publicApi(strapi).get(`/api/articles/${article.documentId}?locale=ar`)).status).toBe(404);
  });

  it('publishes the bilingual demo story for the public API, by slug, in Arabic and English', async () => {
    const ar = await publicApi(strapi).get(
      '/api/articles?locale=ar&filters[slug][$eq]=العراق-وحلف-الناتو-يبحثان-التعاون-الأمني-في-حوار-المنامة&populate=topics',
    );
    expect(ar.status).toBe(200);
    expect(ar.body.data).toHaveLength(1);
    expect(ar.body.data[0].topics.map((t: { name: string }) => t.name)).toContain('حلف الناتو');
    const en = await publicApi(strapi).get(
      '/api/articles?locale=en&filters[slug][$eq]=iraq-nato-meet-at-manama-dialogue',
    );
    expect(en.body.data[0].title).toBe('Iraq and NATO discuss security cooperation at the Manama Dialogue');
  });

  it('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD only when there is none', async () => {
    const env = { ADMIN_EMAIL: 'Chief@Newsroom.test', ADMIN_PASSWORD: 'Chief-editor-1' } as NodeJS.ProcessEnv;
    const service = newsroom().service('firstAdmin');
    expect(await service.ensureFirstAdmin({} as NodeJS.ProcessEnv)).toBe('not-configured');
    expect(await service.ensureFirstAdmin(env)).toBe('created');
    expect(await service.ensureFirstAdmin(env)).toBe('exists');
    const login = await publicApi(strapi)
      .post('/admin/login')
      .send({ email: 'chief@newsroom.test', password: 'Chief-editor-1' });
    expect(login.status).toBe(200);
    expect(login.body.data.token).toEqual(expect.any(String));
    const user = await strapi.db
      .query('admin::user')
      .findOne({ where: { email: 'chief@newsroom.test' }, populate: ['roles'] });
    expect(user.roles.map((r: { code: string }) => r.code)).toEqual(['strapi-super-admin']);
  });
});
