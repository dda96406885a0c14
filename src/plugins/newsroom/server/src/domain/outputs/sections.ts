/**
 * An article's `{section}` for its site URL: its first topic of kind `section`, else the section above its first
 * topic that has one, else the locale's `noSection` word. Rows are the article's topics in the editors' order.
 */
export interface TopicRow {
  slug: string;
  kind: string | null;
  parentSlug: string | null;
  parentKind: string | null;
}

export function sectionOf(topics: readonly TopicRow[], noSection: string): string {
  const section = topics.find((topic) => topic.kind === 'section');
  if (section) return section.slug;
  const under = topics.find((topic) => topic.parentKind === 'section' && topic.parentSlug);
  return under?.parentSlug ?? noSection;
}

/** A cover's absolute URL: as stored when absolute (an upload provider's CDN), else resolved against the media base. */
export function absoluteMediaUrl(url: string, mediaBase: string): string | null {
  try {
    return new URL(url, mediaBase).toString();
  } catch {
    return null;
  }
}
