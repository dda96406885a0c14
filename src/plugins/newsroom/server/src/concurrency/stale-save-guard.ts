import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { ARTICLE_UID } from '../../../core/model';
import { articleLocalesOf } from '../content/call-locales';
import type { DocumentMiddleware } from '../content/document-call';
import { parseBaseVersion } from '../domain/concurrency/base-version';
import { invalidBaseMessage } from '../domain/concurrency/stale-save';
import { readDraftSnapshot } from '../history/snapshot-reader';
import { pluginConfig } from '../plugin-config';
import { noteSavedVersion, savedVersionOf } from './request-versions';
import { staleSaveRefusal } from './stale-save-refusal';

/**
 * A save never silently overwrites a change it did not see. When the request states the version it started from
 * (`If-Match: "<hash>"`: the Content Manager's own save carries it, admin/src/concurrency/baseVersions.ts; REST
 * and GraphQL clients may send it), an update of an article locale whose draft is no longer that version is
 * refused with 409 naming who changed it, when, and the diff (concurrency/stale-save-refusal.ts); nothing is
 * saved. The check and the save run in one transaction with the draft row locked (PostgreSQL; SQLite serializes
 * writers), so two saves from the same base cannot both pass. Writes without a base are not checked. After every
 * request-driven save, the version it ended at is noted for the version header (concurrency/version-header.ts).
 */
export const staleSaveGuard =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    const ctx = strapi.requestContext.get();
    const { documentId } = call.params;
    if (call.uid !== ARTICLE_UID || call.action !== 'update' || !documentId || ctx === undefined) return next();
    const locales = await articleLocalesOf(strapi, call.params);
    // A base names one locale's version; a call over several locales has none to compare.
    const locale = locales.length === 1 ? locales[0] : undefined;
    if (locale === undefined) return next();
    const base = parseBaseVersion(ctx.request.headers['if-match']);
    if (base.kind === 'invalid') {
      const message = invalidBaseMessage(base.value);
      throw new errors.ValidationError(message.en, { field: 'If-Match', message });
    }
    // A second save of the same locale in one request builds on the first, which the client could not see.
    const expected =
      base.kind === 'hashes' &&
      pluginConfig(strapi, 'staleSaveGuard') &&
      savedVersionOf(ctx, documentId, locale) === undefined
        ? base.hashes
        : null;
    return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
      if (expected) {
        await trx(strapi.db.metadata.get(ARTICLE_UID).tableName)
          .select('id')
          .where({ document_id: documentId, locale })
          .whereNull('published_at')
          .forUpdate();
        const current = await readDraftSnapshot(strapi, documentId, locale);
        if (current && !expected.includes(current.hash))
          throw await staleSaveRefusal(strapi, { documentId, locale, baseHash: expected[0] as string, current });
      }
      const result = await next();
      const saved = await readDraftSnapshot(strapi, documentId, locale);
      if (saved) noteSavedVersion(ctx, documentId, locale, saved.hash);
      return result;
    });
  };
