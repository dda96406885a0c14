import { DEFAULT_WORKFLOW_CONFIG as config } from './config';
import {
  allowedTransitions,
  assertWorkflowState,
  canPublishNow,
  initialState,
  publishGuard,
  transition,
} from './machine';
import { ROLE_AUTHOR, ROLE_EDITOR, ROLE_SUPER_ADMIN } from '../../../../core/workflow/stages';
import { FUTURE_ISO, NOW_ISO, PAST_ISO, clock, clockAt, requestFor, stateIn } from './test-fixtures';
import type { TransitionResult, WorkflowError } from './types';

const editor = [ROLE_EDITOR];
const author = [ROLE_AUTHOR];

function errorOf(result: TransitionResult): WorkflowError {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.next)}`);
  return result.error;
}

describe('publishing what is not approved', () => {
  it('is refused with 409, naming the current stage and the one required, in Arabic and English', () => {
    const error = errorOf(transition(stateIn('in_review'), requestFor('publish', editor), config, clock));
    expect(error).toMatchObject({
      code: 'INVALID_TRANSITION',
      httpStatus: 409,
      stage: 'in_review',
      version: 7,
      transition: 'publish',
      locale: 'ar',
      missing: { kind: 'stage', stage: 'approved', anyOf: ['approved', 'scheduled', 'published'] },
    });
    expect(error.message.ar).toBe('لا يمكن نشر النسخة العربية: المرحلة الحالية «قيد المراجعة»، والمطلوب «معتمد»');
    expect(error.message.en).toBe('Cannot publish the Arabic version: current stage “In review”, required “Approved”');
  });

  it('names the English version for the en locale', () => {
    const error = errorOf(transition(stateIn('draft'), requestFor('publish', editor, { locale: 'en' }), config, clock));
    expect(error.message.ar).toBe('لا يمكن نشر النسخة الإنجليزية: المرحلة الحالية «مسودة»، والمطلوب «معتمد»');
  });

  it('refuses a scheduled locale before its time (409, missing: due), and publishes it once due', () => {
    const scheduled = stateIn('scheduled', { scheduledAt: '2025-01-14T12:30:00.000Z' });
    const early = errorOf(transition(scheduled, requestFor('publish', editor), config, clock));
    expect(early).toMatchObject({
      code: 'INVALID_TRANSITION',
      httpStatus: 409,
      missing: { kind: 'due', scheduledAt: '2025-01-14T12:30:00.000Z' },
    });
    expect(early.message.en).toContain('has not come yet');
    expect(early.message.ar).toContain('لم يحن بعد');
    const due = transition(scheduled, requestFor('publish', editor), config, clockAt('2025-01-14T12:30:00.000Z'));
    expect(due).toMatchObject({ ok: true, next: { stage: 'published', version: 8 } });
  });

  it('canPublishNow: approved, scheduled and due, or published (publishing edits again)', () => {
    expect(canPublishNow(stateIn('approved'), clock)).toBe(true);
    expect(canPublishNow(stateIn('published'), clock)).toBe(true);
    expect(canPublishNow(stateIn('scheduled', { scheduledAt: PAST_ISO }), clock)).toBe(true);
    expect(canPublishNow(stateIn('scheduled', { scheduledAt: NOW_ISO }), clock)).toBe(true);
    expect(canPublishNow(stateIn('scheduled', { scheduledAt: FUTURE_ISO }), clock)).toBe(false);
    for (const stage of ['draft', 'in_review', 'changes_requested', 'unpublished'] as const) {
      expect(canPublishNow(stateIn(stage), clock)).toBe(false);
    }
  });

  it('publishGuard gives the same refusal to publish paths outside `transition`', () => {
    expect(publishGuard(stateIn('approved'), 'ar', config, clock)).toBeNull();
    expect(publishGuard(stateIn('draft'), 'en', config, clock)).toMatchObject({
      code: 'INVALID_TRANSITION',
      httpStatus: 409,
      stage: 'draft',
    });
    expect(publishGuard(stateIn('scheduled', { scheduledAt: FUTURE_ISO }), 'ar', config, clock)).toMatchObject({
      missing: { kind: 'due' },
    });
  });
});

describe('roles', () => {
  it('refuses an author publishing with 403, listing the roles that may', () => {
    const error = errorOf(transition(stateIn('approved'), requestFor('publish', author), config, clock));
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      httpStatus: 403,
      missing: { kind: 'role', anyOf: [ROLE_EDITOR] },
    });
    expect(error.message.en).toBe(
      'You are not allowed to publish the Arabic version (allowed roles: Editor, Super Admin)',
    );
    expect(error.message.ar).toBe('لا تملك صلاحية نشر النسخة العربية (الأدوار المسموح لها: محرر، مدير عام)');
  });

  it('lets a super admin take any transition, but not outside the graph', () => {
    expect(transition(stateIn('in_review'), requestFor('approve', [ROLE_SUPER_ADMIN]), config, clock).ok).toBe(true);
    expect(errorOf(transition(stateIn('draft'), requestFor('publish', [ROLE_SUPER_ADMIN]), config, clock)).code).toBe(
      'INVALID_TRANSITION',
    );
  });
});

describe('conflicts: two people moving the same locale', () => {
  const state = stateIn('in_review', { version: 4 });

  it('succeeds when the user saw the current stage and version', () => {
    const result = transition(
      state,
      requestFor('approve', editor, { expectedStage: 'in_review', expectedVersion: 4 }),
      config,
      clock,
    );
    expect(result).toMatchObject({ ok: true, next: { stage: 'approved', version: 5 } });
  });

  it('refuses the second of two moves made from the same version', () => {
    const first = transition(state, requestFor('approve', editor, { expectedVersion: 4 }), config, clock);
    if (!first.ok) throw new Error('first move refused');
    const second = errorOf(
      transition(first.next, requestFor('request_changes', editor, { expectedVersion: 4 }), config, clock),
    );
    expect(second).toMatchObject({
      code: 'CONFLICT',
      httpStatus: 409,
      stage: 'approved',
      version: 5,
      missing: { kind: 'fresh_state', stage: 'approved', version: 5 },
    });
    expect(second.message.en).toContain('someone else changed it first (now “Approved”, version 5; you saw version 4)');
    expect(second.message.ar).toContain('غيّرها شخص آخر قبلك');
  });

  it('refuses on a stale expected stage even without a version', () => {
    const error = errorOf(transition(state, requestFor('approve', editor, { expectedStage: 'draft' }), config, clock));
    expect(error).toMatchObject({ code: 'CONFLICT', httpStatus: 409 });
    expect(error.message.ar).toContain('وكنت ترى «مسودة»');
  });

  it('says FORBIDDEN rather than CONFLICT to a role that could never take the transition', () => {
    expect(errorOf(transition(state, requestFor('approve', author, { expectedVersion: 1 }), config, clock)).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('reasons', () => {
  it.each([undefined, '', '   \n'])('refuses request_changes with reason %j (400)', (reason) => {
    const error = errorOf(
      transition(stateIn('in_review'), requestFor('request_changes', editor, { reason }), config, clock),
    );
    expect(error).toMatchObject({ code: 'REASON_REQUIRED', httpStatus: 400, missing: { kind: 'reason' } });
    expect(error.message.ar).toBe('يجب ذكر سبب طلب تعديلات على النسخة العربية');
    expect(error.message.en).toBe('A reason is required to request changes to the Arabic version');
  });

  it('records the trimmed reason and the new assignee in the ledger', () => {
    const result = transition(
      stateIn('in_review'),
      requestFor('request_changes', editor, { reason: '  المصدر غير موثّق  ', assignee: 'writer-2' }),
      config,
      clock,
    );
    expect(result).toMatchObject({
      ok: true,
      next: { stage: 'changes_requested', assignee: 'writer-2' },
      ledger: {
        documentId: 'doc-1',
        locale: 'ar',
        from: 'in_review',
        to: 'changes_requested',
        transition: 'request_changes',
        actorId: 'user-9',
        at: NOW_ISO,
        version: 8,
        reason: 'المصدر غير موثّق',
        assignee: 'writer-2',
      },
      effects: [],
    });
  });
});

describe('scheduling', () => {
  it('requires a time (400)', () => {
    const error = errorOf(
      transition(stateIn('approved'), requestFor('schedule', editor, { scheduleAt: undefined }), config, clock),
    );
    expect(error).toMatchObject({ code: 'SCHEDULE_REQUIRED', httpStatus: 400, missing: { kind: 'schedule' } });
    expect(error.message.ar).toBe('يجب تحديد موعد لجدولة نشر النسخة العربية');
  });

  it.each(['2025-01-14T15:30', 'tomorrow', '2025-02-30T10:00Z', '2025-01-14 15:30Z'])(
    'refuses %j: not an instant with offset (400)',
    (scheduleAt) => {
      expect(
        errorOf(transition(stateIn('approved'), requestFor('schedule', editor, { scheduleAt }), config, clock)).code,
      ).toBe('SCHEDULE_INVALID');
    },
  );

  it('refuses a time in the past (400)', () => {
    for (const scheduleAt of ['2025-01-14T08:59Z', '2025-01-14T08:59:30Z', '2025-01-14T11:59+03:00']) {
      const error = errorOf(
        transition(stateIn('approved'), requestFor('schedule', editor, { scheduleAt }), config, clock),
      );
      expect(error).toMatchObject({ code: 'SCHEDULE_IN_PAST', httpStatus: 400 });
    }
  });

  it('refuses a time on a transition that takes none (publishing now when a schedule was meant)', () => {
    const error = errorOf(
      transition(stateIn('approved'), requestFor('publish', editor, { scheduleAt: FUTURE_ISO }), config, clock),
    );
    expect(error.code).toBe('SCHEDULE_INVALID');
  });

  it('stores the time in UTC, rounded up to the minute (never early), and asks for the job', () => {
    const result = transition(
      stateIn('approved'),
      requestFor('schedule', editor, { scheduleAt: '2025-01-14T15:29:45+03:00' }),
      config,
      clock,
    );
    expect(result).toMatchObject({
      ok: true,
      next: { stage: 'scheduled', scheduledAt: '2025-01-14T12:30:00.000Z' },
      ledger: { scheduledAt: '2025-01-14T12:30:00.000Z' },
      effects: [{ type: 'schedule', action: 'publish', at: '2025-01-14T12:30:00.000Z' }],
    });
  });

  it('reschedules a scheduled locale, replacing its job', () => {
    const result = transition(
      stateIn('scheduled', { scheduledAt: FUTURE_ISO }),
      requestFor('schedule', editor),
      config,
      clock,
    );
    expect(result).toMatchObject({ ok: true, next: { stage: 'scheduled', scheduledAt: '2025-01-14T12:30:00.000Z' } });
  });

  it.each([
    ['unschedule', 'approved'],
    ['request_changes', 'changes_requested'],
  ])('%s leaves `scheduled`, dropping the time and cancelling the job', (id, to) => {
    const result = transition(stateIn('scheduled', { scheduledAt: FUTURE_ISO }), requestFor(id, editor), config, clock);
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.next).toEqual({ stage: to, version: 8, assignee: 'writer-1' });
    expect(result.effects).toEqual([{ type: 'cancelSchedule', action: 'publish' }]);
  });
});

describe('effects', () => {
  it('publishing a due scheduled locale publishes and drops the job', () => {
    const result = transition(stateIn('scheduled'), requestFor('publish', editor), config, clock);
    expect(result).toMatchObject({
      ok: true,
      effects: [{ type: 'cancelSchedule', action: 'publish' }, { type: 'publish' }],
    });
  });

  it('publishing a published locale again puts the edits live and keeps its unpublish time', () => {
    const result = transition(stateIn('published'), requestFor('publish', editor), config, clock);
    expect(result).toMatchObject({
      ok: true,
      next: { stage: 'published', unpublishAt: FUTURE_ISO },
      effects: [{ type: 'publish' }],
    });
  });

  it('unpublishing cancels a scheduled unpublish', () => {
    const result = transition(stateIn('published'), requestFor('unpublish', editor), config, clock);
    expect(result).toMatchObject({
      ok: true,
      next: { stage: 'unpublished' },
      effects: [{ type: 'cancelSchedule', action: 'unpublish' }, { type: 'unpublish' }],
    });
    if (result.ok) expect(result.next.unpublishAt).toBeUndefined();
  });

  it('schedules and cancels an unpublish without moving the stage', () => {
    const live = stateIn('published', { unpublishAt: undefined });
    const scheduled = transition(live, requestFor('schedule_unpublish', editor), config, clock);
    expect(scheduled).toMatchObject({
      ok: true,
      next: { stage: 'published', unpublishAt: '2025-01-14T12:30:00.000Z' },
      effects: [{ type: 'schedule', action: 'unpublish' }],
    });
    if (!scheduled.ok) return;
    const cancelled = transition(scheduled.next, requestFor('unschedule_unpublish', editor), config, clock);
    expect(cancelled).toMatchObject({
      ok: true,
      next: { stage: 'published', version: 9 },
      effects: [{ type: 'cancelSchedule', action: 'unpublish' }],
    });
    if (cancelled.ok) expect(cancelled.next.unpublishAt).toBeUndefined();
    expect(errorOf(transition(live, requestFor('unschedule_unpublish', editor), config, clock)).missing).toEqual({
      kind: 'pending_unpublish',
    });
  });
});

describe('requests and states', () => {
  it.each(['bogus', 'constructor', '__proto__', 'toString', ''])('refuses the unknown transition %j with 400', (id) => {
    expect(errorOf(transition(stateIn('draft'), requestFor(id, [ROLE_SUPER_ADMIN]), config, clock))).toMatchObject({
      code: 'INVALID_TRANSITION',
      httpStatus: 400,
    });
  });

  it('refuses a transition the configuration disabled', () => {
    const { reopen: _disabled, ...transitions } = config.transitions;
    const error = errorOf(
      transition(stateIn('unpublished'), requestFor('reopen', editor), { ...config, transitions }, clock),
    );
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', httpStatus: 400 });
  });

  it('keeps, replaces or clears the assignee', () => {
    const keep = transition(stateIn('draft'), requestFor('submit', author), config, clock);
    const clear = transition(stateIn('draft'), requestFor('submit', author, { assignee: null }), config, clock);
    expect(keep).toMatchObject({ ok: true, next: { assignee: 'writer-1' }, ledger: { assignee: 'writer-1' } });
    expect(clear.ok && clear.next).toEqual({ stage: 'in_review', version: 8 });
    expect(clear.ok && clear.ledger.assignee).toBeUndefined();
  });

  it('starts in draft at version 0', () => {
    expect(initialState()).toEqual({ stage: 'draft', version: 0 });
    expect(initialState('writer-1')).toEqual({ stage: 'draft', version: 0, assignee: 'writer-1' });
  });

  it.each([
    { stage: 'aproved', version: 1 },
    { stage: 'draft', version: -1 },
    { stage: 'draft', version: 1.5 },
    { stage: 'scheduled', version: 1 },
    { stage: 'scheduled', version: 1, scheduledAt: 'soon' },
    { stage: 'approved', version: 1, scheduledAt: PAST_ISO },
    { stage: 'draft', version: 1, unpublishAt: PAST_ISO },
  ])('throws on the corrupted state %j', (state) => {
    expect(() => assertWorkflowState(state as never)).toThrow(TypeError);
  });
});

describe('allowedTransitions', () => {
  it('offers an author submit from draft, and an editor nothing there', () => {
    expect(allowedTransitions(stateIn('draft'), author, config, clock).map((t) => t.id)).toEqual(['submit']);
    expect(allowedTransitions(stateIn('draft'), editor, config, clock)).toEqual([]);
  });

  it('offers an editor the review decisions, with what each needs and its labels', () => {
    const offered = allowedTransitions(stateIn('in_review'), editor, config, clock);
    expect(offered.map((t) => t.id)).toEqual(['request_changes', 'approve']);
    expect(offered[0]).toEqual({
      id: 'request_changes',
      to: 'changes_requested',
      requiresReason: true,
      requiresSchedule: false,
      label: { en: 'Request changes', ar: 'طلب تعديلات' },
    });
  });

  it('does not offer publishing a scheduled locale before its time', () => {
    const ids = (scheduledAt: string) =>
      allowedTransitions(stateIn('scheduled', { scheduledAt }), editor, config, clock).map((t) => t.id);
    expect(ids(FUTURE_ISO)).toEqual(['request_changes', 'schedule', 'unschedule']);
    expect(ids(PAST_ISO)).toEqual(['request_changes', 'schedule', 'unschedule', 'publish']);
  });
});

describe('unchecked input', () => {
  it('answers a conflict with an expected stage that is not a stage, without throwing', () => {
    const request = requestFor('approve', editor, { expectedStage: 'aproved' as never });
    expect(errorOf(transition(stateIn('in_review'), request, config, clock))).toMatchObject({ code: 'CONFLICT' });
  });

  it('echoes at most 40 characters of an unknown transition', () => {
    const error = errorOf(transition(stateIn('draft'), requestFor('x'.repeat(500), editor), config, clock));
    expect(error.message.en).toBe(`Unknown or disabled transition “${'x'.repeat(40)}”`);
  });
});
