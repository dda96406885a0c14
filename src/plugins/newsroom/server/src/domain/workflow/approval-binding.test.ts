import { DEFAULT_WORKFLOW_CONFIG as config, loadWorkflowConfig } from './config';
import { CHANGED_AFTER_APPROVAL, decideDraftEdit, editorKind, type EditorKind } from './approval-binding';
import { allowedTransitions, runScheduled, transition } from './machine';
import { ROLE_AUTHOR, ROLE_EDITOR, ROLE_SUPER_ADMIN, STAGES, type Stage } from '../../../../core/workflow/stages';
import { NOW_ISO, PAST_ISO, clock, requestFor, stateIn } from './test-fixtures';
import type { WorkflowState } from './types';

const APPROVED = 'a'.repeat(64);
const CHANGED = 'b'.repeat(64);
const edit = (kind: EditorKind, draftHash: string | null = CHANGED) => ({
  documentId: 'doc-1',
  locale: 'ar',
  actorId: kind === 'system' ? 'system:code' : 'user-5',
  kind,
  draftHash,
});
const open = { lockAfterSubmit: false };
const locked = { lockAfterSubmit: true };
const bound = (stage: Stage, extra: Partial<WorkflowState> = {}) =>
  stateIn(stage, { approvedHash: APPROVED, ...extra });

describe('editorKind: who edits, in the workflow’s terms', () => {
  it('is an editor who may approve, an author otherwise, the system without a request', () => {
    expect(editorKind([ROLE_EDITOR], config)).toBe('editor');
    expect(editorKind([ROLE_SUPER_ADMIN], config)).toBe('editor');
    expect(editorKind([ROLE_AUTHOR], config)).toBe('author');
    expect(editorKind([], config)).toBe('author'); // an API token, a content-API user without a workflow role
    expect(editorKind(null, config)).toBe('system');
  });

  it('follows the approve rule of the configuration', () => {
    const authorsApprove = loadWorkflowConfig({ transitions: { approve: { roles: [ROLE_AUTHOR] } } });
    expect(editorKind([ROLE_AUTHOR], authorsApprove)).toBe('editor');
    expect(editorKind([ROLE_EDITOR], authorsApprove)).toBe('author');
  });
});

