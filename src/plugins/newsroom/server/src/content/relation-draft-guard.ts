import type { Core } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import {
  publishedOnlyQuery,
  RelationQueryRefused,
  type DatabaseQueryParams,
  type ModelLookup,
  type ModelShape,
} from '../domain/content/relation-guard';
import { pluginConfig } from '../plugin-config';
import { isPublicRequest } from '../http/public-request';
import { requestMayReadDrafts } from '../http/draft-access';

/**
 * Every read the database runs for a public request (REST, GraphQL root queries, GraphQL's nested relation
 * fields, which load straight from the database, populate at any depth, counts) goes through these hooks: a
 * relation step into a type with drafts in a filter matches published rows only, and a sort across one is
 * refused with a 400 naming `sort`. Hooked on the database rather than the Document Service because GraphQL's
 * nested fields (`authors { articles(filters: …) }`) never reach the Document Service.
 */
const READ_EVENTS = ['beforeFindOne', 'beforeFindMany', 'beforeCount'] as const;

interface ReadEvent {
  model: { uid: string };
  params?: DatabaseQueryParams;
}

const modelLookup =
  (strapi: Core.Strapi): ModelLookup =>
  (uid) => {
    const model = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]) as
      | (Parameters<typeof contentTypes.hasDraftAndPublish>[0] & { attributes: ModelShape['attributes'] })
      | undefined;
    if (!model) return undefined;
    return { draftAndPublish: contentTypes.hasDraftAndPublish(model), attributes: model.attributes };
  };

export const registerRelationDraftGuard = (strapi: Core.Strapi): void => {
  const models = modelLookup(strapi);
  const guard = (event: ReadEvent): void => {
    const { params } = event;
    if (
      !params ||
      (params.where === undefined &&
        params.filters === undefined &&
        params.orderBy === undefined &&
        params.populate === undefined)
    )
      return;
    // Draft mode: a caller granted draft reads may see what a relation to a draft matches (http/draft-access.ts).
    if (!pluginConfig(strapi, 'relationDraftGuard') || !isPublicRequest(strapi) || requestMayReadDrafts(strapi)) return;
    try {
      // The query builder reads the same params object after the hook: replace its keys, never the values in it.
      Object.assign(params, publishedOnlyQuery(models, event.model.uid, params));
    } catch (error) {
      if (error instanceof RelationQueryRefused)
        throw new errors.ValidationError(error.message, { parameter: error.parameter });
      throw error;
    }
  };
  strapi.db.lifecycles.subscribe(Object.fromEntries(READ_EVENTS.map((action) => [action, guard])));
};
