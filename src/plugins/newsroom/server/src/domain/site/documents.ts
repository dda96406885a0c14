import type {
  SiteArticle,
  SiteAuthor,
  SiteAuthorRef,
  SiteSourceRef,
  SiteTopic,
  SiteTopicRef,
} from '../../../../shared/contracts/site';
import { isoTime, jsonArray, textOrNull, toRef, toSummary, type Row } from './rows';

/** The page documents of the site reads (an article, a topic, an author) from their rows. */

const topicKind = (value: unknown): 'section' | 'topic' => (value === 'section' ? 'section' : 'topic');

export const toTopicRef = (row: Row): SiteTopicRef => ({ ...toRef(row), kind: topicKind(row.kind) });
export const toAuthorRef = (row: Row): SiteAuthorRef => ({ ...toRef(row), jobTitle: textOrNull(row.jobTitle) });
export const toSourceRef = (row: Row): SiteSourceRef => ({
  ...toRef(row),
  kind: String(row.kind ?? ''),
  homepageUrl: textOrNull(row.homepageUrl),
});

export interface ArticleRelations {
  authors: SiteAuthorRef[];
  topics: SiteTopicRef[];
  sources: SiteSourceRef[];
}

export const toArticle = (row: Row, relations: ArticleRelations): SiteArticle => {
  const summary = toSummary(row, []);
  return {
    ...summary,
    body: jsonArray(row.body),
    sourceUrl: textOrNull(row.sourceUrl),
    updatedAt: isoTime(row.updatedAt) ?? summary.publishedAt,
    ...relations,
  };
};

/** A topic row read with its parent's columns (`parent…`, null when it has none) and its children. */
export const toTopic = (row: Row, children: SiteTopicRef[]): SiteTopic => ({
  documentId: String(row.documentId),
  locale: String(row.locale),
  name: String(row.name ?? ''),
  slug: String(row.slug ?? ''),
  description: textOrNull(row.description),
  kind: topicKind(row.kind),
  colour: textOrNull(row.colour),
  parent:
    typeof row.parentDocumentId === 'string'
      ? toTopicRef({
          documentId: row.parentDocumentId,
          name: row.parentName,
          slug: row.parentSlug,
          kind: row.parentKind,
        })
      : null,
  children,
});

export const toAuthor = (row: Row): SiteAuthor => ({
  documentId: String(row.documentId),
  locale: String(row.locale),
  name: String(row.name ?? ''),
  slug: String(row.slug ?? ''),
  jobTitle: textOrNull(row.jobTitle),
  bio: textOrNull(row.bio),
});
