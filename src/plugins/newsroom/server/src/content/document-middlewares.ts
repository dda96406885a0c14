import { setImmediate as nextTurn } from 'timers/promises';
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findFormatErrors, type AttributeFormat } from '../domain/content/formats';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import {
  DRAFTS_NOT_PUBLIC,
  PUBLICATION_FILTER_NOT_PUBLIC,
  isPublicRequest,
  publicSearchFor,
} from '../http/public-request';
import { markDraftRead, requestMayReadDrafts } from '../http/draft-access';
import { publicWritesRefused } from './public-writes';
import { isSluggedType } from '../slugs/service';
import type { DocumentMiddleware } from './document-call';
import { blocksLimits } from './blocks-limits';
import { cacheEviction } from '../cache/eviction';
import { relationWriteGuard } from './relation-write-guard';
import { hiddenControls } from './hidden-controls';
import { liveArticleLinks } from './live-article-links';
import { workflowGuard } from '../workflow/guard';
import { approvalBinding } from '../workflow/approval-binding';
import { workflowListFilter } from '../workflow/list-filter';
import { recordVersions } from '../history/record-versions';
import { staleSaveGuard } from '../concurrency/stale-save-guard';
import { ARTICLE_UID } from '../../../core/model';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);
const LIST_ACTIONS = new Set(['findMany', 'count']);
const WRITE_ACTIONS = new Set(['create', 'update']);

/**
 * Public reads see published documents only, whatever path they take (REST, GraphQL root queries, custom
 * code run for a public request). Forcing `status: 'published'` on every public read also makes populated
 * relations published-only, since Strapi applies the caller's status to what it populates. Draft mode
 * (http/draft-access.ts): a caller granted draft reads gets the status it asks for (published by default), and
 * its response is marked private.
 */
const publicReadsArePublished =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (READ_ACTIONS.has(call.action) && pluginConfig(strapi, 'publicDraftGuard') && isPublicRequest(strapi)) {
      const { status } = call.params;
      const asksForDrafts = status !== undefined && status !== 'published';
      const revealsDrafts =
        call.params.publicationFilter !== undefined || call.params.hasPublishedVersion !== undefined;
      if ((asksForDrafts || revealsDrafts) && requestMayReadDrafts(strapi)) {
        markDraftRead(strapi);
        return next();
      }
      if (asksForDrafts) throw new errors.ValidationError(DRAFTS_NOT_PUBLIC);
      if (revealsDrafts) throw new errors.ValidationError(PUBLICATION_FILTER_NOT_PUBLIC);
      call.params = { ...call.params, status: 'published' };
    }
    return next();
  };

/**
 * Arabic-aware search over the folded search key: `?search=` on the public list routes, and the Content
 * Manager's search box (`_q`), which would otherwise match the text only as written.
 */
const arabicSearch =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (!LIST_ACTIONS.has(call.action) || !isSluggedType(call.uid)) return next();
    const search = getService(strapi, 'search');
    const publicQuery = publicSearchFor(strapi, call.uid);
    if (publicQuery !== undefined) {
      call.params = {
        ...call.params,
        filters: search.withSearch(call.params.filters as Record<string, unknown>, publicQuery),
      };
    } else if (typeof call.params._q === 'string' && !isPublicRequest(strapi)) {
      const { _q: adminQuery, ...rest } = call.params;
      call.params = {
        ...rest,
        filters: search.withSearch(rest.filters as Record<string, unknown>, String(adminQuery)),
      };
    }
    return next();
  };

/** Formats (URLs, colours, slugs) are checked on drafts too; Strapi only checks them at publish. */
const draftFormats =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (WRITE_ACTIONS.has(call.action) && isSluggedType(call.uid) && call.params.data) {
      const attributes = strapi.contentType(call.uid).attributes as Record<string, AttributeFormat>;
      const componentsOf = (uid: string) =>
        (strapi.components[uid as keyof typeof strapi.components] as { attributes?: unknown } | undefined)
          ?.attributes as Record<string, AttributeFormat> | undefined;
      const fieldErrors = findFormatErrors(attributes, call.params.data, componentsOf);
      if (fieldErrors.length > 0) {
        throw new errors.ValidationError(fieldErrors.map((error) => error.message).join('; '), {
          errors: fieldErrors.map((error) => ({
            ...error,
            name: 'ValidationError',
            value: valueAt(call.params.data, error.path),
          })),
        });
      }
    }
    return next();
  };

/** The value at a field path (`seo.canonicalUrl`, `links.0.url`) of the written data. */
const valueAt = (data: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );

/** Slug, search key, and the article's word count and reading time, on every save. */
const derivedFields =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (WRITE_ACTIONS.has(call.action) && isSluggedType(call.uid) && call.params.data) {
      // The derivations walk the whole text (about 30 ms for the largest body the limits allow): on turns of
      // their own, apart from parsing the request before and Strapi's validation after.
      await nextTurn();
      const data = { ...call.params.data };
      await getService(strapi, 'slugs').fillSlug(call.uid, data, call.params);
      await getService(strapi, 'search').fillSearchKey(call.uid, data, call.params);
      if (call.uid === ARTICLE_UID) {
        await getService(strapi, 'articleMetrics').fillMetrics(data, call.params);
        await getService(strapi, 'tagging').autoApply(data, call.params);
      }
      call.params = { ...call.params, data };
      await nextTurn();
    }
    return next();
  };

/** Publishing under a new slug keeps the old one resolving; deleting a document forgets its old slugs. */
const slugHistory =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    const { documentId } = call.params;
    if (!isSluggedType(call.uid) || !documentId || !['publish', 'delete'].includes(call.action)) return next();
    const slugs = getService(strapi, 'slugs');
    if (call.action === 'delete') {
      const result = await next();
      const remaining = await strapi.db.query(call.uid).count({ where: { documentId } });
      if (remaining === 0) await slugs.forgetDocument(call.uid, documentId);
      return result;
    }
    const before = await slugs.publishedSlugs(call.uid, documentId);
    const result = await next();
    await slugs.recordFormerSlugs(call.uid, documentId, before);
    return result;
  };

export const registerDocumentMiddlewares = (strapi: Core.Strapi): void => {
  const middlewares = [
    publicReadsArePublished,
    publicWritesRefused,
    // Before anything works on the data: a save based on a stale version is refused as it stands.
    staleSaveGuard,
    blocksLimits,
    arabicSearch,
    workflowListFilter,
    draftFormats,
    relationWriteGuard,
    liveArticleLinks,
    hiddenControls,
    derivedFields,
    recordVersions,
    workflowGuard,
    // After the guard: a save-and-publish records the save (the guard splits it) before the publish is checked.
    approvalBinding,
    slugHistory,
    cacheEviction,
  ];
  for (const middleware of middlewares) {
    // Strapi types the context as a union over every content type and action; DocumentCall is the view we use.
    strapi.documents.use(middleware(strapi) as unknown as Modules.Documents.Middleware.Middleware);
  }
};
