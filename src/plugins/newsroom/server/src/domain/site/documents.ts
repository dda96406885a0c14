import type {
  SiteArticle,
  SiteAuthor,
  SiteAuthorRef,
  SiteSourceRef,
  SiteTopic,
  SiteTopicRef,
} from '../../../../shared/contracts/site';
import { jsonArray, textOrNull, toRef, toSummary, type Row } from './rows';
import { lastPublicChange, publicCorrections, type StoredChange } from '../corrections';

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

/** The article's fields but its `seo` block (site/article-seo.ts builds that from the same rows). */
export type SiteArticleFields = Omit<SiteArticle, 'seo'>;

/** The article with its relations and the changes published since (corrections/store.ts rows, any order). */
export const toArticle = (
  row: Row,
  relations: ArticleRelations,
  changes: readonly StoredChange[] = [],
): SiteArticleFields => {
  const summary = toSummary(row, []);
  const dateModified = lastPublicChange(changes);
  return {
    ...summary,
    body: jsonArray(row.body),
    sourceUrl: textOrNull(row.sourceUrl),
    dateModified,
    updatedAt: dateModified ?? summary.publishedAt,
    ...relations,
    corrections: publicCorrections(changes),
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
