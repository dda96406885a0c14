import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pluginConfig } from '../plugin-config';
import { DRAFTS_NOT_PUBLIC, isPublicRequest } from '../public-request';
import { getService } from '../get-service';
import { findFormatErrors, type AttributeFormat } from '../domain/content/formats';
import type { DocumentMiddleware } from './types';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);
const WRITE_ACTIONS = new Set(['create', 'update']);
export const NEWSROOM_TYPES = ['api::article.article', 'api::author.author', 'api::topic.topic', 'api::source.source'] as const;
const isNewsroomType = (uid: string): boolean => (NEWSROOM_TYPES as readonly string[]).includes(uid);

/**
 * Public reads see published documents only, whatever path they take (REST, GraphQL root queries, custom
 * code run for a public request). Forcing `status: 'published'` on every public read also makes populated
 * relations published-only, since Strapi applies the caller's status to what it populates.
 */
const publicReadsArePublished =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (READ_ACTIONS.has(call.action) && pluginConfig(strapi, 'publicDraftGuard') && isPublicRequest(strapi)) {
      const { status } = call.params;
      if (status !== undefined && status !== 'published') {
        throw new errors.ValidationError(DRAFTS_NOT_PUBLIC);
      }
      call.params = { ...call.params, status: 'published' };
    }
    return next();
  };

/** Formats (URLs, colours, slugs) are checked on drafts too; Strapi only checks them at publish. */
const draftFormats =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (WRITE_ACTIONS.has(call.action) && isNewsroomType(call.uid) && call.params.data) {
      const attributes = strapi.contentType(call.uid as 'api::article.article').attributes as Record<string, AttributeFormat>;
      const fieldErrors = findFormatErrors(attributes, call.params.data);
      if (fieldErrors.length > 0) {
        throw new errors.ValidationError(fieldErrors.map((error) => error.message).join('; '), {
          errors: fieldErrors.map((error) => ({ ...error, name: 'ValidationError', value: call.params.data?.[error.path[0]] })),
        });
      }
    }
    return next();
  };

/** Slugs from the title or name when empty, and the article's word count and reading time, on every save. */
const derivedFields =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (WRITE_ACTIONS.has(call.action) && isNewsroomType(call.uid) && call.params.data) {
      const data = { ...call.params.data };
      await getService(strapi, 'slugs').fillSlug(call.uid, data, call.params);
      if (call.uid === 'api::article.article') {
        await getService(strapi, 'articleMetrics').fillMetrics(data, call.params);
      }
      call.params = { ...call.params, data };
    }
    return next();
  };

export const registerDocumentMiddlewares = (strapi: Core.Strapi): void => {
  for (const middleware of [publicReadsArePublished(strapi), draftFormats(strapi), derivedFields(strapi)]) {
    // Strapi types the context as a union over every content type and action; DocumentCall is the view we use.
    strapi.documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
  }
};
