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

/** A topic row with the names and documentIds the site read shows (site/queries.ts `topicsWithSections`). */
export interface NamedTopicRow extends TopicRow {
  documentId: string;
  name: string;
  parentDocumentId: string | null;
  parentName: string | null;
}

/** The section an article's URL names (same choice as `sectionOf`), with its name and documentId; null when none. */
export function sectionTopicOf(
  topics: readonly NamedTopicRow[],
): { documentId: string; name: string; slug: string } | null {
  const section = topics.find((topic) => topic.kind === 'section');
  if (section) return { documentId: section.documentId, name: section.name, slug: section.slug };
  const under = topics.find((topic) => topic.parentKind === 'section' && topic.parentSlug && topic.parentDocumentId);
  return under?.parentSlug && under.parentDocumentId
    ? { documentId: under.parentDocumentId, name: under.parentName ?? under.parentSlug, slug: under.parentSlug }
    : null;
}
