import { absoluteMediaUrl, sectionOf } from './sections';

const topic = (slug: string, kind: string, parentSlug: string | null = null) => ({
  slug,
  kind,
  parentSlug,
  parentKind: parentSlug ? 'section' : null,
});

describe("an article's section", () => {
  it('is its first section topic, else the section above a topic, else the fallback', () => {
    expect(sectionOf([topic('الناتو', 'topic', 'دولي'), topic('سياسة', 'section')], 'أخبار')).toBe('سياسة');
    expect(sectionOf([topic('الناتو', 'topic'), topic('العراق', 'topic', 'الشرق-الأوسط')], 'أخبار')).toBe(
      'الشرق-الأوسط',
    );
    expect(sectionOf([], 'أخبار')).toBe('أخبار');
  });
});

describe('cover URLs', () => {
  it('resolves relative upload paths against the media base and keeps absolute ones', () => {
    expect(absoluteMediaUrl('/uploads/a.jpg', 'https://cms.example')).toBe('https://cms.example/uploads/a.jpg');
    expect(absoluteMediaUrl('https://cdn.example/a.jpg', 'https://cms.example')).toBe('https://cdn.example/a.jpg');
    expect(absoluteMediaUrl('/uploads/a.jpg', '')).toBeNull();
  });
});