describe('decideDraftEdit: the decision table', () => {
  it.each(['approved', 'scheduled'] as const)(
    'an Author’s edit of a story %s sends it back to review, with a ledger entry, the schedule cleared',
    (stage) => {
      const decision = decideDraftEdit(bound(stage), edit('author'), open, config, clock);
      expect(decision).toMatchObject({
        kind: 'record',
        next: {
          stage: 'in_review',
          version: 8,
          approvedHash: APPROVED,
          draftChangedBy: 'user-5',
          draftChangedAt: NOW_ISO,
        },
        ledger: { transition: CHANGED_AFTER_APPROVAL, from: stage, to: 'in_review', actorId: 'user-5', version: 8 },
      });
      if (decision.kind === 'record') expect(decision.next.scheduledAt).toBeUndefined();
    },
  );

  it.each([
    ['editor', 'approved'],
    ['editor', 'scheduled'],
    ['system', 'approved'],
    ['system', 'scheduled'],
  ] as const)('a %s edit of a story %s keeps the stage and version, and records who and when', (kind, stage) => {
    const decision = decideDraftEdit(bound(stage), edit(kind), open, config, clock);
    expect(decision).toEqual({
      kind: 'record',
      next: { ...bound(stage), draftChangedBy: edit(kind).actorId, draftChangedAt: NOW_ISO },
    });
  });

  it.each(['author', 'editor', 'system'] as const)(
    'a %s edit of a live story records who and when (the next publish is the approval)',
    (kind) => {
      expect(decideDraftEdit(bound('published'), edit(kind), open, config, clock)).toMatchObject({
        kind: 'record',
        next: { stage: 'published', version: 7, draftChangedBy: edit(kind).actorId },
      });
    },
  );

  it('leaves review, drafts and unpublished stories alone', () => {
    for (const stage of ['in_review', 'draft', 'changes_requested', 'unpublished'] as const)
      for (const kind of ['author', 'editor', 'system'] as const)
        expect(decideDraftEdit(bound(stage), edit(kind), open, config, clock)).toEqual({ kind: 'none' });
  });

  it('lockAfterSubmit: an Author cannot edit a submitted story (403, withdraw first); editors still can', () => {
    for (const stage of ['in_review', 'approved', 'scheduled'] as const) {
      const decision = decideDraftEdit(bound(stage), edit('author'), locked, config, clock);
      expect(decision).toMatchObject({
        kind: 'refuse',
        error: { code: 'LOCKED_AFTER_SUBMIT', httpStatus: 403, missing: { kind: 'withdraw' } },
      });
      if (decision.kind === 'refuse') {
        expect(decision.error.message.en).toContain('withdraw it to draft first');
        expect(decision.error.message.ar).toContain('أعدها إلى المسودة أولًا');
      }
      expect(decideDraftEdit(bound(stage), edit('editor'), locked, config, clock).kind).not.toBe('refuse');
    }
    for (const stage of ['draft', 'changes_requested'] as const)
      expect(decideDraftEdit(bound(stage), edit('author'), locked, config, clock)).toEqual({ kind: 'none' });
  });

  it('an edit back to the approved version clears the record of changes', () => {
    const changed = bound('approved', { draftChangedBy: 'user-5', draftChangedAt: PAST_ISO });
    expect(decideDraftEdit(changed, edit('editor', APPROVED), open, config, clock)).toEqual({
      kind: 'record',
      next: bound('approved'),
    });
    expect(decideDraftEdit(bound('approved'), edit('editor', APPROVED), open, config, clock)).toEqual({
      kind: 'none',
    });
  });

  it('covers every stage and editor without throwing', () => {
    for (const stage of STAGES)
      for (const kind of ['author', 'editor', 'system'] as const)
        for (const policy of [open, locked])
          expect(['none', 'record', 'refuse']).toContain(
            decideDraftEdit(bound(stage), edit(kind), policy, config, clock).kind,
          );
  });
});

