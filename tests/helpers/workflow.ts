import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, WORKFLOW_STATE_UID } from '../../src/plugins/newsroom/core/model';
import { readDraftSnapshot } from '../../src/plugins/newsroom/server/src/history/snapshot-reader';

const MINUTE = 60_000;

/**
 * Test setup: puts a draft article's Arabic locale straight into `stage` by writing its workflow state row
 * (version 3): scheduled ones are due, published ones are published (as the workflow) and come down in an hour.
 * Approved and scheduled ones are approved as they stand (the approval bound to the current draft).
 */
export async function placeInStage(strapi: Core.Strapi, documentId: string, stage: string): Promise<void> {
  if (stage === 'draft') return;
  const approved = stage === 'approved' || stage === 'scheduled';
  const approvedHash = approved ? ((await readDraftSnapshot(strapi, documentId, 'ar'))?.hash ?? null) : null;
  await strapi.db.query(WORKFLOW_STATE_UID).create({
    data: {
      contentType: ARTICLE_UID,
      targetDocumentId: documentId,
      locale: 'ar',
      stage,
      version: 3,
      scheduledAt: stage === 'scheduled' ? new Date(Date.now() - MINUTE) : null,
      unpublishAt: stage === 'published' ? new Date(Date.now() + 60 * MINUTE) : null,
      approvedHash,
    },
  });
  if (stage === 'published') {
    await strapi
      .plugin('newsroom')
      .service('workflow')
      .asSystem(() => strapi.documents(ARTICLE_UID).publish({ documentId, locale: 'ar' }));
  }
}

/** The body of a transition request, with the reason or time the transition may need. */
export const transitionBody = (transition: string) => ({
  locale: 'ar',
  transition,
  reason: 'سبب الاختبار',
  ...(transition === 'schedule' || transition === 'schedule_unpublish'
    ? { scheduleAt: new Date(Date.now() + 3 * 3600_000).toISOString() }
    : {}),
});
