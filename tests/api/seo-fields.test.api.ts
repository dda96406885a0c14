import type { Core } from '@strapi/strapi';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, publicApi, signInAs } from '../helpers/admin';
import { ARTICLE, countStatements, site, siteFixtures, type Made } from '../helpers/site';
import { SEO_COMPONENT } from '../../src/plugins/newsroom/core/model';
import type { SiteSeo } from '../../src/plugins/newsroom/shared/contracts/site';

/**
 * The SEO and social fields of articles (issue #19 item 1) on the real Strapi: the site read's `seo` block takes
 * the overrides when set and the headline, standfirst and cover otherwise; `noindex` adds the robots meta and
 * leaves the sitemaps and feeds; a canonical override leaves the sitemaps; the fields are read with the article in
 * the same statements; a draft's change is not public until published.
 */
const SITE = 'https://news.example';
const MEDIA = 'https://cms.example';

let app: TestStrapi;
let strapi: Core.Strapi;
let make: ReturnType<typeof siteFixtures>;
const made: Record<string, Made> = {};
let socialImageId = 0;

const file = async (name: string, alternativeText: string | null) =>
  (await strapi.db.query('plugin::upload.file').create({
    data: {
      name: `${name}.jpg`,
      hash: name,
      ext: '.jpg',
      mime: 'image/jpeg',
      size: 10,
      width: 1200,
      height: 630,
      alternativeText,
      url: `/uploads/${name}.jpg`,
      provider: 'local',
    },
  })) as { id: number };

const seoOf = async (slug: string): Promise<SiteSeo> => {
  const response = await site(strapi, `ar/articles/${slug}`);
  expect(response.status).toBe(200);
  return response.body.data.seo as SiteSeo;
};
const metaOf = (seo: SiteSeo, key: string) =>
  seo.meta.filter((tag) => (tag.property ?? tag.name) === key).map((tag) => tag.content);

const output = async (path: string) => {
  const response = await publicApi(strapi).get(`/api/newsroom/${path}`).buffer(true);
  expect(response.status).toBe(200);
  return response.text;
};
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' });
const locs = async (path: string): Promise<string[]> =>
  ((xml.parse(await output(path)).urlset.url ?? []) as Array<{ loc: string }>).map((url) => url.loc);
const feedTitles = async (path: string): Promise<string[]> =>
  (await new Parser().parseString(await output(path))).items.map((item) => item.title ?? '');
const slugInUrls = (urls: string[], slug: string) => urls.some((url) => url.endsWith(`/${encodeURIComponent(slug)}`));

beforeAll(async () => {
  app = await startTestStrapi({ NEWSROOM_SITE_URL: SITE, NEWSROOM_MEDIA_URL: MEDIA });
  strapi = app.strapi;
  make = siteFixtures(strapi);
  made.topic = await make.topic('الطاقة', { kind: 'section' });
  const cover = await file('seo_cover', 'ناقلة نفط في ميناء البصرة');
  socialImageId = (await file('seo_social', 'صورة مخصصة للمشاركة')).id;
  const story = { standfirst: 'مقدمة الخبر عن صادرات النفط', cover: cover.id, topics: [made.topic.documentId] };
  made.plain = await make.article('صادرات النفط العراقية ترتفع', story);
  made.custom = await make.article('صادرات النفط العراقية ترتفع للشهر الثالث', {
    ...story,
    seo: {
      metaTitle: 'صادرات النفط ترتفع للشهر الثالث',
      metaDescription: 'وصف مخصص لنتائج البحث',
      socialImage: socialImageId,
      socialImageAlt: 'مخطط صادرات النفط',
      canonicalUrl: 'https://partner.example/oil-exports',
    },
  });
  made.hidden = await make.article('خبر لا يظهر في محركات البحث', { ...story, seo: { noindex: true } });
  for (const article of [made.plain, made.custom, made.hidden]) await make.publish(article.documentId);
});
afterAll(async () => app?.teardown());

