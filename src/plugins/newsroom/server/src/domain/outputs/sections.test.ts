import { absoluteMediaUrl, sectionOf, topicsByArticle } from './sections';

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

describe("articles' topics from link rows", () => {
  it('keeps link order per article and leaves out links to topics not given (unpublished)', () => {
    const politics = topic('سياسة', 'section');
    const nato = topic('الناتو', 'topic', 'دولي');
    const topics = new Map([
      [1, politics],
      [2, nato],
    ]);
    const links = [
      { articleId: 10, topicId: 2 },
      { articleId: 10, topicId: 1 },
      { articleId: 11, topicId: 3 },
      { articleId: 12, topicId: 1 },
    ];
    const grouped = topicsByArticle(links, topics);
    expect(grouped.get(10)).toEqual([nato, politics]);
    expect(grouped.has(11)).toBe(false);
    expect(grouped.get(12)).toEqual([politics]);
    expect(sectionOf(grouped.get(10) ?? [], 'أخبار')).toBe('سياسة');
  });
});

describe('cover URLs', () => {
  it('resolves relative upload paths against the media base and keeps absolute ones', () => {
    expect(absoluteMediaUrl('/uploads/a.jpg', 'https://cms.example')).toBe('https://cms.example/uploads/a.jpg');
    expect(absoluteMediaUrl('https://cdn.example/a.jpg', 'https://cms.example')).toBe('https://cdn.example/a.jpg');
    expect(absoluteMediaUrl('/uploads/a.jpg', '')).toBeNull();
  });
});
