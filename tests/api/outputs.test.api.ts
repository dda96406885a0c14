import type { Core } from '@strapi/strapi';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { publicApi } from '../helpers/admin';
import { ARTICLE, TOPIC, countStatements, siteFixtures, type Made } from '../helpers/site';
import { canonicalSegment } from '../../src/plugins/newsroom/server/src/domain/outputs/site-urls';

/**
 * The Google News sitemap and the RSS and Atom feeds (issue #19, items 2, 3, 5 and 7) on the real Strapi with the
 * in-memory response cache on: every output parsed with fast-xml-parser and the feeds read with rss-parser; the
 * site's canonical URLs; drafts absent; unpublishing, a slug change and a delete visible at the next read.
 */
const SITE = 'https://news.example';
const MEDIA = 'https://cms.example';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const DRAFT_TITLE = 'مسودة لا يراها أحد في الخلاصات';
const NEWER_DRAFT_TITLE = 'عنوان جديد لم ينشر بعد';

let app: TestStrapi;
let strapi: Core.Strapi;
let make: ReturnType<typeof siteFixtures>;
const made: Record<string, Made> = {};
let readOnlyToken = '';

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');
/** A public GET of an output, the body kept as text (XML types are not buffered as text by default). */
const get = async (path: string, query: Record<string, string> = {}, token: string | null = null) => {
  const request = publicApi(strapi)
    .get(`/api/newsroom/${encodePath(path)}`)
    .query(query)
    .buffer(true);
  const response = await (token ? request.set('Authorization', `Bearer ${token}`) : request);
  return { status: response.status, headers: response.headers, text: response.text };
};

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'entry', 'item', 'link'].includes(name),
});
interface NewsUrl {
  loc: string;
  'news:news': {
    'news:publication': { 'news:name': string; 'news:language': string };
    'news:publication_date': string;
    'news:title': string;
  };
}
const sitemapUrls = async (query: Record<string, string> = {}): Promise<NewsUrl[]> => {
  const response = await get('sitemaps/news.xml', query);
  expect(response.status).toBe(200);
  const doc = xml.parse(response.text);
  expect(doc.urlset['@_xmlns']).toBe(SITEMAP_NS);
  expect(doc.urlset['@_xmlns:news']).toBe(NEWS_NS);
  return (doc.urlset.url ?? []) as NewsUrl[];
};
const feedTitles = async (path: string): Promise<string[]> => {
  const response = await get(path);
  expect(response.status).toBe(200);
  return (await new Parser().parseString(response.text)).items.map((item) => item.title ?? '');
};

const articleUrl = (locale: string, section: string, slug: string) =>
  `${SITE}/${locale}/${canonicalSegment(section)}/${canonicalSegment(slug)}`;
const system = <T>(work: () => Promise<T>): Promise<T> =>
  strapi.plugin('newsroom').service('workflow').asSystem(work) as Promise<T>;
const clearCache = () => strapi.plugin('newsroom').service('responseCache').clear() as Promise<void>;

