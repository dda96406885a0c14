import config, { defaultNewsroomConfig } from './index';

/** newsroom.config.site is checked at boot: a bad URL pattern stops the start, naming its path. */
const withSite = (site: Partial<typeof defaultNewsroomConfig.site>) => ({
  ...defaultNewsroomConfig,
  site: { ...defaultNewsroomConfig.site, ...site },
});

describe('newsroom.config.site', () => {
  it('accepts the defaults', () => {
    expect(() => config.validator(defaultNewsroomConfig)).not.toThrow();
  });

  it('refuses an article pattern with an unknown placeholder or without {slug}, naming the path', () => {
    const paths = defaultNewsroomConfig.site.paths;
    expect(() => config.validator(withSite({ paths: { ...paths, article: { ar: '/ar/{title}/{slug}' } } }))).toThrow(
      'newsroom.site.paths.article.ar: /ar/{title}/{slug}: unknown placeholder {title}',
    );
    expect(() => config.validator(withSite({ paths: { ...paths, topic: { en: '/en/topics' } } }))).toThrow(
      'newsroom.site.paths.topic.en',
    );
  });

  it('refuses a site URL with a query, and a news sitemap cap above Google News limits', () => {
    expect(() => config.validator(withSite({ url: 'https://news.example/?x=1' }))).toThrow('newsroom.site.url');
    expect(() => config.validator(withSite({ newsSitemap: { windowHours: 48, maxUrls: 1001 } }))).toThrow(
      'newsroom.site.newsSitemap.maxUrls',
    );
    expect(() => config.validator(withSite({ newsSitemap: { windowHours: 72, maxUrls: 10 } }))).toThrow(
      'newsroom.site.newsSitemap.windowHours',
    );
  });
});
