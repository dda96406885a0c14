import { DEFAULT_WORKFLOW_CONFIG as config } from './config';
import { runScheduled, transition } from './machine';
import { ROLE_EDITOR, SCHEDULER_ACTOR_ID } from '../../../../core/workflow/stages';
import { clockAt, requestFor, stateIn } from './test-fixtures';

const AT = '2025-01-14T12:30:00.000Z';
const job = { documentId: 'doc-1', locale: 'ar', action: 'publish', at: AT } as const;

describe('runScheduled: the scheduler at the scheduled minute', () => {
  const scheduled = stateIn('scheduled', { scheduledAt: AT, version: 3 });

  it('publishes a due scheduled locale, as the scheduler, with the time it carried out', () => {
    const result = runScheduled(scheduled, job, config, clockAt('2025-01-14T12:30:00.400Z'));
    expect(result).toMatchObject({
      ok: true,
      next: { stage: 'published', version: 4 },
      ledger: {
        actorId: SCHEDULER_ACTOR_ID,
        from: 'scheduled',
        to: 'published',
        transition: 'publish',
        scheduledAt: AT,
        at: '2025-01-14T12:30:00.400Z',
      },
      effects: [{ type: 'cancelSchedule', action: 'publish' }, { type: 'publish' }],
    });
    if (result.ok) expect(result.next.scheduledAt).toBeUndefined();
  });

  it('also publishes late (a missed minute is caught up)', () => {
    expect(runScheduled(scheduled, job, config, clockAt('2025-01-14T18:00:00Z')).ok).toBe(true);
  });

  it('does not publish before the minute', () => {
    expect(runScheduled(scheduled, job, config, clockAt('2025-01-14T12:29:59.999Z'))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', missing: { kind: 'due' } },
    });
  });

  it('runs once: a second run of the same job is a conflict', () => {
    const first = runScheduled(scheduled, job, config, clockAt(AT));
    if (!first.ok) throw new Error('first run refused');
    expect(runScheduled(first.next, job, config, clockAt(AT))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('drops a job whose schedule changed meanwhile', () => {
    const moved = stateIn('scheduled', { scheduledAt: '2025-01-14T13:00:00.000Z' });
    expect(runScheduled(moved, job, config, clockAt('2025-01-14T14:00:00Z'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(runScheduled(stateIn('approved'), job, config, clockAt('2025-01-14T14:00:00Z'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('accepts the same instant written differently', () => {
    expect(runScheduled(scheduled, { ...job, at: '2025-01-14T15:30+03:00' }, config, clockAt(AT)).ok).toBe(true);
  });

  it('unpublishes a live locale at its unpublish time, keeping the stage graph', () => {
    const live = transition(
      stateIn('published', { unpublishAt: undefined }),
      requestFor('schedule_unpublish', [ROLE_EDITOR]),
      config,
      clockAt('2025-01-14T09:00:00Z'),
    );
    if (!live.ok) throw new Error(live.error.message.en);
    const result = runScheduled(live.next, { ...job, action: 'unpublish' }, config, clockAt(AT));
    expect(result).toMatchObject({
      ok: true,
      next: { stage: 'unpublished' },
      ledger: { actorId: SCHEDULER_ACTOR_ID, transition: 'unpublish', scheduledAt: AT },
      effects: [{ type: 'cancelSchedule', action: 'unpublish' }, { type: 'unpublish' }],
    });
  });
});

describe('runScheduled with a corrupted job', () => {
  it('refuses a job whose time is unreadable, without throwing', () => {
    const scheduled = stateIn('scheduled', { scheduledAt: AT });
    const result = runScheduled(scheduled, { ...job, at: 'soon' }, config, clockAt(AT));
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) expect(result.error.message.en).toContain('“soon”');
  });
});