beforeAll(async () => {
  app = await startTestStrapi({
    NEWSROOM_CACHE: 'true',
    REDIS_URL: '',
    NEWSROOM_SITE_URL: SITE,
    NEWSROOM_MEDIA_URL: MEDIA,
  });
  strapi = app.strapi;
  make = siteFixtures(strapi);
  made.writer = await make.author('كاتبة الخلاصات');
  made.section = await make.topic('الشرق الأوسط', { kind: 'section' });
  made.topic = await make.topic('حلف الناتو', { parent: made.section.documentId });
  const cover = (await strapi.db.query('plugin::upload.file').create({
    data: {
      name: 'cover.jpg',
      hash: 'cover_outputs',
      ext: '.jpg',
      mime: 'image/jpeg',
      size: 12.5,
      url: '/uploads/cover_outputs.jpg',
      provider: 'local',
    },
  })) as { id: number };
  made.story = await make.article('العراق وحلف الناتو يبحثان التعاون الأمني', {
    standfirst: 'موجز عربي للخبر عن التعاون الأمني',
    topics: [made.topic.documentId],
    authors: [made.writer.documentId],
    cover: cover.id,
  });
  await make.publish(made.story.documentId);
  // A newer draft of the published story: its title must never reach an output.
  await strapi
    .documents(ARTICLE)
    .update({ documentId: made.story.documentId, locale: 'ar', data: { title: NEWER_DRAFT_TITLE } });
  made.draft = await make.article(DRAFT_TITLE, { topics: [made.topic.documentId], authors: [made.writer.documentId] });
  made.archive = await make.article('خبر من الأرشيف نشر قبل ثلاثة أيام', {
    originalPublishedAt: new Date(Date.now() - 72 * 3_600_000).toISOString(),
  });
  await make.publish(made.archive.documentId);
  made.english = await make.article('Iraq and NATO meet in Manama', {}, 'en');
  await make.publish(made.english.documentId, 'en');
  readOnlyToken = (
    (await strapi.service('admin::api-token').create({ name: 'site', type: 'read-only', lifespan: null })) as {
      accessKey: string;
    }
  ).accessKey;
});
afterAll(async () => app?.teardown());

