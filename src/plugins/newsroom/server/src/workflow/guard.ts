import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { initialState, publishGuard } from '../domain/workflow';
import { WORKFLOW_TYPE, refusal } from './service';
import { isWorkflowRun } from './context';
import { adminActor, requestActor } from '../http/request-actor';
import type { DocumentMiddleware } from '../content/document-call';
import { articleLocalesOf } from '../content/call-locales';

/**
 * Every path that publishes or unpublishes an article goes through the workflow: the Content Manager's
 * publish, unpublish and bulk actions, REST and GraphQL (`status=published`), and `strapi.documents().publish()`
 * from code. Each is taken as the `publish`/`unpublish` transition of whoever asked, so it is refused unless the
 * locale is approved (or scheduled and due) and the person may publish, and it lands in the ledger when allowed.
 * Deleting a locale that has a published version is the workflow's `delete` (guardDelete), on the same paths.
 * Only the workflow's own runs (transitions, the scheduler, `asSystem`) pass straight through.
 */
export const workflowGuard =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (call.uid !== WORKFLOW_TYPE || isWorkflowRun() || !pluginConfig(strapi, 'workflowGuard')) return next();
    const workflow = getService(strapi, 'workflow');
    const { documentId } = call.params;
    if ((call.action === 'publish' || call.action === 'unpublish') && documentId) {
      const locales = await articleLocalesOf(strapi, call.params);
      return workflow.guardPublishPath(documentId, locales, adminActor(strapi), call.action, next);
    }
    if ((call.action === 'create' || call.action === 'update') && call.params.status === 'published') {
      // Saving straight into the published state is publishing: a new document is a draft, so it never may;
      // an existing one only along the workflow.
      if (!documentId) {
        const locale =
          typeof call.params.locale === 'string'
            ? call.params.locale
            : await getService(strapi, 'locales').defaultLocale();
        const blocked = publishGuard(initialState(), locale, workflow.config(), () => new Date());
        // The first stage is never publishable (config-rules.ts), so this always refuses.
        if (blocked) throw refusal(blocked);
        return next();
      }
      const locales = await articleLocalesOf(strapi, call.params);
      if (!workflow.approvalBinding())
        return workflow.guardPublishPath(documentId, locales, adminActor(strapi), 'publish', next);
      // Save, then publish, in one transaction: the approval binding is checked on the draft as saved (Strapi's
      // own update would publish it within the same call, after the guard had read the old draft).
      return strapi.db.transaction(async () => {
        call.params = { ...call.params, status: 'draft' };
        await next();
        const published = await workflow.guardPublishPath(documentId, locales, adminActor(strapi), 'publish', () =>
          strapi.documents(WORKFLOW_TYPE).publish({ documentId, locale: call.params.locale } as never),
        );
        return (published as { entries?: unknown[] } | undefined)?.entries?.[0];
      });
    }
    if (call.action === 'delete' && documentId) {
      // Deleting a published locale takes it off the site: it needs the unpublish right and is recorded.
      const result = await workflow.guardDelete(
        documentId,
        await articleLocalesOf(strapi, call.params),
        requestActor(strapi),
        next,
      );
      const locale = call.params.locale;
      await workflow.forget(documentId, typeof locale === 'string' && locale !== '*' ? [locale] : '*');
      return result;
    }
    return next();
  };
