import { renderSeoHead } from './seo-head';

describe('preview head tags', () => {
  const seo = {
    meta: [
      { name: 'robots', content: 'index, follow' },
      { property: 'og:title', content: 'عنوان "مقتبس" & <b>' },
      { name: 'twitter:card', content: 'summary' },
    ],
    links: [
      { rel: 'canonical' as const, href: 'https://news.example/ar/a' },
      { rel: 'alternate' as const, hreflang: 'en', href: 'https://news.example/en/a' },
    ],
    jsonLd: { '@type': 'NewsArticle', headline: '</script><script>alert(1)</script>\u2028' },
  };

  it('writes meta and link tags escaped, leaving out robots (the preview keeps its own noindex)', () => {
    const html = renderSeoHead(seo);
    expect(html).not.toContain('name="robots"');
    expect(html).toContain('<meta property="og:title" content="عنوان &quot;مقتبس&quot; &amp; &lt;b&gt;">');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://news.example/en/a">');
  });

  it('writes the JSON-LD so that no text in it can close the script element, and it parses back', () => {
    const html = renderSeoHead(seo);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const json = /<script type="application\/ld\+json">(.*)<\/script>/s.exec(html)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual(seo.jsonLd);
  });

  it('writes nothing without a seo block', () => {
    expect(renderSeoHead(null)).toBe('');
  });
});
