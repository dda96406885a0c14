import { setImmediate as nextTurn } from 'timers/promises';
import { articleLocalesOf } from '../content/call-locales';
import type { Core } from '@strapi/strapi';
import type { VersionPath } from '../../../shared/contracts/history';
import { ARTICLE_UID } from '../../../core/model';
import type { DocumentCall, DocumentMiddleware } from '../content/document-call';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { requestActor } from '../http/request-actor';
import { versionContext } from './context';

/**
 * Every save is a version: after any Document Service action that can change an article locale's draft
 * (create, update, clone, publish, unpublish, discardDraft), the draft is taken from what the action answered
 * when that is the draft row (create, update), else read back, and, when its hash differs
 * from the latest version's, appended — in the action's transaction, so a save and its version commit together.
 * This covers the Content Manager, REST, GraphQL, code, the one-story import, the scheduler and a restore; the
 * archive import writes around the Document Service and records its own (wire/batch.ts).
 */
const DRAFT_CHANGING = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);

const prefixOf = (strapi: Core.Strapi, key: string, fallback: string): string => {
  const value = strapi.config.get(key, fallback);
  return typeof value === 'string' && value !== '' ? value : fallback;
};

/** The path of the change: set by the work running it (import, scheduler, restore), else read off the request. */
export const versionPathOf = (strapi: Core.Strapi): VersionPath => {
  const marked = versionContext()?.path;
  if (marked) return marked;
  const ctx = strapi.requestContext.get();
  if (ctx === undefined) return 'code';
  const url = ctx.path ?? '';
  const under = (prefix: string) => url === prefix || url.startsWith(`${prefix}/`);
  if (under('/content-manager')) return 'content-manager';
  if (under(prefixOf(strapi, 'plugin::graphql.endpoint', '/graphql'))) return 'graphql';
  if (under(prefixOf(strapi, 'api.rest.prefix', '/api'))) return 'rest';
  return 'code';
};

/** Who made the change, as versions name them: `admin:<id>`, `api:<id>`, `token:<id>`, `system:<path>`. */
export const versionActorOf = (strapi: Core.Strapi, path: VersionPath): string => {
  const marked = versionContext()?.actorId;
  if (marked) return marked;
  const actor = requestActor(strapi);
  if (actor === 'system') return `system:${path}`;
  return /^\d+$/.test(actor.id) ? `admin:${actor.id}` : actor.id;
};

const documentIdOf = (call: DocumentCall, result: unknown): string | undefined => {
  const fromResult = (result as { documentId?: unknown } | null)?.documentId;
  if (typeof fromResult === 'string') return fromResult;
  return typeof call.params.documentId === 'string' ? call.params.documentId : undefined;
};

/** The locale of a call's result (a created document's): Strapi's own fallback when the call names none. */
const resultLocale = (result: unknown): string | undefined => {
  const locale = (result as { locale?: unknown } | null)?.locale;
  return typeof locale === 'string' ? locale : undefined;
};

export const recordVersions =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (call.uid !== ARTICLE_UID || !DRAFT_CHANGING.has(call.action) || !pluginConfig(strapi, 'history').record)
      return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = documentIdOf(call, result);
      if (documentId === undefined) return result;
      const path = versionPathOf(strapi);
      const actorId = versionActorOf(strapi, path);
      const restoredFrom = versionContext()?.restoredFrom;
      const history = getService(strapi, 'history');
      // Recording (snapshot, hash, diff, compression: about 50 ms for the largest body) and what the caller does
      // with the result each start on a turn of their own, so a large save never holds the event loop in one piece.
      await nextTurn();
      for (const locale of await articleLocalesOf(strapi, { ...call.params, documentId }, resultLocale(result)))
        await history.recordDraft(documentId, locale, { path, actorId, restoredFrom }, result);
      await nextTurn();
      return result;
    });
  };
