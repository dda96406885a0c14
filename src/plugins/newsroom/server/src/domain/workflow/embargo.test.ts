import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './config';
import { embargoHolds } from './embargo';
import { holdForEmbargo, publishGuard, runScheduled, transition } from './machine';
import { clock, NOW_ISO, PAST_ISO, requestFor, stateIn } from './test-fixtures';
import { ROLE_EDITOR } from '../../../../core/workflow/stages';

const config: WorkflowConfig = { ...DEFAULT_WORKFLOW_CONFIG, timezone: 'Asia/Baghdad' };
const LATER = '2025-01-14T12:00:00.000Z'; // 15:00 in Baghdad
const editor = [ROLE_EDITOR];

describe('embargo: publishing before embargoUntil is refused', () => {
  it.each(['approved', 'scheduled', 'published'] as const)('the publish transition from %s', (stage) => {
    const result = transition(stateIn(stage), requestFor('publish', editor, { embargoUntil: LATER }), config, clock);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'EMBARGOED',
      httpStatus: 409,
      missing: { kind: 'embargo', until: LATER },
    });
    expect(result.error.message.en).toContain('embargoUntil');
    expect(result.error.message.en).toContain('3:00 PM GMT+3');
    expect(result.error.message.ar).toContain('محظور النشر حتى');
    expect(result.error.message.ar).toContain('embargoUntil');
  });

  it('lets it through once the embargo has passed, or exactly at it, or without one', () => {
    for (const embargoUntil of [PAST_ISO, NOW_ISO, undefined]) {
      const result = transition(stateIn('approved'), requestFor('publish', editor, { embargoUntil }), config, clock);
      expect(result.ok).toBe(true);
    }
  });

  it('does not stop moves that do not go live', () => {
    for (const id of ['unpublish', 'schedule_unpublish', 'unschedule_unpublish'] as const) {
      const result = transition(stateIn('published'), requestFor(id, editor, { embargoUntil: LATER }), config, clock);
      expect(result.ok).toBe(true);
    }
    const approve = transition(
      stateIn('in_review'),
      requestFor('approve', editor, { embargoUntil: LATER }),
      config,
      clock,
    );
    expect(approve.ok).toBe(true);
  });

  it('the publish guard of the other paths', () => {
    expect(publishGuard(stateIn('approved'), 'ar', config, clock, LATER)).toMatchObject({ code: 'EMBARGOED' });
    expect(publishGuard(stateIn('approved'), 'ar', config, clock, PAST_ISO)).toBeNull();
    expect(publishGuard(stateIn('approved'), 'ar', config, clock)).toBeNull();
    // A wrong stage is still the first thing said.
    expect(publishGuard(stateIn('draft'), 'ar', config, clock, LATER)).toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});

describe('embargo: scheduling', () => {
  it('refuses a time before the embargo, naming both', () => {
    const result = transition(
      stateIn('approved'),
      requestFor('schedule', editor, { scheduleAt: '2025-01-14T14:00+03:00', embargoUntil: LATER }),
      config,
      clock,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('EMBARGOED');
    expect(result.error.missing).toEqual({ kind: 'embargo', until: LATER, at: '2025-01-14T11:00:00.000Z' });
    expect(result.error.message.en).toMatch(/2:00 PM.*before the embargo.*3:00 PM/);
  });

  it('accepts the embargo time itself and later (rescheduling too)', () => {
    for (const stage of ['approved', 'scheduled'] as const) {
      for (const scheduleAt of ['2025-01-14T15:00+03:00', '2025-01-14T16:00+03:00']) {
        const result = transition(
          stateIn(stage),
          requestFor('schedule', editor, { scheduleAt, embargoUntil: LATER }),
          config,
          clock,
        );
        expect(result.ok).toBe(true);
      }
    }
  });
});

describe('embargo: the scheduler', () => {
  const job = { documentId: 'doc-1', locale: 'ar', action: 'publish' as const, at: PAST_ISO };

  it('refuses a due publish whose embargo moved later, and the hold takes it back to approved with a ledger entry', () => {
    const state = stateIn('scheduled');
    const ran = runScheduled(state, { ...job, embargoUntil: LATER }, config, clock);
    expect(ran.ok).toBe(false);
    if (ran.ok) return;
    expect(ran.error.code).toBe('EMBARGOED');
    const held = holdForEmbargo(state, { ...job, embargoUntil: LATER }, ran.error, clock);
    expect(held.next).toEqual({ stage: 'approved', version: state.version + 1, assignee: 'writer-1' });
    expect(held.effects).toEqual([{ type: 'cancelSchedule', action: 'publish' }]);
    expect(held.ledger).toMatchObject({
      transition: 'unschedule',
      from: 'scheduled',
      to: 'approved',
      actorId: 'system:scheduler',
      scheduledAt: PAST_ISO,
    });
    expect(held.ledger.reason).toContain('embargoUntil');
  });

  it('publishes once the embargo has passed', () => {
    expect(runScheduled(stateIn('scheduled'), { ...job, embargoUntil: PAST_ISO }, config, clock).ok).toBe(true);
  });
});

describe('embargoHolds (the system publish and the batch import read it)', () => {
  const now = new Date(NOW_ISO);
  it('holds before the embargo, not at or after it, and not without one', () => {
    expect(embargoHolds(LATER, now)).toBe(true);
    expect(embargoHolds(NOW_ISO, now)).toBe(false);
    expect(embargoHolds(PAST_ISO, now)).toBe(false);
    expect(embargoHolds(undefined, now)).toBe(false);
  });
  it('does not hold on an embargo it cannot read', () => {
    expect(embargoHolds('not a time', now)).toBe(false);
  });
});