describe('Google News sitemap', () => {
  it("lists the last two days' published stories with the site's canonical URLs and every required element", async () => {
    const urls = await sitemapUrls();
    const story = urls.find((url) => url['news:news']['news:title'] === 'العراق وحلف الناتو يبحثان التعاون الأمني');
    expect(story?.loc).toBe(articleUrl('ar', made.section.slug, made.story.slug));
    expect(story?.['news:news']['news:publication']).toEqual({ 'news:name': 'غرفة الأخبار', 'news:language': 'ar' });
    // The newsroom's time zone (Asia/Baghdad) with its offset.
    expect(story?.['news:news']['news:publication_date']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
    const english = urls.find((url) => url['news:news']['news:title'] === 'Iraq and NATO meet in Manama');
    expect(english?.loc).toBe(`${SITE}/en/news/${made.english.slug}`);
    expect(english?.['news:news']['news:publication']['news:language']).toBe('en');
    const titles = urls.map((url) => url['news:news']['news:title']);
    expect(titles).not.toContain(DRAFT_TITLE);
    expect(titles).not.toContain(NEWER_DRAFT_TITLE);
    // Published now, but originally three days ago: outside Google News's two days.
    expect(titles).not.toContain('خبر من الأرشيف نشر قبل ثلاثة أيام');
  });

  it('writes every URL in one canonical form: percent-encoded UTF-8, uppercase hex, NFC', async () => {
    for (const { loc } of await sitemapUrls()) {
      const path = new URL(loc).pathname;
      expect(path).toMatch(/^(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})+$/);
      expect(decodeURIComponent(path)).toBe(decodeURIComponent(path).normalize('NFC'));
      expect(loc.startsWith(`${SITE}/`)).toBe(true);
    }
  });

  it('answers one locale with ?locale=, with the XML content type, and refuses unknown parameters', async () => {
    const english = await sitemapUrls({ locale: 'en' });
    expect(english.map((url) => url['news:news']['news:publication']['news:language'])).toEqual(['en']);
    const response = await get('sitemaps/news.xml', { utm_source: 'newsletter' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    const refusedQueries: Record<string, string>[] = [{ populate: '*' }, { status: 'draft' }, { locale: 'fr' }];
    for (const query of refusedQueries) {
      const refused = await get('sitemaps/news.xml', query);
      expect({ query, status: refused.status }).toEqual({ query, status: 400 });
    }
  });

  it('holds at most the configured cap (1,000 by default), newest first', async () => {
    const site = strapi.config.get('plugin::newsroom.site') as Record<string, unknown>;
    expect(site.newsSitemap).toEqual({ windowHours: 48, maxUrls: 1000 });
    // Two stories in the window (the Arabic one and the English one; the archive copy is too old).
    expect((await sitemapUrls()).length).toBe(2);
    try {
      strapi.config.set('plugin::newsroom.site', { ...site, newsSitemap: { windowHours: 48, maxUrls: 1 } });
      await clearCache();
      const capped = await sitemapUrls();
      expect(capped.map((url) => url['news:news']['news:title'])).toEqual(['Iraq and NATO meet in Manama']);
    } finally {
      strapi.config.set('plugin::newsroom.site', site);
      await clearCache();
    }
  });
});

describe('RSS and Atom feeds', () => {
  it('reads the Arabic RSS feed: language, titles, summaries, links and the cover as enclosure', async () => {
    const response = await get('feeds/ar.rss');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const feed = await new Parser().parseString(response.text);
    expect(feed.language).toBe('ar');
    expect(feed.items.map((item) => item.title)).toEqual([
      'خبر من الأرشيف نشر قبل ثلاثة أيام',
      'العراق وحلف الناتو يبحثان التعاون الأمني',
    ]);
    const story = feed.items[1];
    expect(story.link).toBe(articleUrl('ar', made.section.slug, made.story.slug));
    expect(story.contentSnippet).toBe('موجز عربي للخبر عن التعاون الأمني');
    expect(story.enclosure).toEqual({
      url: `${MEDIA}/uploads/cover_outputs.jpg`,
      type: 'image/jpeg',
      length: String(Math.round(12.5 * 1024)),
    });
    expect(feed.items[0].enclosure).toBeUndefined();
  });

  it('reads the Arabic Atom feed: xml:lang on the feed, authors, the cover as an enclosure link', async () => {
    const response = await get('feeds/ar.atom');
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const doc = xml.parse(response.text);
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed['@_xml:lang']).toBe('ar');
    const self = doc.feed.link.find((link: Record<string, string>) => link['@_rel'] === 'self');
    expect(self['@_href']).toBe(`${SITE}/feeds/ar.atom`);
    const feed = await new Parser().parseString(response.text);
    expect(feed.items.map((item) => item.title)).toContain('العراق وحلف الناتو يبحثان التعاون الأمني');
    const storyEntry = doc.feed.entry.find(
      (entry: { id: string }) => entry.id === articleUrl('ar', made.section.slug, made.story.slug),
    );
    expect(storyEntry.author.name).toBe('كاتبة الخلاصات');
    const enclosure = storyEntry.link.find((link: Record<string, string>) => link['@_rel'] === 'enclosure');
    expect(enclosure).toMatchObject({ '@_type': 'image/jpeg', '@_length': '12800' });
  });

  it("gives a topic's and an author's feeds their stories only, and 404 for an unknown topic, locale or format", async () => {
    expect(await feedTitles(`feeds/ar/topics/${made.topic.slug}.rss`)).toEqual([
      'العراق وحلف الناتو يبحثان التعاون الأمني',
    ]);
    expect(await feedTitles(`feeds/ar/authors/${made.writer.slug}.atom`)).toEqual([
      'العراق وحلف الناتو يبحثان التعاون الأمني',
    ]);
    expect(await feedTitles('feeds/en.rss')).toEqual(['Iraq and NATO meet in Manama']);
    for (const path of [
      'feeds/ar/topics/لا-يوجد.rss',
      'feeds/fr.rss',
      'feeds/ar.json',
      `feeds/en/topics/${made.topic.slug}.rss`,
    ])
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 404 });
    expect((await get('feeds/ar.rss', { fields: 'title' })).status).toBe(400);
  });

  it('refuses a feed or sitemap file name over its limit with a 400 naming it, before any read', async () => {
    for (const path of [`feeds/ar/topics/${'ن'.repeat(1001)}.rss`, `sitemaps/${'a'.repeat(1001)}.xml`]) {
      const counted = await countStatements(strapi, () => publicApi(strapi).get(`/api/newsroom/${encodePath(path)}`));
      expect({ path: path.slice(0, 20), status: counted.response.status }).toEqual({
        path: path.slice(0, 20),
        status: 400,
      });
      expect(JSON.stringify(counted.response.body)).toMatch(/file/);
      expect(counted.statements.filter((sql) => /articles|topics|authors/.test(sql))).toEqual([]);
    }
  });

  it('is granted to the Public role at boot, as find actions a read-only API token may call', async () => {
    const publicRole = (await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' }, populate: ['permissions'] })) as { permissions: Array<{ action: string }> };
    const granted = publicRole.permissions.map((permission) => permission.action);
    for (const handler of ['newsSitemap.find', 'localeFeed.find', 'topicFeed.find', 'authorFeed.find'])
      expect(granted).toContain(`plugin::newsroom.${handler}`);
  });

  it('answers Public and a read-only API token alike', async () => {
    for (const path of ['sitemaps/news.xml', 'feeds/ar.rss', `feeds/ar/topics/${made.topic.slug}.atom`]) {
      const anonymous = await get(path);
      const token = await get(path, {}, readOnlyToken);
      expect({ path, status: token.status }).toEqual({ path, status: 200 });
      expect(token.text).toBe(anonymous.text);
    }
  });
});

