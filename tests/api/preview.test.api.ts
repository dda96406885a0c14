import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs } from '../helpers/admin';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
let documentId: string;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
  const created = await editor.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title: 'حلف NATO 32 دولة <script>alert(1)</script>',
    standfirst: 'مقدمة \u202Eمعكوسة',
    body: [
      { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)> نص المسودة' }] },
      // (Strapi itself refuses javascript: links in blocks; the renderer's unit tests cover them too.)
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: 'https://example.org/?q="onmouseover="alert(1)',
            children: [{ type: 'text', text: 'رابط' }],
          },
        ],
      },
    ],
  });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  documentId = created.body.data.documentId;
});
afterAll(async () => app?.teardown());

const linkFor = async (locale = 'ar', status = 'draft', document = documentId) => {
  const response = await editor.post('/newsroom/preview/links', { documentId: document, locale, status });
  expect(response.status).toBe(200);
  return response.body.data.url as string;
};

describe('signed preview', () => {
  it('renders the draft right to left, escaped, with strict headers', async () => {
    const page = await publicApi(strapi).get(await linkFor());
    if (page.status !== 200) throw new Error(`${page.status} ${page.text.slice(0, 300)}`);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-robots-tag']).toContain('noindex');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"|<html[^>]*dir="rtl"[^>]*lang="ar"/);
    expect(page.text).toContain('<bdi>NATO</bdi>');
    expect(page.text).toContain('نص المسودة');
    // The one script element is the JSON-LD data block (never run); no other, and nothing from the article escapes it.
    const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page.text);
    expect(jsonLd).not.toBeNull();
    expect(page.text.replace(jsonLd?.[0] ?? '', '')).not.toMatch(
      /<script|javascript:|\u202E|<img src=x|"onmouseover=/i,
    );
  });

  it("carries the site's head tags of the article: meta, canonical, and a NewsArticle JSON-LD", async () => {
    const page = await publicApi(strapi).get(await linkFor());
    expect(page.status).toBe(200);
    const head = page.text.slice(0, page.text.indexOf('</head>'));
    expect(head).toContain('<meta property="og:locale" content="ar_AR">');
    expect(head).toMatch(/<link rel="canonical" href="http:\/\/localhost:3000\/ar\/[^"]+">/);
    expect(head).toContain('<meta name="twitter:card" content="summary">');
    // The preview itself stays unindexed: its own robots tag, not the article's.
    expect(head.match(/name="robots"/g)).toHaveLength(1);
    expect(head).toContain('<meta name="robots" content="noindex, nofollow">');
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(head)?.[1] ?? '{}';
    const ld = JSON.parse(json) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'حلف NATO 32 دولة <script>alert(1)</script>',
      inLanguage: 'ar',
      isAccessibleForFree: true,
    });
  });

  it('refuses expired, tampered, mismatched and missing tokens with 401 and no content', async () => {
    const url = new URL(await linkFor(), 'http://localhost');
    const token = url.searchParams.get('token') as string;
    const expired = (await strapi
      .plugin('newsroom')
      .service('preview')
      .linkFor({ documentId, locale: 'ar', status: 'draft' }, -1)) as string;
    const variants = [
      expired,
      `${url.pathname}?locale=ar&status=draft&token=${token.slice(0, -2)}xx`,
      `${url.pathname}?locale=en&status=draft&token=${token}`,
      `${url.pathname}?locale=ar&status=published&token=${token}`,
      `${url.pathname}?locale=ar&status=draft`,
    ];
    for (const variant of variants) {
      const response = await publicApi(strapi).get(variant);
      expect([401, 403]).toContain(response.status);
      expect(response.text).not.toContain('نص المسودة');
    }
  });

  it('serves the bundled fonts from this server', async () => {
    const font = await publicApi(strapi).get('/api/newsroom/preview-fonts/noto-naskh-arabic-arabic-400-normal.woff2');
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect((await publicApi(strapi).get('/api/newsroom/preview-fonts/..%2Fpackage.json')).status).toBe(404);
  });

  it("Strapi's Preview button gets the signed link from the admin config", async () => {
    const response = await editor.get(
      `/content-manager/preview/url/${ARTICLE_UID}?documentId=${documentId}&locale=ar&status=draft`,
    );
    expect(response.status).toBe(200);
    expect(response.body.data.url).toContain(`/api/newsroom/preview/${documentId}?locale=ar&status=draft&token=`);
  });
});

describe('a preview link opens the version it was made for only', () => {
  const setBinding = (enabled: boolean) => strapi.config.set('plugin::newsroom.previewVersionBinding', enabled);
  const editDraft = async (document: string, word: string) => {
    const saved = await editor.put(`${cmPath(ARTICLE_UID, document)}?locale=ar`, {
      title: `عنوان ${word}`,
      body: paragraphs(`نص ${word}`),
    });
    if (saved.status !== 200) throw new Error(`${saved.status} ${JSON.stringify(saved.body)}`);
  };
  const open = (url: string) => publicApi(strapi).get(url);
  const expectRefusedAsChanged = async (url: string, ...hidden: string[]) => {
    const page = await open(url);
    expect(page.status).toBe(410);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body.error.message).toContain('the article changed since this link was made');
    expect(page.body.error.details.message.ar).toContain('تغيّر المقال منذ إنشاء هذا الرابط');
    for (const text of hidden) expect(page.text).not.toContain(text);
  };
  let story: string;

  beforeAll(async () => {
    const created = await editor.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
      title: 'عنوان الأول',
      body: paragraphs('نص الأول'),
    });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    story = created.body.data.documentId;
  });
  afterEach(() => setBinding(true));

  it('refuses a draft link once the draft is edited (410, naming why, no content); a new link shows the edit', async () => {
    const before = await linkFor('ar', 'draft', story);
    expect((await open(before)).text).toContain('نص الأول');
    await editDraft(story, 'الثاني');
    await expectRefusedAsChanged(before, 'نص الأول', 'نص الثاني');
    const after = await linkFor('ar', 'draft', story);
    const page = await open(after);
    expect(page.status).toBe(200);
    expect(page.text).toContain('نص الثاني');
  });

  it('without the binding (previewVersionBinding off) the old link shows the edited draft: the probe the check stops', async () => {
    const before = await linkFor('ar', 'draft', story);
    await editDraft(story, 'الثالث');
    setBinding(false);
    const page = await open(before);
    expect(page.status).toBe(200);
    expect(page.text).toContain('نص الثالث');
    setBinding(true);
    await expectRefusedAsChanged(before, 'نص الثالث');
  });

  it('a link to the published version survives draft edits, and is refused once another version is published', async () => {
    await strapi.plugin('newsroom').service('workflow').publishAsSystem(story, ['ar'], 'system:test');
    const published = await linkFor('ar', 'published', story);
    const draftBefore = await linkFor('ar', 'draft', story);
    await editDraft(story, 'الرابع');
    const page = await open(published);
    expect(page.status).toBe(200);
    expect(page.text).toContain('نص الثالث');
    expect(page.text).not.toContain('نص الرابع');
    await expectRefusedAsChanged(draftBefore, 'نص الرابع');
    // Republishing writes a new published row: the old published link named the version that is gone.
    await strapi.plugin('newsroom').service('workflow').publishAsSystem(story, ['ar'], 'system:test');
    await expectRefusedAsChanged(published, 'نص الثالث', 'نص الرابع');
    expect((await open(await linkFor('ar', 'published', story))).text).toContain('نص الرابع');
  });
});
