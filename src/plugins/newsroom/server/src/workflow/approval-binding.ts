import { articleLocalesOf } from '../content/call-locales';
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { readDraftSnapshot } from '../history/snapshot-reader';
import { requestActor } from '../http/request-actor';
import type { DocumentMiddleware } from '../content/document-call';
import { ARTICLE_UID } from '../../../core/model';

/** The saves that change an article locale's draft. */
const DRAFT_WRITES = new Set(['create', 'update', 'discardDraft']);
/** Stages where a draft change matters to an approval (the others: nothing is approved, nothing to undo). */
const BOUND_STAGES = new Set(['in_review', 'approved', 'scheduled', 'published']);

/**
 * Approval binds to a version, on every path that writes an article's draft (the Content Manager, REST, GraphQL,
 * `strapi.documents()` from code, the import): the draft's hash is read before and after the save, in one
 * transaction with it, and a change goes to the workflow (`recordDraftChange`), which sends an Author's edit of an
 * approved story back to review, marks an Editor's as needing a fresh approval, or refuses the save under
 * `lockAfterSubmit` — then nothing is saved. Publishing checks the binding (the workflow service and scheduler).
 * Registered after the workflow guard, so a save-and-publish (`status=published`) is recorded before its publish.
 */
export const approvalBinding =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    const { documentId } = call.params;
    if (call.uid !== ARTICLE_UID || !DRAFT_WRITES.has(call.action) || !documentId) return next();
    if (!pluginConfig(strapi, 'approvalBinding')) return next();
    const workflow = getService(strapi, 'workflow');
    const locales: string[] = [];
    for (const locale of await articleLocalesOf(strapi, call.params)) {
      if (BOUND_STAGES.has((await workflow.stateOf(documentId, locale)).stage)) locales.push(locale);
    }
    if (locales.length === 0) return next();
    return strapi.db.transaction(async () => {
      const before = new Map<string, string | null>();
      for (const locale of locales)
        before.set(locale, (await readDraftSnapshot(strapi, documentId, locale))?.hash ?? null);
      const result = await next();
      const actor = requestActor(strapi);
      for (const locale of locales) {
        const draftHash = (await readDraftSnapshot(strapi, documentId, locale))?.hash ?? null;
        if (draftHash !== before.get(locale))
          await workflow.recordDraftChange({ documentId, locale, actor, draftHash });
      }
      return result;
    });
  };