describe('the cached outputs and the request', () => {
  /** A GET of exactly this path, as a client may spell it (supertest sends it as given). */
  const getRaw = async (rawPath: string, host?: string) => {
    const request = publicApi(strapi).get(rawPath).buffer(true);
    const response = await (host ? request.set('Host', host) : request);
    return { status: response.status, cache: response.headers['x-cache'] as string | undefined, text: response.text };
  };

  it('answers every spelling of an output path from one cached entry', async () => {
    await clearCache();
    const topicFeed = `/api/newsroom/${encodePath(`feeds/ar/topics/${made.topic.slug}.rss`)}`;
    expect(topicFeed).toMatch(/%D8/); // the Arabic slug, in the canonical upper-case hex
    const canonical = await getRaw(topicFeed);
    expect({ status: canonical.status, cache: canonical.cache }).toEqual({ status: 200, cache: 'MISS' });
    const spellings = [
      topicFeed.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
      topicFeed.replace('/feeds/ar/', '/feeds/%61r/'),
    ];
    for (const spelling of spellings) {
      const response = await getRaw(spelling);
      expect({ spelling, status: response.status, cache: response.cache }).toEqual({
        spelling,
        status: 200,
        cache: 'HIT',
      });
      expect(response.text).toBe(canonical.text);
    }
  });

  it('keeps a forged Host out of what others are served when covers take the request origin', async () => {
    const mediaUrl = strapi.config.get('plugin::newsroom.site.mediaUrl');
    const serverUrl = strapi.config.get('server.url');
    strapi.config.set('plugin::newsroom.site.mediaUrl', null);
    strapi.config.set('server.url', '');
    try {
      await clearCache();
      const forged = await getRaw('/api/newsroom/feeds/ar.rss', 'evil.example');
      expect(forged.status).toBe(200);
      // The forger is answered from their own Host (nothing else names the CMS here) ...
      expect(forged.text).toContain('http://evil.example/uploads/cover_outputs.jpg');
      // ... and nobody else is: a reader's reads are built for its own origin, then served from the cache.
      const reads = [];
      for (let read = 0; read < 3; read += 1) reads.push(await getRaw('/api/newsroom/feeds/ar.rss', 'cms.example'));
      for (const plain of reads) {
        expect(plain.text).not.toContain('evil.example');
        expect(plain.text).toContain('url="http://cms.example/uploads/cover_outputs.jpg"');
      }
      expect(reads.map((plain) => plain.cache)).toContain('HIT');
    } finally {
      strapi.config.set('plugin::newsroom.site.mediaUrl', mediaUrl);
      strapi.config.set('server.url', serverUrl);
      await clearCache();
    }
  });
});

