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

/** A topic as `sectionOf` reads it, by id: read once for all the articles of a list that link to it. */
export interface LinkedTopic extends TopicRow {
  id: number;
}

/**
 * Each article's topics in the editors' order, from its link rows (article id, topic id, in link order) and the
 * topics they name: a link to a topic that is not among `topics` (not published) is left out, as the site read
 * leaves it out. Two small reads instead of one join: the link rows come from an index alone, and a list of
 * 1,000 stories names a few dozen topics.
 */
export function topicsByArticle(
  links: ReadonlyArray<{ articleId: number; topicId: number }>,
  topics: ReadonlyMap<number, TopicRow>,
): Map<number, TopicRow[]> {
  const byArticle = new Map<number, TopicRow[]>();
  for (const { articleId, topicId } of links) {
    const topic = topics.get(topicId);
    if (!topic) continue;
    const list = byArticle.get(articleId);
    if (list) list.push(topic);
    else byArticle.set(articleId, [topic]);
  }
  return byArticle;
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