describe('the machine with approval binding', () => {
  const editor = [ROLE_EDITOR];

  it('approve binds to the draft it approved, and clears earlier changes', () => {
    const result = transition(
      stateIn('in_review', { draftChangedBy: 'user-5', draftChangedAt: PAST_ISO }),
      requestFor('approve', editor, { draftHash: APPROVED }),
      config,
      clock,
    );
    expect(result).toMatchObject({ ok: true, next: { stage: 'approved', approvedHash: APPROVED } });
    if (result.ok) expect(result.next.draftChangedBy).toBeUndefined();
  });

  it('publishes the approved version, and refuses a changed draft with 409 naming who and when', () => {
    expect(
      transition(bound('approved'), requestFor('publish', editor, { draftHash: APPROVED }), config, clock),
    ).toMatchObject({
      ok: true,
      next: { stage: 'published', approvedHash: APPROVED },
    });
    const changed = bound('approved', { draftChangedBy: 'user-5', draftChangedAt: PAST_ISO });
    const refused = transition(changed, requestFor('publish', editor, { draftHash: CHANGED }), config, clock);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CHANGED_SINCE_APPROVAL',
        httpStatus: 409,
        missing: { kind: 'approval', changedBy: 'user-5', changedAt: PAST_ISO },
      },
    });
    if (!refused.ok) {
      expect(refused.error.message.en).toMatch(
        /changed since it was approved by user-5 at .+; it needs a fresh approval/,
      );
      expect(refused.error.message.ar).toContain('عُدّلت بعد اعتمادها بواسطة');
    }
  });

  it('refuses publishing a locale approved before binding existed (no hash recorded)', () => {
    expect(
      transition(stateIn('approved'), requestFor('publish', editor, { draftHash: CHANGED }), config, clock),
    ).toMatchObject({
      ok: false,
      error: { code: 'CHANGED_SINCE_APPROVAL' },
    });
  });

  it('refuses scheduling a changed draft too, but checks nothing without a hash (binding off)', () => {
    expect(
      transition(bound('approved'), requestFor('schedule', editor, { draftHash: CHANGED }), config, clock),
    ).toMatchObject({
      ok: false,
      error: { code: 'CHANGED_SINCE_APPROVAL' },
    });
    expect(transition(bound('approved'), requestFor('publish', editor), config, clock).ok).toBe(true);
  });

  it('a fresh approval of a changed approved or scheduled story keeps its stage and schedule', () => {
    const scheduled = bound('scheduled', { draftChangedBy: 'user-5', draftChangedAt: PAST_ISO });
    const again = transition(scheduled, requestFor('approve', editor, { draftHash: CHANGED }), config, clock);
    expect(again).toMatchObject({
      ok: true,
      next: { stage: 'scheduled', scheduledAt: PAST_ISO, approvedHash: CHANGED },
      ledger: { transition: 'approve', from: 'scheduled', to: 'scheduled' },
      effects: [],
    });
    if (again.ok) expect(again.next.draftChangedAt).toBeUndefined();
    // An unchanged approved story is not approved again.
    expect(
      transition(bound('approved'), requestFor('approve', editor, { draftHash: APPROVED }), config, clock),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    });
  });

  it('offers a fresh approval instead of publishing once the draft changed', () => {
    const ids = (state: WorkflowState, hash?: string) =>
      allowedTransitions(state, editor, config, clock, hash).map((allowed) => allowed.id);
    expect(ids(bound('approved'), APPROVED)).toEqual(expect.arrayContaining(['publish', 'schedule']));
    expect(ids(bound('approved'), APPROVED)).not.toContain('approve');
    expect(ids(bound('approved'), CHANGED)).toContain('approve');
    expect(ids(bound('approved'), CHANGED)).not.toContain('publish');
    expect(ids(bound('approved'), CHANGED)).not.toContain('schedule');
  });

  it('the editor’s publish of a live story is the approval of what it publishes', () => {
    const live = bound('published', { draftChangedBy: 'user-5', draftChangedAt: PAST_ISO });
    const result = transition(live, requestFor('publish', editor, { draftHash: CHANGED }), config, clock);
    expect(result).toMatchObject({ ok: true, next: { stage: 'published', approvedHash: CHANGED } });
    if (result.ok) expect(result.next.draftChangedBy).toBeUndefined();
  });

  it('the scheduler publishes the approved version only', () => {
    const job = { documentId: 'doc-1', locale: 'ar', action: 'publish', at: PAST_ISO } as const;
    expect(runScheduled(bound('scheduled'), { ...job, draftHash: APPROVED }, config, clock).ok).toBe(true);
    expect(runScheduled(bound('scheduled'), { ...job, draftHash: CHANGED }, config, clock)).toMatchObject({
      ok: false,
      error: { code: 'CHANGED_SINCE_APPROVAL' },
    });
  });

  it('other transitions carry the binding along', () => {
    const changed = bound('approved', { draftChangedBy: 'user-5', draftChangedAt: PAST_ISO });
    expect(transition(changed, requestFor('request_changes', editor), config, clock)).toMatchObject({
      ok: true,
      next: { stage: 'changes_requested', approvedHash: APPROVED, draftChangedBy: 'user-5' },
    });
  });
});

describe('configuration', () => {
  it('lockAfterSubmit defaults to false and is validated', () => {
    expect(loadWorkflowConfig(undefined).lockAfterSubmit).toBe(false);
    expect(loadWorkflowConfig({ lockAfterSubmit: true }).lockAfterSubmit).toBe(true);
    expect(() => loadWorkflowConfig({ lockAfterSubmit: 'yes' }, 'newsroom.workflow')).toThrow(
      /newsroom\.workflow\.lockAfterSubmit/,
    );
  });
});
