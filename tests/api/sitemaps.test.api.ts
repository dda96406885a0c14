import type { Core } from '@strapi/strapi';
import { XMLParser } from 'fast-xml-parser';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { publicApi } from '../helpers/admin';
import { ARTICLE, countStatements, site, siteFixtures, type Made } from '../helpers/site';
import { canonicalSegment } from '../../src/plugins/newsroom/server/src/domain/outputs/site-urls';

/**
 * The sitemap index and its pages (issue #19, items 4 and 7) on the real Strapi with the in-memory response cache:
 * every file parsed with fast-xml-parser and checked against sitemaps.org (namespace, required elements, the
 * URL limit per page), the hreflang pairs pointing at each other, drafts and former slugs absent, a page read a
 * batch at a time, and unpublishing, a slug change and a delete visible at the next read. Also the `seo` block of
 * the site article read (item 6): meta tags, hreflang links matching the sitemap's, and the NewsArticle JSON-LD.
 */
const SITE = 'https://news.example';
const MEDIA = 'https://cms.example';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const DRAFT_TITLE = 'مسودة لا تظهر في خرائط الموقع';

let app: TestStrapi;
let strapi: Core.Strapi;
let make: ReturnType<typeof siteFixtures>;
const made: Record<string, Made> = {};
let siteConfig: Record<string, unknown>;

const get = async (file: string) => {
  const response = await publicApi(strapi).get(`/api/newsroom/sitemaps/${file}`).buffer(true);
  return { status: response.status, headers: response.headers, text: response.text };
};
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
});
interface Link {
  '@_rel': string;
  '@_hreflang': string;
  '@_href': string;
}
interface Url {
  loc: string;
  lastmod: string;
  'xhtml:link'?: Link[];
}
const W3C_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

const index = async (): Promise<Array<{ loc: string; lastmod?: string }>> => {
  const response = await get('index.xml');
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
  const doc = xml.parse(response.text);
  expect(doc.sitemapindex['@_xmlns']).toBe(SITEMAP_NS);
  return doc.sitemapindex.sitemap ?? [];
};
const page = async (file: string): Promise<Url[]> => {
  const response = await get(file);
  expect({ file, status: response.status }).toEqual({ file, status: 200 });
  expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
  const doc = xml.parse(response.text);
  expect(doc.urlset['@_xmlns']).toBe(SITEMAP_NS);
  expect(doc.urlset['@_xmlns:xhtml']).toBe(XHTML_NS);
  const urls = (doc.urlset.url ?? []) as Url[];
  const { pageSize } = (strapi.config.get('plugin::newsroom.site') as { sitemaps: { pageSize: number } }).sitemaps;
  expect(urls.length).toBeLessThanOrEqual(pageSize);
  for (const url of urls) {
    expect(url.loc.startsWith(`${SITE}/`)).toBe(true);
    expect(new URL(url.loc).pathname).toMatch(/^(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})+$/);
    expect(url.lastmod).toMatch(W3C_DATE);
  }
  return urls;
};
/** Every URL of a kind, over every page the index names. */
const all = async (kind: string): Promise<Url[]> => {
  const files = (await index()).map((entry) => entry.loc).filter((loc) => loc.includes(`/sitemaps/${kind}-`));
  const urls: Url[] = [];
  for (const loc of files) urls.push(...(await page(loc.slice(`${SITE}/sitemaps/`.length))));
  return urls;
};
const articleUrl = (locale: string, section: string, slug: string) =>
  `${SITE}/${locale}/${canonicalSegment(section)}/${canonicalSegment(slug)}`;
const hreflangs = (url: Url | undefined) =>
  Object.fromEntries((url?.['xhtml:link'] ?? []).map((link) => [link['@_hreflang'], link['@_href']]));
const setSitemaps = async (sitemaps: { pageSize: number; batchSize: number }) => {
  strapi.config.set('plugin::newsroom.site', { ...siteConfig, sitemaps });
  await strapi.plugin('newsroom').service('responseCache').clear();
};
const system = <T>(work: () => Promise<T>): Promise<T> =>
  strapi.plugin('newsroom').service('workflow').asSystem(work) as Promise<T>;

