import type { Core } from '@strapi/strapi';
import { INITIAL_STAGE } from '../domain/workflow';
import type { WorkflowState } from '../domain/workflow';
import type { AssigneeView, ChangedSinceApprovalView, WorkflowSummaryView } from '../../../shared/contracts/workflow';
import { WORKFLOW_TYPE } from './service';
import { WORKFLOW_STATE_UID } from '../../../core/model';

interface StateRow {
  targetDocumentId: string;
  stage: string;
  assigneeId: string | null;
}
interface AdminUserRow {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
}

/** Which documents a list filter keeps: those named, or all but those named (the first stage has no row). */
export type DocumentMatch = { documentIds: string[] } | { exceptDocumentIds: string[] };

export const displayName = (user: AdminUserRow): string =>
  user.username || [user.firstname, user.lastname].filter(Boolean).join(' ') || `#${user.id}`;

/** The workflow as the list view reads it: stages and assignees of a page of articles, and its filters. */
const workflowViews = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Admin users by id (as strings); ids that are not admin users (the scheduler, the system) are left out. */
  const users = async (ids: string[]): Promise<Map<string, AssigneeView>> => {
    const numeric = [...new Set(ids.filter((id) => /^\d+$/.test(id)))].map(Number);
    if (numeric.length === 0) return new Map();
    const rows = (await strapi.db.query('admin::user').findMany({
      select: ['id', 'firstname', 'lastname', 'username'],
      where: { id: { $in: numeric } },
    })) as AdminUserRow[];
    return new Map(rows.map((user) => [String(user.id), { id: String(user.id), name: displayName(user) }]));
  };

  return {
    users,

    /** Display names of the admin users behind ledger entries (the scheduler and system keep their ids). */
    async actorNames(ids: string[]): Promise<Record<string, string>> {
      return Object.fromEntries([...(await users(ids)).values()].map((user) => [user.id, user.name]));
    },

    /** "Changed since approval by X": who last changed the draft after its approval, named if an admin user. */
    async changedSinceApproval(state: WorkflowState): Promise<ChangedSinceApprovalView | null> {
      const by = state.draftChangedBy;
      if (by === undefined || state.draftChangedAt === undefined) return null;
      const name = (await users([by])).get(by)?.name;
      return { by, ...(name ? { byName: name } : {}), at: state.draftChangedAt };
    },

    /** Stage and assignee of each document in one locale; two queries whatever the page size. */
    async summary(documentIds: string[], locale: string): Promise<Record<string, WorkflowSummaryView>> {
      const rows = (await strapi.db.query(WORKFLOW_STATE_UID).findMany({
        select: ['targetDocumentId', 'stage', 'assigneeId'],
        where: { contentType: WORKFLOW_TYPE, locale, targetDocumentId: { $in: documentIds } },
      })) as StateRow[];
      const byDocument = new Map(rows.map((row) => [row.targetDocumentId, row]));
      const names = await users(rows.map((row) => row.assigneeId ?? ''));
      return Object.fromEntries(
        documentIds.map((documentId) => {
          const row = byDocument.get(documentId);
          const assignee = row?.assigneeId ? names.get(row.assigneeId) : undefined;
          return [documentId, { stage: row?.stage ?? INITIAL_STAGE, ...(assignee ? { assignee } : {}) }];
        }),
      );
    },

    /** Active admin users, by name: who a story can be assigned to. */
    async assignees(): Promise<AssigneeView[]> {
      const rows = (await strapi.db.query('admin::user').findMany({
        select: ['id', 'firstname', 'lastname', 'username'],
        where: { isActive: true },
        orderBy: { id: 'asc' },
        limit: 500,
      })) as AdminUserRow[];
      return rows
        .map((user) => ({ id: String(user.id), name: displayName(user) }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },

    /** The documents of a locale at `stage` and/or assigned to `assignee`. */
    async matching(filter: { stage?: string; assignee?: string }, locale: string): Promise<DocumentMatch> {
      const where: Record<string, unknown> = { contentType: WORKFLOW_TYPE, locale };
      if (filter.assignee) where.assigneeId = filter.assignee;
      // A document never moved has no row and is at the first stage: match it by exclusion.
      if (filter.stage === INITIAL_STAGE && !filter.assignee) {
        const moved = (await strapi.db.query(WORKFLOW_STATE_UID).findMany({
          select: ['targetDocumentId'],
          where: { ...where, stage: { $ne: INITIAL_STAGE } },
        })) as StateRow[];
        return { exceptDocumentIds: moved.map((row) => row.targetDocumentId) };
      }
      if (filter.stage) where.stage = filter.stage;
      const rows = (await strapi.db
        .query(WORKFLOW_STATE_UID)
        .findMany({ select: ['targetDocumentId'], where })) as StateRow[];
      return { documentIds: rows.map((row) => row.targetDocumentId) };
    },
  };
};

export default workflowViews;

declare module '../services-registry' {
  interface NewsroomServices {
    workflowViews: ReturnType<typeof workflowViews>;
  }
}