describe('changes reach the outputs at once, through the response cache', () => {
  const outputs = [
    'sitemaps/news.xml',
    'feeds/ar.rss',
    'feeds/ar.atom',
    () => `feeds/ar/topics/${made.topic.slug}.rss`,
    () => `feeds/ar/authors/${made.writer.slug}.rss`,
  ];
  const paths = () => outputs.map((output) => (typeof output === 'string' ? output : output()));
  const warm = async () => {
    for (const path of paths()) await get(path);
    for (const path of paths())
      expect({ path, cache: (await get(path)).headers['x-cache'] }).toEqual({ path, cache: 'HIT' });
  };

  it('serves a repeat read from the cache with an ETag, 304 for a client that has it', async () => {
    const first = await get('feeds/ar.rss');
    const again = await get('feeds/ar.rss');
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(again.text).toBe(first.text);
    const revalidated = await publicApi(strapi)
      .get('/api/newsroom/feeds/ar.rss')
      .set('If-None-Match', again.headers.etag);
    expect(revalidated.status).toBe(304);
  });

  it('a new story published in the topic shows in every output at the next read', async () => {
    await warm();
    made.fresh = await make.article('خبر عاجل جديد عن الناتو', {
      topics: [made.topic.documentId],
      authors: [made.writer.documentId],
    });
    await make.publish(made.fresh.documentId);
    for (const path of paths().filter((path) => path.startsWith('feeds/') && path.endsWith('.rss')))
      expect({ path, first: (await feedTitles(path))[0] }).toEqual({ path, first: 'خبر عاجل جديد عن الناتو' });
    expect((await sitemapUrls()).map((url) => url.loc)).toContain(articleUrl('ar', made.section.slug, made.fresh.slug));
  });

  it('a changed slug moves the URL at once (the old one is gone)', async () => {
    await warm();
    const before = articleUrl('ar', made.section.slug, made.fresh.slug);
    await make.article('خبر عاجل جديد عن الناتو', { slug: 'عاجل-الناتو' }, 'ar', made.fresh.documentId);
    await make.publish(made.fresh.documentId);
    const after = articleUrl('ar', made.section.slug, 'عاجل-الناتو');
    const locs = (await sitemapUrls()).map((url) => url.loc);
    expect(locs).toContain(after);
    expect(locs).not.toContain(before);
    const links = (await new Parser().parseString((await get('feeds/ar.rss')).text)).items.map((item) => item.link);
    expect(links).toContain(after);
    expect(links).not.toContain(before);
  });

  it('unpublishing removes the story from every output at the next read', async () => {
    await warm();
    await system(() => strapi.documents(ARTICLE).unpublish({ documentId: made.fresh.documentId, locale: 'ar' }));
    for (const path of paths()) {
      const response = await get(path);
      expect({ path, cache: response.headers['x-cache'] }).toEqual({ path, cache: 'MISS' });
      expect(response.text).not.toContain('خبر عاجل جديد عن الناتو');
    }
  });

  it('deleting a published story removes it from every output at the next read', async () => {
    await warm();
    await system(() => strapi.documents(ARTICLE).delete({ documentId: made.story.documentId, locale: 'ar' }));
    for (const path of paths()) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.text).not.toContain('العراق وحلف الناتو يبحثان التعاون الأمني');
    }
    expect(await feedTitles(`feeds/ar/topics/${made.topic.slug}.rss`)).toEqual([]);
    // Nothing Arabic left in the window (the archive copy is too old): a valid empty urlset.
    expect(await sitemapUrls({ locale: 'ar' })).toEqual([]);
  });

  it("a topic's new slug moves its feed: the former slug answers 301 to the feed at the site's root", async () => {
    const former = made.topic.slug;
    await warm();
    const renamed = 'الناتو-والعراق';
    await strapi.documents(TOPIC).update({ documentId: made.topic.documentId, locale: 'ar', data: { slug: renamed } });
    await strapi.documents(TOPIC).publish({ documentId: made.topic.documentId, locale: 'ar' });
    const moved = await get(`feeds/ar/topics/${former}.atom`);
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe(`${SITE}/feeds/ar/topics/${canonicalSegment(renamed)}.atom`);
    expect(moved.headers['x-cache']).toBeUndefined();
    const current = await get(`feeds/ar/topics/${renamed}.atom`);
    expect(current.status).toBe(200);
    expect(xml.parse(current.text).feed['@_xml:lang']).toBe('ar');
  });
});
