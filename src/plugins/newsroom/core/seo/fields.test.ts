import { characterCount, lengthCheck, resolveSeo, SEO_LIMITS, type SeoStory } from './fields';

const cover = { url: '/uploads/cover.jpg', alt: 'صورة الغلاف', width: 1200, height: 800 };
const social = { url: '/uploads/social.jpg', alt: 'صورة المشاركة', width: 1200, height: 630 };
const story: SeoStory = { title: 'عنوان الخبر', standfirst: 'مقدمة الخبر', cover };

describe('SEO fields: defaults and overrides', () => {
  it('falls back to the headline, standfirst and cover when the component is missing or empty', () => {
    for (const fields of [null, undefined, {}, { metaTitle: '', metaDescription: '   ', socialImage: null }]) {
      expect(resolveSeo(story, fields)).toEqual({
        title: 'عنوان الخبر',
        description: 'مقدمة الخبر',
        image: cover,
        canonical: null,
        noindex: false,
        from: { title: 'default', description: 'default', image: 'default' },
      });
    }
  });

  it('uses every override that is set, trimmed', () => {
    const resolved = resolveSeo(story, {
      metaTitle: ' عنوان للبحث ',
      metaDescription: 'وصف للبحث',
      socialImage: social,
      socialImageAlt: 'نص بديل للمشاركة',
      canonicalUrl: 'https://partner.example/story',
      noindex: true,
    });
    expect(resolved).toEqual({
      title: 'عنوان للبحث',
      description: 'وصف للبحث',
      image: { ...social, alt: 'نص بديل للمشاركة' },
      canonical: 'https://partner.example/story',
      noindex: true,
      from: { title: 'override', description: 'override', image: 'override' },
    });
  });

  it("takes the social image's own alternative text when none is written, and gives a written one to the cover", () => {
    expect(resolveSeo(story, { socialImage: social }).image?.alt).toBe('صورة المشاركة');
    expect(resolveSeo(story, { socialImageAlt: 'وصف الغلاف للمشاركة' }).image).toEqual({
      ...cover,
      alt: 'وصف الغلاف للمشاركة',
    });
  });

  it('has no description or image when the story has neither and nothing overrides them', () => {
    const bare = resolveSeo({ title: 'عنوان', standfirst: ' ', cover: null }, { socialImageAlt: 'نص' });
    expect(bare.description).toBeNull();
    expect(bare.image).toBeNull();
  });

  it('is noindex only when the box is ticked', () => {
    expect(resolveSeo(story, { noindex: null }).noindex).toBe(false);
    expect(resolveSeo(story, { noindex: false }).noindex).toBe(false);
  });
});

describe('SEO lengths', () => {
  it('counts an Arabic letter with its vowel marks, composed or not, as one character', () => {
    expect(characterCount('شَدَّ')).toBe(2);
    expect(characterCount('أ')).toBe(characterCount('\u0627\u0654'));
  });

  it('warns past 60 and 160 characters, not at them', () => {
    expect(lengthCheck('ب'.repeat(60), SEO_LIMITS.metaTitle)).toEqual({ count: 60, limit: 60, over: false });
    expect(lengthCheck('ب'.repeat(61), SEO_LIMITS.metaTitle).over).toBe(true);
    expect(lengthCheck('x'.repeat(160), SEO_LIMITS.metaDescription).over).toBe(false);
    expect(lengthCheck('x'.repeat(161), SEO_LIMITS.metaDescription).over).toBe(true);
  });
});
