import type { Lang } from '../../../shared/contracts/workflow';
import { ARTICLE_UID } from '../../../core/model';

/** The list view's hooks get the layout but not the model: the URL names it (/content-manager/collection-types/:uid). */
export const isArticleListPath = (pathname: string): boolean =>
  decodeURIComponent(pathname).includes(`/collection-types/${ARTICLE_UID}`);

export const langOf = (uiLocale: string): Lang => (uiLocale.startsWith('ar') ? 'ar' : 'en');

/** The list view's query, as far as the newsroom reads and writes it. */
export interface ListQuery {
  page?: string | number;
  plugins?: {
    i18n?: { locale?: string };
    newsroom?: { workflowStage?: string; workflowAssignee?: string };
  } & Record<string, unknown>;
}
