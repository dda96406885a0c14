import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pluginConfig } from '../plugin-config';
import { isWorkflowRun } from '../workflow/context';
import type { DocumentMiddleware } from './document-call';
import {
  ARTICLE_COMMENT_UID,
  ARTICLE_CORRECTION_UID,
  ARTICLE_VERSION_UID,
  INTERNAL_UID_PREFIX,
  LEDGER_UID,
} from '../../../core/model';

/**
 * The plugin's own tables (ledger, workflow states, outbox, slug redirects, tagging model, feedback) are
 * internals: the plugin reads and writes them through strapi.db.query only. They have no REST routes, and are
 * kept out of GraphQL and out of Document Service writes made for a content-API request.
 */
export const LEDGER_APPEND_ONLY = 'Editorial ledger entries are append-only: they cannot be changed or deleted';
export const VERSIONS_APPEND_ONLY = 'Article versions are append-only: they cannot be changed or deleted';
export const CORRECTIONS_APPEND_ONLY = 'Article corrections are append-only: they cannot be changed or deleted';
export const COMMENTS_APPEND_ONLY = 'Article comments are append-only: an edit or deletion is a new entry';

/** Every content type this plugin registers, from Strapi's registry (a type added later is covered too). */
export const internalTypeUids = (strapi: Core.Strapi): string[] =>
  Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith(INTERNAL_UID_PREFIX));

interface ShadowCrud {
  disable(): unknown;
}
interface GraphqlExtension {
  shadowCRUD(uid: string): ShadowCrud;
}

/** No query, mutation or type for them in the GraphQL schema (shadowCRUD would generate full CRUD). */
export const hideInternalTypesFromGraphql = (strapi: Core.Strapi): void => {
  const extension = strapi.plugin('graphql').service('extension') as GraphqlExtension;
  for (const uid of internalTypeUids(strapi)) extension.shadowCRUD(uid).disable();
};

const READS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

/**
 * Whatever route a request takes (content API, or the Content Manager's routes, which still answer for types it
 * hides), it cannot write them through the Document Service: the plugin itself never does.
 */
const noRequestWrites =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    const duringRequest = strapi.requestContext.get() !== undefined;
    if (call.uid.startsWith(INTERNAL_UID_PREFIX) && !READS.has(call.action) && duringRequest && !isWorkflowRun()) {
      throw new errors.ForbiddenError(`${call.uid} is internal to the newsroom and not writable through the API`);
    }
    return next();
  };

export const registerInternalTypeGuard = (strapi: Core.Strapi): void => {
  strapi.documents.use(noRequestWrites(strapi) as unknown as Modules.Documents.Middleware.Middleware);
};

/**
 * The ledger is append-only for every caller, at the query level (strapi.db.query, which the Document Service
 * uses too): updates and deletes are refused unless the workflow itself runs them (none does today; the switch
 * `ledgerAppendOnly` exists so that a test can show the probe getting through without it).
 */
export const makeLedgerAppendOnly = (strapi: Core.Strapi): void => {
  const refuse = () => {
    if (pluginConfig(strapi, 'ledgerAppendOnly') && !isWorkflowRun())
      throw new errors.ForbiddenError(LEDGER_APPEND_ONLY);
  };
  strapi.db.lifecycles.subscribe({
    models: [LEDGER_UID],
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
};

/** Refuses every update and delete of `uid` at the query level, whoever asks, with the message in both languages. */
const appendOnly = (strapi: Core.Strapi, uid: string, message: { en: string; ar: string }): void => {
  const refuse = () => {
    throw new errors.ForbiddenError(message.en, { message });
  };
  strapi.db.lifecycles.subscribe({
    models: [uid],
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
};

/**
 * Article versions are append-only for every caller, at the query level, like the ledger, with no switch: the
 * version store inserts, and its one delete (the retention policy's pruning) goes around the query layer.
 */
export const makeVersionsAppendOnly = (strapi: Core.Strapi): void =>
  appendOnly(strapi, ARTICLE_VERSION_UID, {
    en: VERSIONS_APPEND_ONLY,
    ar: 'نسخ المقالات تُضاف ولا تُعدَّل: لا يمكن تغييرها ولا حذفها',
  });

/**
 * The public record of changes to published stories is append-only for every caller, with no switch: a note
 * readers saw is never rewritten or removed (corrections/store.ts only inserts).
 */
export const makeCorrectionsAppendOnly = (strapi: Core.Strapi): void =>
  appendOnly(strapi, ARTICLE_CORRECTION_UID, {
    en: CORRECTIONS_APPEND_ONLY,
    ar: 'سجل تصحيحات المقالات يُضاف إليه ولا يُعدَّل: لا يمكن تغيير قيده ولا حذفه',
  });

/**
 * Comments are a log, append-only for every caller, with no switch: an edit, a deletion, a resolve is a new row
 * (comments/store.ts only inserts), so what was written, and who changed it, stays in the database.
 */
export const makeCommentsAppendOnly = (strapi: Core.Strapi): void =>
  appendOnly(strapi, ARTICLE_COMMENT_UID, {
    en: COMMENTS_APPEND_ONLY,
    ar: 'تعليقات المقالات سجل يُضاف إليه: التعديل أو الحذف قيد جديد، ولا يُغيَّر قيد سابق ولا يُحذف',
  });
