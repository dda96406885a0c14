import { articleSeo, ogLocale, type SeoInput } from './article-seo';

const AR_URL = 'https://news.example/ar/%D8%A7%D9%84%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF/%D8%AE%D8%A8%D8%B1';
const EN_URL = 'https://news.example/en/economy/story';

const input = (over: Partial<SeoInput> = {}): SeoInput => ({
  locale: 'ar',
  title: 'عنوان الخبر',
  headline: 'عنوان الخبر',
  description: 'موجز الخبر',
  canonical: AR_URL,
  url: AR_URL,
  versions: [
    { locale: 'ar', url: AR_URL },
    { locale: 'en', url: EN_URL },
  ],
  defaultLocale: 'ar',
  image: { url: 'https://cms.example/uploads/a.jpg', alt: 'صورة الغلاف', width: 1200, height: 630 },
  publishedAt: new Date('2026-12-05T09:00:00Z'),
  modifiedAt: new Date('2026-12-05T10:30:00Z'),
  authors: [{ name: 'كاتبة', url: 'https://news.example/ar/authors/%D9%83' }],
  section: 'الاقتصاد',
  keywords: ['الاقتصاد', 'النفط'],
  publisher: { name: 'غرفة الأخبار', url: 'https://news.example/ar', logo: 'https://news.example/logo.png' },
  corrections: [
    { kind: 'update', text: 'تحديث', at: '2026-12-05T10:00:00.000Z' },
    { kind: 'correction', text: 'تصحيح الرقم', at: '2026-12-05T10:30:00.000Z' },
  ],
  noindex: false,
  ...over,
});
const BAGHDAD = () => 180;
const metaOf = (seo: ReturnType<typeof articleSeo>, key: string) =>
  seo.meta.filter((tag) => (tag.property ?? tag.name) === key).map((tag) => tag.content);

describe('article meta tags', () => {
  it('writes title, description, canonical, og:* with ar_AR and its alternate, twitter:* and hreflang links', () => {
    const seo = articleSeo(input(), BAGHDAD);
    expect(seo.canonical).toBe(AR_URL);
    expect(metaOf(seo, 'description')).toEqual(['موجز الخبر']);
    expect(metaOf(seo, 'og:locale')).toEqual(['ar_AR']);
    expect(metaOf(seo, 'og:locale:alternate')).toEqual(['en_US']);
    expect(metaOf(seo, 'og:url')).toEqual([AR_URL]);
    expect(metaOf(seo, 'og:image:alt')).toEqual(['صورة الغلاف']);
    expect(metaOf(seo, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaOf(seo, 'article:published_time')).toEqual(['2026-12-05T12:00:00+03:00']);
    expect(metaOf(seo, 'article:tag')).toEqual(['الاقتصاد', 'النفط']);
    expect(seo.links).toEqual([
      { rel: 'canonical', href: AR_URL },
      { rel: 'alternate', hreflang: 'ar', href: AR_URL },
      { rel: 'alternate', hreflang: 'en', href: EN_URL },
      { rel: 'alternate', hreflang: 'x-default', href: AR_URL },
    ]);
    expect(seo.robots).toBe('index, follow, max-image-preview:large');
  });

  it('leaves out what is missing: no description, no image (summary card), no other version', () => {
    const seo = articleSeo(input({ description: null, image: null, versions: [] }), BAGHDAD);
    expect(metaOf(seo, 'description')).toEqual([]);
    expect(metaOf(seo, 'og:image')).toEqual([]);
    expect(metaOf(seo, 'twitter:card')).toEqual(['summary']);
    expect(metaOf(seo, 'og:locale:alternate')).toEqual([]);
    expect(seo.links).toEqual([{ rel: 'canonical', href: AR_URL }]);
    expect(seo.jsonLd).not.toHaveProperty('image');
  });

  it('says noindex when asked', () => {
    expect(articleSeo(input({ noindex: true }), BAGHDAD).robots).toBe('noindex, follow');
  });

  it('maps the newsroom locales to Open Graph locales', () => {
    expect([ogLocale('ar'), ogLocale('en'), ogLocale('fr')]).toEqual(['ar_AR', 'en_US', 'fr']);
  });
});

describe('NewsArticle JSON-LD', () => {
  it('holds the required and recommended properties, dates with the offset', () => {
    const { jsonLd } = articleSeo(input(), BAGHDAD);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'عنوان الخبر',
      description: 'موجز الخبر',
      datePublished: '2026-12-05T12:00:00+03:00',
      dateModified: '2026-12-05T13:30:00+03:00',
      author: [{ '@type': 'Person', name: 'كاتبة', url: 'https://news.example/ar/authors/%D9%83' }],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'غرفة الأخبار',
        logo: { '@type': 'ImageObject', url: 'https://news.example/logo.png' },
      },
      inLanguage: 'ar',
      articleSection: 'الاقتصاد',
      keywords: 'الاقتصاد, النفط',
      isAccessibleForFree: true,
      image: [{ '@type': 'ImageObject', url: 'https://cms.example/uploads/a.jpg' }],
      mainEntityOfPage: { '@type': 'WebPage', '@id': AR_URL },
    });
  });

  it('lists corrections and clarifications, not updates; dateModified is the publication when never changed', () => {
    const { jsonLd } = articleSeo(input(), BAGHDAD);
    expect(jsonLd).toHaveProperty('correction', [
      { '@type': 'CorrectionComment', text: 'تصحيح الرقم', datePublished: '2026-12-05T13:30:00+03:00' },
    ]);
    const fresh = articleSeo(input({ modifiedAt: null, corrections: [] }), BAGHDAD).jsonLd;
    expect(fresh).toHaveProperty('dateModified', '2026-12-05T12:00:00+03:00');
    expect(fresh).not.toHaveProperty('correction');
    // JSON as a site embeds it: it survives a round trip.
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(fresh);
  });
});