describe('SEO fields in the site read', () => {
  it("reads Strapi's component tables by the names core/model gives them", () => {
    const metadata = strapi.db.metadata.get(ARTICLE);
    const attribute = metadata.attributes.seo as unknown as {
      joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
      morphColumn?: { typeColumn: { name: string } };
    };
    expect(attribute.joinTable.name).toBe(SEO_COMPONENT.link.name);
    expect(attribute.joinTable.joinColumn.name).toBe(SEO_COMPONENT.link.entityColumn);
    expect(attribute.joinTable.inverseJoinColumn.name).toBe(SEO_COMPONENT.link.componentColumn);
    expect(strapi.db.metadata.get(SEO_COMPONENT.uid).tableName).toBe(SEO_COMPONENT.table);
  });

  it('falls back to the headline, standfirst and cover when no field is set', async () => {
    const seo = await seoOf(made.plain.slug);
    expect(seo.title).toBe('صادرات النفط العراقية ترتفع');
    expect(seo.description).toBe('مقدمة الخبر عن صادرات النفط');
    expect(metaOf(seo, 'og:image')).toEqual([`${MEDIA}/uploads/seo_cover.jpg`]);
    expect(metaOf(seo, 'og:image:alt')).toEqual(['ناقلة نفط في ميناء البصرة']);
    expect(seo.canonical.startsWith(`${SITE}/ar/`)).toBe(true);
    expect(metaOf(seo, 'robots')).toEqual(['index, follow, max-image-preview:large']);
  });

  it('uses every override that is set, in the meta tags, links and JSON-LD', async () => {
    const seo = await seoOf(made.custom.slug);
    expect(seo.title).toBe('صادرات النفط ترتفع للشهر الثالث');
    expect(metaOf(seo, 'og:title')).toEqual(['صادرات النفط ترتفع للشهر الثالث']);
    expect(metaOf(seo, 'twitter:title')).toEqual(['صادرات النفط ترتفع للشهر الثالث']);
    expect(metaOf(seo, 'description')).toEqual(['وصف مخصص لنتائج البحث']);
    expect(metaOf(seo, 'og:description')).toEqual(['وصف مخصص لنتائج البحث']);
    expect(metaOf(seo, 'og:image')).toEqual([`${MEDIA}/uploads/seo_social.jpg`]);
    expect(metaOf(seo, 'twitter:image')).toEqual([`${MEDIA}/uploads/seo_social.jpg`]);
    expect(metaOf(seo, 'og:image:alt')).toEqual(['مخطط صادرات النفط']);
    expect(metaOf(seo, 'og:image:width')).toEqual(['1200']);
    expect(seo.canonical).toBe('https://partner.example/oil-exports');
    expect(seo.links.find((link) => link.rel === 'canonical')?.href).toBe('https://partner.example/oil-exports');
    expect(metaOf(seo, 'og:url')).toEqual(['https://partner.example/oil-exports']);
    const jsonLd = seo.jsonLd as Record<string, unknown>;
    // The headline stays the story's; the search title is for the result page's <title>.
    expect(jsonLd.headline).toBe('صادرات النفط العراقية ترتفع للشهر الثالث');
    expect(jsonLd.description).toBe('وصف مخصص لنتائج البحث');
    expect(jsonLd.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': 'https://partner.example/oil-exports' });
  });

  it('says noindex in the robots meta of an article marked so', async () => {
    const seo = await seoOf(made.hidden.slug);
    expect(seo.robots).toMatch(/^noindex\b/);
    expect(metaOf(seo, 'robots')).toEqual([seo.robots]);
  });

  it("leaves a noindex language version out of the other's hreflang links, as the sitemaps do", async () => {
    const arabic = await make.article('خبر بلغتين عن الطاقة المتجددة');
    const english = await make.article('A story on renewable energy', {}, 'en', arabic.documentId);
    await make.publish(arabic.documentId);
    await make.publish(arabic.documentId, 'en');
    const alternates = async () =>
      (await seoOf(arabic.slug)).links
        .filter((link) => link.rel === 'alternate')
        .map((link) => link.hreflang)
        .sort();
    // Indexable: the English version is an alternate (what a noindex one also was before the read left it out).
    expect(await alternates()).toEqual(['ar', 'en', 'x-default']);

    await strapi.documents(ARTICLE).update({
      documentId: english.documentId,
      locale: 'en',
      data: { seo: { noindex: true } },
    });
    await make.publish(english.documentId, 'en');
    expect(await alternates()).toEqual(['ar', 'x-default']);
    expect(metaOf(await seoOf(arabic.slug), 'og:locale:alternate')).toEqual([]);
    const sitemap = xml.parse(await output('sitemaps/articles-1.xml')).urlset.url as Array<{
      loc: string;
      'xhtml:link': Array<{ '@_hreflang': string }>;
    }>;
    const inSitemap = sitemap.find((url) => slugInUrls([url.loc], arabic.slug));
    expect(inSitemap?.['xhtml:link'].map((link) => link['@_hreflang']).sort()).toEqual(['ar', 'x-default']);
  });

  it('reads the fields in the same statements as an article without them', async () => {
    const plain = await countStatements(strapi, () => site(strapi, `ar/articles/${made.plain.slug}`));
    const custom = await countStatements(strapi, () => site(strapi, `ar/articles/${made.custom.slug}`));
    expect(custom.response.status).toBe(200);
    expect(custom.statements.length).toBe(plain.statements.length);
  });
});

describe('SEO fields in the sitemaps and feeds', () => {
  it('leaves a noindex article out of the news sitemap, the sitemap pages and the feeds', async () => {
    for (const urls of [await locs('sitemaps/news.xml'), await locs('sitemaps/articles-1.xml')]) {
      expect(slugInUrls(urls, made.plain.slug)).toBe(true);
      expect(slugInUrls(urls, made.hidden.slug)).toBe(false);
    }
    const topicFeed = `feeds/ar/topics/${encodeURIComponent(made.topic.slug)}.rss`;
    for (const titles of [
      await feedTitles('feeds/ar.rss'),
      await feedTitles('feeds/ar.atom'),
      await feedTitles(topicFeed),
    ]) {
      expect(titles).toContain('صادرات النفط العراقية ترتفع');
      expect(titles).not.toContain('خبر لا يظهر في محركات البحث');
    }
  });

  it('leaves an article whose canonical URL is another page out of the sitemaps, not out of the feeds', async () => {
    for (const urls of [await locs('sitemaps/news.xml'), await locs('sitemaps/articles-1.xml')])
      expect(slugInUrls(urls, made.custom.slug)).toBe(false);
    expect(await feedTitles('feeds/ar.rss')).toContain('صادرات النفط العراقية ترتفع للشهر الثالث');
  });
});

describe('SEO fields and drafts', () => {
  it("keeps a draft's change private until it is published", async () => {
    await strapi.documents(ARTICLE).update({
      documentId: made.plain.documentId,
      locale: 'ar',
      data: { seo: { metaTitle: 'عنوان بحث في المسودة', noindex: true } },
    });
    let seo = await seoOf(made.plain.slug);
    expect(seo.title).toBe('صادرات النفط العراقية ترتفع');
    expect(seo.robots).toMatch(/^index\b/);
    expect(slugInUrls(await locs('sitemaps/articles-1.xml'), made.plain.slug)).toBe(true);

    await make.publish(made.plain.documentId);
    seo = await seoOf(made.plain.slug);
    expect(seo.title).toBe('عنوان بحث في المسودة');
    expect(seo.robots).toMatch(/^noindex\b/);
    expect(slugInUrls(await locs('sitemaps/articles-1.xml'), made.plain.slug)).toBe(false);
  });

  it("shows a draft's own fields in its signed preview, not on the site", async () => {
    const editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
    await strapi.documents(ARTICLE).update({
      documentId: made.custom.documentId,
      locale: 'ar',
      data: { seo: { metaTitle: 'عنوان بحث للمعاينة' } },
    });
    const link = await editor.post('/newsroom/preview/links', {
      documentId: made.custom.documentId,
      locale: 'ar',
      status: 'draft',
    });
    expect(link.status).toBe(200);
    const page = await publicApi(strapi).get(link.body.data.url as string);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<meta property="og:title" content="عنوان بحث للمعاينة">');
    expect((await seoOf(made.custom.slug)).title).toBe('صادرات النفط ترتفع للشهر الثالث');
  });

  it('saves a search title past 60 characters (the edit view warns), and refuses a canonical URL that is not one', async () => {
    const admin = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
    const long = await admin.post(`${cmPath(ARTICLE)}?locale=ar`, {
      title: 'خبر بعنوان بحث طويل',
      seo: { metaTitle: 'ع'.repeat(90), metaDescription: 'و'.repeat(200) },
    });
    expect(long.status).toBe(201);
    const bad = await admin.post(`${cmPath(ARTICLE)}?locale=ar`, {
      title: 'خبر برابط أصلي خاطئ',
      seo: { canonicalUrl: 'partner.example/story' },
    });
    expect(bad.status).toBe(400);
    const paths = (bad.body.error.details.errors as Array<{ path: string[] }>).map((error) => error.path.join('.'));
    expect(paths).toEqual(['seo.canonicalUrl']);
  });
});