beforeAll(async () => {
  app = await startTestStrapi({
    NEWSROOM_CACHE: 'true',
    REDIS_URL: '',
    NEWSROOM_SITE_URL: SITE,
    NEWSROOM_MEDIA_URL: MEDIA,
  });
  strapi = app.strapi;
  siteConfig = strapi.config.get('plugin::newsroom.site') as Record<string, unknown>;
  make = siteFixtures(strapi);
  made.writer = await make.author('كاتب الخرائط');
  made.section = await make.topic('الاقتصاد', { kind: 'section' });
  const cover = (await strapi.db.query('plugin::upload.file').create({
    data: {
      name: 'cover.jpg',
      hash: 'cover_seo',
      ext: '.jpg',
      mime: 'image/jpeg',
      size: 12.5,
      width: 1200,
      height: 630,
      alternativeText: 'صورة ميناء البصرة',
      url: '/uploads/cover_seo.jpg',
      provider: 'local',
    },
  })) as { id: number };
  made.both = await make.article('خبر بلغتين عن الاقتصاد', {
    standfirst: 'موجز الخبر الاقتصادي',
    topics: [made.section.documentId],
    authors: [made.writer.documentId],
    cover: cover.id,
  });
  await make.publish(made.both.documentId);
  made.bothEn = await make.article('A story in two languages', {}, 'en', made.both.documentId);
  await make.publish(made.both.documentId, 'en');
  made.arabicOnly = await make.article('خبر بالعربية وحدها', { authors: [made.writer.documentId] });
  await make.publish(made.arabicOnly.documentId);
  made.draft = await make.article(DRAFT_TITLE);
});
afterAll(async () => app?.teardown());
afterEach(async () => {
  strapi.config.set('plugin::newsroom.site', siteConfig);
  await strapi.plugin('newsroom').service('responseCache').clear();
});

