import { DEFAULT_WORKFLOW_CONFIG, loadWorkflowConfig } from './config';
import { deleteLive, deleteLiveRoles } from './delete-live';
import { ROLE_AUTHOR, ROLE_EDITOR, ROLE_SUPER_ADMIN } from '../../../../core/workflow/stages';
import type { WorkflowState } from './types';

const clock = () => new Date('2025-01-14T12:00:00Z');
const live: WorkflowState = { stage: 'published', version: 6, assignee: '7', unpublishAt: '2025-02-01T08:00:00.000Z' };
const request = (roles: string[], bySystem = false) => ({
  documentId: 'doc-1',
  locale: 'ar',
  roles,
  userId: '2',
  bySystem,
});

describe('deleteLive', () => {
  it('lets whoever may unpublish delete: one ledger entry `delete`, to unpublished, schedules dropped', () => {
    for (const roles of [[ROLE_EDITOR], [ROLE_SUPER_ADMIN]]) {
      expect(deleteLive(live, request(roles), DEFAULT_WORKFLOW_CONFIG, clock)).toEqual({
        ok: true,
        next: { stage: 'unpublished', version: 7 },
        effects: [],
        ledger: {
          documentId: 'doc-1',
          locale: 'ar',
          from: 'published',
          to: 'unpublished',
          transition: 'delete',
          actorId: '2',
          at: '2025-01-14T12:00:00.000Z',
          version: 7,
        },
      });
    }
  });

  it('refuses an author, and a caller with no role (an API token), 403 in both languages', () => {
    for (const roles of [[ROLE_AUTHOR], []]) {
      const result = deleteLive(live, request(roles), DEFAULT_WORKFLOW_CONFIG, clock);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403, transition: 'delete' });
        expect(result.error.message.en).toContain('delete the Arabic version while it is published');
        expect(result.error.message.ar).toContain('حذف النسخة العربية وهي منشورة');
      }
    }
  });

  it('lets the system delete (code without a request), still recorded', () => {
    const result = deleteLive(live, request([], true), DEFAULT_WORKFLOW_CONFIG, clock);
    expect(result.ok && result.ledger.transition).toBe('delete');
  });

  it('follows the unpublish rule of the configuration', () => {
    const authorsUnpublish = loadWorkflowConfig({ transitions: { unpublish: { roles: [ROLE_AUTHOR] } } });
    expect(deleteLiveRoles(authorsUnpublish)).toEqual([ROLE_AUTHOR]);
    expect(deleteLive(live, request([ROLE_AUTHOR]), authorsUnpublish, clock).ok).toBe(true);
    expect(deleteLive(live, request([ROLE_EDITOR]), authorsUnpublish, clock).ok).toBe(false);
  });
});
