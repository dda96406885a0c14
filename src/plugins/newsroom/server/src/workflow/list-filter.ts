import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { isPublicRequest } from '../http/public-request';
import { WORKFLOW_TYPE } from './service';
import type { DocumentMiddleware } from '../content/document-call';

/** Parameters the list view sends (from `plugins[newsroom][…]` in its URL, which the Content Manager flattens). */
export const STAGE_PARAM = 'workflowStage';
export const ASSIGNEE_PARAM = 'workflowAssignee';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value.slice(0, 64) : undefined;

/**
 * The Content Manager's list of articles filtered by workflow stage and assignee. The stage lives in the
 * workflow's own table (per locale, locked while it moves), not on the article, so the filter becomes a
 * `documentId` condition. Public requests cannot use it: the content API refuses unknown parameters.
 */
export const workflowListFilter =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (call.uid !== WORKFLOW_TYPE || !['findMany', 'count'].includes(call.action)) return next();
    const { [STAGE_PARAM]: stageParam, [ASSIGNEE_PARAM]: assigneeParam, ...params } = call.params;
    const stage = text(stageParam);
    const assignee = text(assigneeParam);
    if ((!stage && !assignee) || isPublicRequest(strapi)) {
      call.params = params;
      return next();
    }
    const locale =
      typeof params.locale === 'string' ? params.locale : await getService(strapi, 'locales').defaultLocale();
    const match = await getService(strapi, 'workflowViews').matching({ stage, assignee }, locale);
    const byDocument =
      'documentIds' in match
        ? { documentId: { $in: match.documentIds } }
        : { documentId: { $notIn: match.exceptDocumentIds } };
    const filters = params.filters as Record<string, unknown> | undefined;
    call.params = { ...params, filters: filters ? { $and: [filters, byDocument] } : byDocument };
    return next();
  };
