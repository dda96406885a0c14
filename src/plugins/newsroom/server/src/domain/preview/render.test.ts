import { countWords, plainTextFromBlocks } from '../../../../core/text/word-count';
import { ARABIC_LABELS, ENGLISH_LABELS } from './labels';
import { PREVIEW_FONT_FILES } from './fonts';
import { EVERY_BLOCK, NONCE, OPTIONS, article, longBody, p } from './test-fixtures';
import { renderPreview } from './render';
import { hazardsIn, tagsOf } from './test-html';

const bodyOf = (html: string): string =>
  html.slice(html.indexOf('<div class="article-body">'), html.indexOf('<footer'));

describe('renderPreview: language and direction', () => {
  it('sets lang and dir from an Arabic locale, with Arabic labels', () => {
    const html = renderPreview(article({ locale: 'ar' }), OPTIONS);
    expect(html.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('<div class="banner banner-draft">مسودة: معاينة غير منشورة</div>');
    expect(html).toContain('<p class="byline">بقلم ');
    expect(html).toContain('<h2>المصادر</h2>');
  });

  it('handles a regional Arabic locale and an English one', () => {
    expect(renderPreview(article({ locale: 'ar-EG' }), OPTIONS)).toContain('<html lang="ar-EG" dir="rtl">');
    const english = renderPreview(
      article({ locale: 'en', status: 'published', title: 'NATO has 32 members', body: [p('English copy.')] }),
      OPTIONS,
    );
    expect(english).toContain('<html lang="en" dir="ltr">');
    expect(english).toContain('<div class="banner banner-published">Published version</div>');
    expect(english).toContain('<h1 class="headline">NATO has 32 members</h1>');
    expect(english).toContain('<p class="byline">By ');
  });

  it('uses the given RTL languages and falls back to und for a locale that is not a tag', () => {
    expect(renderPreview(article({ locale: 'ckb' }), { ...OPTIONS, rtlLocales: ['ar', 'ckb'] })).toContain(
      '<html lang="ckb" dir="rtl">',
    );
    expect(renderPreview(article({ locale: 'ar_IQ!' }), OPTIONS)).toContain('<html lang="und" dir="rtl">');
  });

  it('marks a block in another script: an English quote in Arabic, an Arabic quote in English', () => {
    const quote = (value: string) => ({ type: 'quote', children: [{ type: 'text', text: value }] });
    const arabic = renderPreview(
      article({ body: [quote('"We will not back down," she said.'), p('قالت NATO إنها لن تتراجع')] }),
      OPTIONS,
    );
    expect(bodyOf(arabic)).toContain(
      '<blockquote lang="en" dir="ltr">&quot;We will not back down,&quot; she said.</blockquote>',
    );
    expect(bodyOf(arabic)).toContain('<p>قالت NATO إنها لن تتراجع</p>');
    const english = renderPreview(
      article({ locale: 'en', body: [quote('لن نتراجع'), quote('Мы не отступим')] }),
      OPTIONS,
    );
    expect(bodyOf(english)).toContain('<blockquote lang="ar" dir="rtl">لن نتراجع</blockquote>');
    expect(bodyOf(english)).toContain('<blockquote dir="auto">Мы не отступим</blockquote>');
  });

  it('lets the language of foreign-script blocks be configured', () => {
    const html = renderPreview(article({ body: [p('Nous ne reculerons pas.')] }), {
      ...OPTIONS,
      scriptLanguages: { Latn: 'fr' },
    });
    expect(bodyOf(html)).toContain('<p lang="fr" dir="ltr">');
  });

  it('marks labels whose language is not the page language', () => {
    const html = renderPreview(article({ locale: 'fa' }), OPTIONS);
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain(
      '<div class="banner banner-draft"><span lang="en" dir="ltr">Draft preview: not published</span></div>',
    );
    const persian = renderPreview(article({ locale: 'fa' }), {
      ...OPTIONS,
      labels: { lang: 'fa', draftBanner: 'پیش‌نمایش پیش‌نویس' },
    });
    expect(persian).toContain('<div class="banner banner-draft">پیش‌نمایش پیش‌نویس</div>');
  });
});

describe('renderPreview: bidi isolation', () => {
  it('isolates NATO in the headline and the body', () => {
    const html = renderPreview(article({ title: 'حلف NATO 32 دولة', body: [p('حلف NATO 32 دولة')] }), OPTIONS);
    expect(html).toContain('<h1 class="headline">حلف <bdi>NATO</bdi> 32 دولة</h1>');
    expect(bodyOf(html)).toContain('<p>حلف <bdi>NATO</bdi> 32 دولة</p>');
  });

  it('isolates names, topics and sources, which may be in either script', () => {
    const html = renderPreview(article(), OPTIONS);
    expect(html).toContain(
      '<span class="author"><bdi>أحمد علي</bdi> (<bdi class="role">مراسل</bdi>)</span> و<span class="author"><bdi>John Smith</bdi></span>',
    );
    expect(html).toContain('<li><bdi>NATO</bdi></li>');
    expect(html).toContain('<li><bdi>AFP</bdi></li>');
  });

  it('shows the source URL left to right', () => {
    expect(renderPreview(article(), OPTIONS)).toContain(
      '<p class="original">الخبر الأصلي: <a href="https://www.reuters.com/world/nato-32" dir="ltr" rel="noopener noreferrer nofollow" target="_blank">https://www.reuters.com/world/nato-32</a></p>',
    );
  });
});

describe('renderPreview: the page', () => {
  const html = renderPreview(article({ body: EVERY_BLOCK }), OPTIONS);

  it('renders every block type', () => {
    for (const fragment of [
      '<strong>',
      '<em>',
      '<u>',
      '<s>',
      '<code dir="auto">',
      '<a href="https://example.com/a?b=1&amp;c=2"',
      '<h2>',
      '<h3>',
      '<blockquote>',
      '<ul>',
      '<ol>',
      '<li>',
      '<figure class="body-image">',
      '<pre dir="ltr"',
    ]) {
      expect(bodyOf(html)).toContain(fragment);
    }
  });

  it('renders the header: topics, headline, standfirst, byline, dateline, dates and reading time', () => {
    expect(html).toContain('<ul class="topics" aria-label="الموضوعات"><li><bdi>العراق</bdi></li>');
    expect(html).toContain('<p class="standfirst">قمة الحلف في واشنطن</p>');
    expect(html).toContain('<span class="dateline">بغداد</span>');
    expect(html).toContain('النشر الأصلي <time datetime="2024-07-10T06:00:00.000Z">10 يوليو 2024 في 9:00 ص</time>');
    expect(html).toContain('نُشر <time datetime="2024-07-10T07:30:00.000Z">10 يوليو 2024 في 10:30 ص</time>');
    expect(html).toContain('حُدِّث <time datetime="2024-07-10T09:00:00.000Z">');
    expect(html).toContain('<p class="reading-time">مدة القراءة: دقيقة واحدة</p>');
  });

  it('renders the cover with alt text and caption, eagerly', () => {
    expect(html).toContain(
      '<figure class="cover"><img src="/uploads/cover.jpg" alt="غلاف" width="1600" height="900" fetchpriority="high" decoding="async"><figcaption>صورة الغلاف</figcaption></figure>',
    );
  });

  it('has one style element with the nonce, and loads nothing but the bundled fonts and its own images', () => {
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html).toContain(`<style nonce="${NONCE}">`);
    const urls = [...html.matchAll(/url\("([^"]*)"\)/g)].map(([, url]) => url);
    expect(urls).toEqual(PREVIEW_FONT_FILES.map((file) => `/newsroom/fonts/${file}`));
    const loaded = tagsOf(html).flatMap((tag) =>
      tag.attributes.filter(([name]) => name === 'src').map(([, value]) => value),
    );
    expect(loaded).toEqual(['/uploads/cover.jpg', '/uploads/photo.jpg']);
    expect(html).not.toMatch(/<link|@import|<script|<iframe/i);
    expect(hazardsIn(html)).toEqual([]);
  });

  it('uses logical properties only and a responsive column', () => {
    const css = /<style[^>]*>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(css).not.toMatch(
      /(?:margin|padding|border)-(?:left|right)|(?:^|[;{])(?:left|right):|text-align:(?:left|right)|float:/,
    );
    expect(css).toContain('max-inline-size:40rem');
    expect(css).toContain('@media (min-width:48rem)');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('says noindex and no-referrer in the page too', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });
});

describe('renderPreview: missing and odd fields', () => {
  it('renders a bare draft with only a title', () => {
    const html = renderPreview(
      { documentId: 'd', locale: 'ar', status: 'draft', title: '', authors: [], topics: [], sources: [] },
      OPTIONS,
    );
    expect(html).toContain('<h1 class="headline untitled">(بلا عنوان)</h1>');
    expect(html).not.toContain('class="meta"');
    expect(html).not.toContain('class="sources"');
    expect(html).not.toContain('<figure');
  });

  it('omits unparseable dates and an update within a minute of publication', () => {
    const html = renderPreview(
      article({
        originalPublishedAt: 'yesterday',
        publishedAt: '2024-07-10T07:30:00Z',
        updatedAt: '2024-07-10T07:30:40Z',
      }),
      OPTIONS,
    );
    expect(html).not.toContain('النشر الأصلي');
    expect(html).not.toContain('حُدِّث');
  });

  it('formats dates in the given time zone and digits', () => {
    const options = { ...OPTIONS, timezone: 'UTC', numberingSystem: 'arab' };
    expect(renderPreview(article(), options)).toContain(
      '<time datetime="2024-07-10T07:30:00.000Z">١٠ يوليو ٢٠٢٤ في ٧:٣٠ ص</time>',
    );
    const english = renderPreview(article({ locale: 'en-GB' }), { ...OPTIONS, timezone: 'America/New_York' });
    expect(english).toContain('Published <time datetime="2024-07-10T07:30:00.000Z">July 10, 2024 at 3:30 AM</time>');
  });

  it('writes the reading time with Arabic number agreement, or not at all when asked', () => {
    const minutes = (words: number) =>
      renderPreview(article({ body: longBody(words) }), OPTIONS).match(/<p class="reading-time">([^<]*)</)?.[1];
    expect(minutes(250)).toBe('مدة القراءة: دقيقتان');
    expect(minutes(500)).toBe('مدة القراءة: 3 دقائق');
    const words = countWords(plainTextFromBlocks(longBody(2_000)));
    expect(words).toBeGreaterThanOrEqual(2_000);
    expect(minutes(2_000)).toBe(`مدة القراءة: ${Math.ceil(words / 180)} دقيقة`);
    expect(ARABIC_LABELS.readingTime(100)).toBe('مدة القراءة: 100 دقيقة');
    expect(ENGLISH_LABELS.readingTime(4)).toBe('4 min read');
    expect(renderPreview(article(), { ...OPTIONS, showReadingTime: false })).not.toContain('reading-time');
    // The figure stored with the article (kept at each save) is used as it is; 0 or none means count.
    expect(renderPreview(article({ body: longBody(10), readingTime: 7 }), OPTIONS)).toContain('7 دقائق');
    expect(minutes(10)).toBe(
      renderPreview(article({ body: longBody(10), readingTime: 0 }), OPTIONS).match(
        /<p class="reading-time">([^<]*)</,
      )?.[1],
    );
  });

  it('throws for bad options, naming them', () => {
    expect(() => renderPreview(article(), { ...OPTIONS, nonce: 'short' })).toThrow('renderPreview: nonce');
    expect(() => renderPreview(article(), { ...OPTIONS, nonce: `${NONCE}"><script>` })).toThrow(TypeError);
    expect(() => renderPreview(article(), { ...OPTIONS, fontBaseUrl: 'https://x/");}' })).toThrow('fontBaseUrl');
    expect(() => renderPreview(article(), { ...OPTIONS, assetBaseUrl: 'javascript:' })).toThrow('assetBaseUrl');
    expect(() => renderPreview(article(), { ...OPTIONS, timezone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('renderPreview: a 2,000-word article', () => {
  it('renders it whole', () => {
    const body = longBody(2_000);
    const html = renderPreview(article({ body }), OPTIONS);
    const paragraphs = body.filter((block) => block.type === 'paragraph').length;
    expect(countWords(plainTextFromBlocks(body))).toBeGreaterThanOrEqual(2_000);
    expect(paragraphs).toBeGreaterThan(30);
    expect(bodyOf(html).match(/<p>/g)).toHaveLength(paragraphs);
    expect(bodyOf(html).match(/<bdi>1280 × 960<\/bdi>/g)).toHaveLength(paragraphs * 2);
    expect(bodyOf(html).match(/<strong>Jens Stoltenberg<\/strong>/g)).toHaveLength(paragraphs);
    expect(bodyOf(html).match(/<bdi>NATO<\/bdi>/g)).toHaveLength(paragraphs * 2);
    expect(hazardsIn(html)).toEqual([]);
  });
});
