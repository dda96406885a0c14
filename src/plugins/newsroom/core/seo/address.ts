/**
 * The address a search result shows for an article, as parts (`https://news.example › ar › … › slug`): the site's
 * URL (`NEWSROOM_SITE_URL`), then the segments of the locale's article path pattern (plugin config
 * `site.paths.article`). `{section}` is chosen from the published topics when the site is read
 * (server/src/domain/outputs/sections.ts), which the edit form cannot know: it shows `…`, as does an empty value.
 * Shown, never linked: values are the form's as typed (an Arabic slug reads as Arabic, not percent-encoded).
 */
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const UNKNOWN = '…';
/** A locale the site has no pattern for still shows where it would be. */
const FALLBACK_PATTERN = '/{locale}/{section}/{slug}';

export function seoAddressParts(
  siteUrl: string,
  pattern: string | undefined,
  values: { locale: string; slug: string | null | undefined; documentId: string | null | undefined },
): string[] {
  const filled: Record<string, string | null | undefined> = { ...values, section: null };
  const segments = (pattern ?? FALLBACK_PATTERN)
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(PLACEHOLDER, (_whole, name: string) => filled[name] || UNKNOWN));
  return [siteUrl.replace(/\/+$/, ''), ...segments];
}