describe('sitemap index and pages', () => {
  it('names one file per page of articles, topics and authors at the site root, with lastmod', async () => {
    const entries = await index();
    expect(entries.map((entry) => entry.loc)).toEqual([
      `${SITE}/sitemaps/articles-1.xml`,
      `${SITE}/sitemaps/topics-1.xml`,
      `${SITE}/sitemaps/authors-1.xml`,
    ]);
    for (const entry of entries) expect(entry.lastmod).toMatch(W3C_DATE);
  });

  it('pages the articles by the configured size, every URL once, and 404 past the last page', async () => {
    await setSitemaps({ pageSize: 2, batchSize: 1 });
    expect((await index()).map((entry) => entry.loc.slice(`${SITE}/sitemaps/`.length))).toEqual([
      'articles-1.xml',
      'articles-2.xml',
      'topics-1.xml',
      'authors-1.xml',
    ]);
    const first = await page('articles-1.xml');
    const second = await page('articles-2.xml');
    expect([first.length, second.length]).toEqual([2, 1]);
    const locs = [...first, ...second].map((url) => url.loc);
    expect(new Set(locs).size).toBe(3);
    for (const file of ['articles-3.xml', 'articles-0.xml', 'pages-1.xml', 'articles-1.txt', 'index.json'])
      expect({ file, status: (await get(file)).status }).toEqual({ file, status: 404 });
  });

  it('answers a page past the largest key with 404 from the key alone, never walking the published rows', async () => {
    await setSitemaps({ pageSize: 2, batchSize: 1 });
    for (const file of ['articles-999999.xml', 'topics-500000.xml', 'authors-3.xml']) {
      const counted = await countStatements(strapi, () => publicApi(strapi).get(`/api/newsroom/sitemaps/${file}`));
      expect({ file, status: counted.response.status }).toEqual({ file, status: 404 });
      // The offset walk (`… offset ?`) is what a far page must not run: it reads every published row.
      expect({ file, walks: counted.statements.filter((sql) => /\boffset\b/i.test(sql)) }).toEqual({ file, walks: [] });
    }
    // A page within the keys still walks to its start.
    const second = await countStatements(strapi, () => publicApi(strapi).get('/api/newsroom/sitemaps/articles-2.xml'));
    expect(second.response.status).toBe(200);
    expect(second.statements.some((sql) => /\boffset\b/i.test(sql))).toBe(true);
  });

  it('gives each language version hreflang links to itself, its other version and x-default, pointing at each other', async () => {
    const urls = await all('articles');
    const arabic = articleUrl('ar', made.section.slug, made.both.slug);
    const english = articleUrl('en', 'news', made.bothEn.slug);
    const ar = urls.find((url) => url.loc === arabic);
    const en = urls.find((url) => url.loc === english);
    expect(hreflangs(ar)).toEqual({ ar: arabic, en: english, 'x-default': arabic });
    expect(hreflangs(en)).toEqual(hreflangs(ar));
    for (const link of [...(ar?.['xhtml:link'] ?? []), ...(en?.['xhtml:link'] ?? [])])
      expect(link['@_rel']).toBe('alternate');
    // Every URL's alternates name URLs that are themselves listed, and name it back.
    const byLoc = new Map(urls.map((url) => [url.loc, url]));
    for (const url of urls)
      for (const [lang, href] of Object.entries(hreflangs(url)))
        if (lang !== 'x-default') expect(hreflangs(byLoc.get(href))[lang]).toBe(href);
    const single = urls.find((url) => url.loc === articleUrl('ar', 'أخبار', made.arabicOnly.slug));
    expect(hreflangs(single)).toEqual({ ar: single?.loc, 'x-default': single?.loc });
  });

  it('lists published topics and authors with their site URLs; drafts never', async () => {
    expect((await all('topics')).map((url) => url.loc)).toEqual([
      `${SITE}/ar/topics/${canonicalSegment(made.section.slug)}`,
    ]);
    expect((await all('authors')).map((url) => url.loc)).toEqual([
      `${SITE}/ar/authors/${canonicalSegment(made.writer.slug)}`,
    ]);
    const text = (await get('articles-1.xml')).text;
    expect(text).not.toContain(canonicalSegment(made.draft.slug));
  });

  it('reads a page a batch at a time (keyset on the key), never the whole page in one statement', async () => {
    await setSitemaps({ pageSize: 3, batchSize: 1 });
    const counted = await countStatements(strapi, () => publicApi(strapi).get('/api/newsroom/sitemaps/articles-1.xml'));
    expect(counted.response.status).toBe(200);
    // Placeholders are `?` on SQLite and `$n` on PostgreSQL; identifiers quoted with `"` or backticks.
    const batches = counted.statements.filter((sql) => /["`]t["`]\.["`]id["`] >= (\?|\$\d+)/.test(sql));
    expect(batches.length).toBe(3);
    for (const sql of batches) expect(sql).toMatch(/limit (\?|\$\d+)/i);
  });
});

describe('seo block of the site article read', () => {
  interface Seo {
    title: string;
    description: string | null;
    canonical: string;
    meta: Array<{ name?: string; property?: string; content: string }>;
    links: Array<{ rel: string; href: string; hreflang?: string }>;
    jsonLd: Record<string, unknown>;
  }
  const seoOf = async (locale: string, slug: string): Promise<Seo> => {
    const response = await site(strapi, `${locale}/articles/${slug}`);
    expect(response.status).toBe(200);
    return response.body.data.seo as Seo;
  };
  const metaOf = (seo: Seo, key: string) =>
    seo.meta.filter((tag) => (tag.property ?? tag.name) === key).map((tag) => tag.content);

  it("gives meta tags and hreflang links that match the sitemap's URLs, each version naming the other", async () => {
    const arabic = articleUrl('ar', made.section.slug, made.both.slug);
    const english = articleUrl('en', 'news', made.bothEn.slug);
    const ar = await seoOf('ar', made.both.slug);
    const en = await seoOf('en', made.bothEn.slug);
    expect(ar.canonical).toBe(arabic);
    expect(en.canonical).toBe(english);
    const sitemap = await all('articles');
    const alternatesOf = (seo: Seo) =>
      Object.fromEntries(seo.links.filter((link) => link.rel === 'alternate').map((l) => [l.hreflang, l.href]));
    expect(alternatesOf(ar)).toEqual(hreflangs(sitemap.find((url) => url.loc === arabic)));
    expect(alternatesOf(en)).toEqual(alternatesOf(ar));
    expect(metaOf(ar, 'og:locale')).toEqual(['ar_AR']);
    expect(metaOf(ar, 'og:locale:alternate')).toEqual(['en_US']);
    expect(metaOf(en, 'og:locale')).toEqual(['en_US']);
    expect(metaOf(en, 'og:locale:alternate')).toEqual(['ar_AR']);
    expect(metaOf(ar, 'description')).toEqual(['موجز الخبر الاقتصادي']);
    expect(metaOf(ar, 'og:image')).toEqual([`${MEDIA}/uploads/cover_seo.jpg`]);
    expect(metaOf(ar, 'og:image:alt')).toEqual(['صورة ميناء البصرة']);
    expect(metaOf(ar, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaOf(ar, 'article:section')).toEqual(['الاقتصاد']);
  });

  it('returns a NewsArticle JSON-LD with every property Google reads, and the corrections published', async () => {
    await strapi.db.query('plugin::newsroom.article-correction').create({
      data: {
        targetDocumentId: made.both.documentId,
        locale: 'ar',
        kind: 'correction',
        note: 'صُحّح رقم الصادرات',
        // Two minutes after now: its time, to the second, differs from the publication's.
        at: new Date(Date.now() + 120_000).toISOString(),
        actorId: 'system:test',
        hash: 'seo-correction',
        workflowVersion: 1,
      },
    });
    await strapi.plugin('newsroom').service('responseCache').clear();
    const { jsonLd } = await seoOf('ar', made.both.slug);
    const parsed = JSON.parse(JSON.stringify(jsonLd)) as Record<string, unknown>;
    for (const property of [
      '@context',
      '@type',
      'headline',
      'description',
      'image',
      'datePublished',
      'dateModified',
      'author',
      'publisher',
      'inLanguage',
      'articleSection',
      'keywords',
      'isAccessibleForFree',
      'correction',
    ])
      expect({ property, present: property in parsed }).toEqual({ property, present: true });
    expect(parsed).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'خبر بلغتين عن الاقتصاد',
      inLanguage: 'ar',
      articleSection: 'الاقتصاد',
      keywords: 'الاقتصاد',
      isAccessibleForFree: true,
      author: [
        { '@type': 'Person', name: 'كاتب الخرائط', url: `${SITE}/ar/authors/${canonicalSegment(made.writer.slug)}` },
      ],
      publisher: { '@type': 'NewsMediaOrganization', name: 'غرفة الأخبار' },
      correction: [{ '@type': 'CorrectionComment', text: 'صُحّح رقم الصادرات' }],
    });
    // Asia/Baghdad: the dates carry the zone's offset.
    expect(parsed.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
    expect(parsed.dateModified).toMatch(/\+03:00$/);
    expect(parsed.dateModified).not.toBe(parsed.datePublished);
  });

  it("a section's new slug changes the article's canonical URL at the next read (the cache depends on it)", async () => {
    const first = await site(strapi, `ar/articles/${made.both.slug}`);
    const again = await site(strapi, `ar/articles/${made.both.slug}`);
    expect(again.headers['x-cache']).toBe('HIT');
    expect(first.body.data.seo.canonical).toBe(articleUrl('ar', made.section.slug, made.both.slug));
    await strapi.documents('api::topic.topic').update({
      documentId: made.section.documentId,
      locale: 'ar',
      data: { slug: 'اقتصاد-وأعمال' },
    });
    await strapi.documents('api::topic.topic').publish({ documentId: made.section.documentId, locale: 'ar' });
    const after = await site(strapi, `ar/articles/${made.both.slug}`);
    expect(after.body.data.seo.canonical).toBe(articleUrl('ar', 'اقتصاد-وأعمال', made.both.slug));
    made.section = { ...made.section, slug: 'اقتصاد-وأعمال' };
  });
});

describe('changes reach the sitemaps at once, through the response cache', () => {
  const files = ['index.xml', 'articles-1.xml', 'topics-1.xml', 'authors-1.xml'];
  const warm = async () => {
    for (const file of files) await get(file);
    for (const file of files)
      expect({ file, cache: (await get(file)).headers['x-cache'] }).toEqual({ file, cache: 'HIT' });
  };

  it('serves a repeated page from the cache, the same bytes, with an ETag', async () => {
    const first = await get('articles-1.xml');
    const again = await get('articles-1.xml');
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.text).toBe(first.text);
    expect(again.headers.etag).toBeDefined();
  });

  it('a changed slug replaces the URL (the former slug is never listed)', async () => {
    await warm();
    const before = articleUrl('ar', 'أخبار', made.arabicOnly.slug);
    await make.article('خبر بالعربية وحدها', { slug: 'خبر-جديد-الاسم' }, 'ar', made.arabicOnly.documentId);
    await make.publish(made.arabicOnly.documentId);
    const locs = (await all('articles')).map((url) => url.loc);
    expect(locs).toContain(articleUrl('ar', 'أخبار', 'خبر-جديد-الاسم'));
    expect(locs).not.toContain(before);
  });

  it('unpublishing one language removes its URL and its hreflang from the other at the next read', async () => {
    await warm();
    await system(() => strapi.documents(ARTICLE).unpublish({ documentId: made.both.documentId, locale: 'en' }));
    const response = await get('articles-1.xml');
    expect(response.headers['x-cache']).toBe('MISS');
    const urls = await all('articles');
    const arabic = articleUrl('ar', made.section.slug, made.both.slug);
    expect(urls.map((url) => url.loc)).not.toContain(articleUrl('en', 'news', made.bothEn.slug));
    expect(hreflangs(urls.find((url) => url.loc === arabic))).toEqual({ ar: arabic, 'x-default': arabic });
  });

  it('deleting a story removes it at the next read', async () => {
    await warm();
    await system(() => strapi.documents(ARTICLE).delete({ documentId: made.both.documentId, locale: 'ar' }));
    const response = await get('articles-1.xml');
    expect(response.headers['x-cache']).toBe('MISS');
    expect(response.text).not.toContain(canonicalSegment(made.both.slug));
  });
});
