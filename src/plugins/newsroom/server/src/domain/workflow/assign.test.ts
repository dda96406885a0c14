import { assign } from './assign';
import { DEFAULT_WORKFLOW_CONFIG, resolveWorkflowConfig } from './config';
import { ROLE_AUTHOR, ROLE_EDITOR, ROLE_SUPER_ADMIN } from '../../../../core/workflow/stages';
import type { WorkflowState } from './types';

const clock = () => new Date('2025-01-14T12:00:00Z');
const inReview: WorkflowState = { stage: 'in_review', version: 3, assignee: '7' };
const request = (roles: string[], assignee: string | null, expectedVersion?: number) => ({
  documentId: 'doc-1',
  locale: 'ar',
  roles,
  userId: '2',
  assignee,
  ...(expectedVersion === undefined ? {} : { expectedVersion }),
});

describe('assign', () => {
  it('lets an editor hand the story to someone: same stage, version +1, one ledger entry', () => {
    const result = assign(inReview, request([ROLE_EDITOR], '9'), DEFAULT_WORKFLOW_CONFIG, clock);
    expect(result).toEqual({
      ok: true,
      next: { stage: 'in_review', version: 4, assignee: '9' },
      effects: [],
      ledger: {
        documentId: 'doc-1',
        locale: 'ar',
        from: 'in_review',
        to: 'in_review',
        transition: 'assign',
        actorId: '2',
        at: '2025-01-14T12:00:00.000Z',
        version: 4,
        assignee: '9',
      },
    });
  });

  it('clears the assignee with null and keeps schedules', () => {
    const scheduled: WorkflowState = {
      stage: 'scheduled',
      version: 5,
      assignee: '7',
      scheduledAt: '2025-02-01T08:00:00.000Z',
    };
    const result = assign(scheduled, request([ROLE_SUPER_ADMIN], null), DEFAULT_WORKFLOW_CONFIG, clock);
    expect(result.ok && result.next).toEqual({
      stage: 'scheduled',
      version: 6,
      scheduledAt: '2025-02-01T08:00:00.000Z',
    });
  });

  it('refuses authors (403, names the roles allowed) and stale versions (409)', () => {
    const forbidden = assign(inReview, request([ROLE_AUTHOR], '2'), DEFAULT_WORKFLOW_CONFIG, clock);
    expect(forbidden.ok).toBe(false);
    if (!forbidden.ok) {
      expect(forbidden.error).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403, transition: 'assign' });
      expect(forbidden.error.message.en).toContain('assign the Arabic version');
      expect(forbidden.error.message.ar).toContain('إسناد النسخة العربية');
    }
    const stale = assign(inReview, request([ROLE_EDITOR], '9', 2), DEFAULT_WORKFLOW_CONFIG, clock);
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
  });

  it('follows the roles of the approve rule in the configuration', () => {
    const resolved = resolveWorkflowConfig({
      transitions: { approve: { from: ['in_review'], to: 'approved', roles: [ROLE_AUTHOR] } },
    });
    if (!resolved.ok) throw new Error(resolved.errors.join('; '));
    const { config } = resolved;
    expect(assign(inReview, request([ROLE_AUTHOR], '2'), config, clock).ok).toBe(true);
    expect(assign(inReview, request([ROLE_EDITOR], '2'), config, clock).ok).toBe(false);
  });
});
