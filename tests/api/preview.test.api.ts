import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, publicApi, signInAs } from '../helpers/admin';

const ARTICLE = 'api::article.article';
let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
let documentId: string;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
  const created = await editor.post(`${cmPath(ARTICLE)}?locale=ar`, {
    title: 'حلف NATO 32 دولة <script>alert(1)</script>',
    standfirst: 'مقدمة \u202Eمعكوسة',
    body: [
      { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)> نص المسودة' }] },
      // (Strapi itself refuses javascript: links in blocks; the renderer's unit tests cover them too.)
      { type: 'paragraph', children: [{ type: 'link', url: 'https://example.org/?q="onmouseover="alert(1)', children: [{ type: 'text', text: 'رابط' }] }] },
    ],
  });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  documentId = created.body.data.documentId;
});
afterAll(async () => app?.teardown());

const linkFor = async (locale = 'ar', status = 'draft') => {
  const response = await editor.post('/newsroom/preview/links', { documentId, locale, status });
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
    expect(page.text).not.toMatch(/<script|javascript:|\u202E|<img src=x|"onmouseover=/i);
  });

  it('refuses expired, tampered, mismatched and missing tokens with 401 and no content', async () => {
    const url = new URL(await linkFor(), 'http://localhost');
    const token = url.searchParams.get('token') as string;
    const expired = strapi.plugin('newsroom').service('preview').linkFor({ documentId, locale: 'ar', status: 'draft' }, -1) as string;
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
    const response = await editor.get(`/content-manager/preview/url/${ARTICLE}?documentId=${documentId}&locale=ar&status=draft`);
    expect(response.status).toBe(200);
    expect(response.body.data.url).toContain(`/api/newsroom/preview/${documentId}?locale=ar&status=draft&token=`);
  });
});
