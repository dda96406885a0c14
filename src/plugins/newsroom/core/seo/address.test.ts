import { seoAddressParts } from './address';

describe('seoAddressParts', () => {
  const values = { locale: 'ar', slug: 'صادرات-النفط', documentId: 'abc123' };

  it("starts with the site's URL and follows the locale's article pattern, the section unknown", () => {
    expect(seoAddressParts('https://news.example/', '/ar/{section}/{slug}', values)).toEqual([
      'https://news.example',
      'ar',
      '…',
      'صادرات-النفط',
    ]);
  });

  it('fills every placeholder a pattern may use, keeping a base path', () => {
    expect(seoAddressParts('https://example.org/news', '/{locale}/story/{documentId}-{slug}', values)).toEqual([
      'https://example.org/news',
      'ar',
      'story',
      'abc123-صادرات-النفط',
    ]);
  });

  it('shows … for a slug not yet written and a locale without a pattern', () => {
    expect(seoAddressParts('https://news.example', undefined, { ...values, locale: 'fr', slug: '' })).toEqual([
      'https://news.example',
      'fr',
      '…',
      '…',
    ]);
  });
});
