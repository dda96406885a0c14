import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_WORKFLOW_CONFIG as config } from './config';
import { allowedTransitions, assertWorkflowState, runScheduled, transition } from './machine';
import { ruleOf } from './rules';
import {
  ROLE_AUTHOR,
  ROLE_EDITOR,
  ROLE_SUPER_ADMIN,
  STAGES,
  TRANSITIONS,
  isStage,
} from '../../../../core/workflow/stages';
import type { Effect, TransitionRequest, TransitionResult, WorkflowState } from './types';

/**
 * Random sessions against the default configuration: whatever anyone asks, in any order, at any time, the state
 * stays valid, the version grows by exactly one per success, refusals change nothing, and the effects keep the
 * outside world (what is live, which jobs are pending) equal to what the state says.
 */

const START = Date.parse('2025-01-14T09:00:00.000Z');
const MINUTE = 60_000;
const iso = (ms: number): string => new Date(ms).toISOString();

const stateArb: fc.Arbitrary<WorkflowState> = fc
  .record({
    stage: fc.constantFrom(...STAGES),
    version: fc.nat({ max: 10_000 }),
    assignee: fc.option(fc.constantFrom('writer-1', 'writer-2'), { nil: undefined }),
    at: fc.integer({ min: -600, max: 600 }),
    expires: fc.boolean(),
  })
  .map(({ stage, version, assignee, at, expires }) => ({
    stage,
    version,
    ...(assignee ? { assignee } : {}),
    ...(stage === 'scheduled' ? { scheduledAt: iso(START + at * MINUTE) } : {}),
    ...(stage === 'published' && expires ? { unpublishAt: iso(START + Math.abs(at) * MINUTE) } : {}),
  }));

const userStep = fc.record({
  kind: fc.constant('user' as const),
  /** Three steps in four ask for something the graph allows now (else sessions rarely get anywhere). */
  guided: fc.constantFrom(true, true, true, false),
  pick: fc.nat(),
  transition: fc.constantFrom<string>(...TRANSITIONS, 'bogus'),
  roles: fc.subarray([ROLE_AUTHOR, ROLE_EDITOR, ROLE_SUPER_ADMIN, 'newsroom-intern']),
  reason: fc.option(fc.constantFrom('', '  ', 'المصدر غير موثّق'), { nil: undefined }),
  schedule: fc.option(
    fc.oneof(
      fc.record({ minutes: fc.integer({ min: -120, max: 3000 }), zone: fc.constantFrom('Z', '+03:00', '-05:00') }),
      fc.constant('garbage' as const),
    ),
    { nil: undefined },
  ),
  expect: fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constant('current' as const) },
    { weight: 1, arbitrary: fc.constant('stale' as const) },
    { weight: 1, arbitrary: fc.constantFrom(...STAGES) },
  ),
  assignee: fc.option(fc.constantFrom(null, 'writer-3'), { nil: undefined }),
  advance: fc.integer({ min: 0, max: 24 * 60 * MINUTE }),
});
const schedulerStep = fc.record({
  kind: fc.constant('scheduler' as const),
  action: fc.constantFrom('publish' as const, 'unpublish' as const),
  advance: fc.integer({ min: 0, max: 24 * 60 * MINUTE }),
});
const stepsArb = fc.array(fc.oneof({ weight: 4, arbitrary: userStep }, { weight: 1, arbitrary: schedulerStep }), {
  maxLength: 30,
  size: 'max',
});

type UserStep = typeof userStep extends fc.Arbitrary<infer T> ? T : never;
type Step = typeof stepsArb extends fc.Arbitrary<Array<infer T>> ? T : never;

/** A time string the user might send: `minutes` from now, written in another zone. */
function scheduleInput(step: UserStep, now: number): string | undefined {
  if (step.schedule === undefined || step.schedule === 'garbage') return step.schedule;
  const { minutes, zone } = step.schedule;
  const offset = zone === 'Z' ? 0 : zone === '+03:00' ? 180 : -300;
  return iso(now + minutes * MINUTE + offset * MINUTE).replace('Z', zone);
}

/** A guided step takes one of the transitions open to a super admin now, as a role allowed to, with what it needs. */
function guide(step: UserStep, state: WorkflowState, now: number): UserStep {
  if (!step.guided) return step;
  const open = allowedTransitions(state, [ROLE_SUPER_ADMIN], config, () => new Date(now));
  if (open.length === 0) return step;
  const chosen = open[step.pick % open.length];
  const roles = step.pick % 3 === 0 ? [ROLE_SUPER_ADMIN] : [...(config.transitions[chosen.id]?.roles ?? [])];
  const schedule = chosen.requiresSchedule
    ? { minutes: 1 + (step.pick % 3000), zone: step.pick % 2 === 0 ? 'Z' : '+03:00' }
    : undefined;
  return {
    ...step,
    transition: chosen.id,
    roles,
    reason: 'سبب',
    schedule,
    expect: step.expect === 'current' ? 'current' : undefined,
  };
}

function requestOf(step: UserStep, state: WorkflowState, now: number): TransitionRequest {
  const expectation =
    step.expect === 'current'
      ? { expectedVersion: state.version, expectedStage: state.stage }
      : step.expect === 'stale'
        ? { expectedVersion: state.version + 1 }
        : step.expect !== undefined
          ? { expectedStage: step.expect }
          : {};
  return {
    documentId: 'doc-1',
    locale: 'ar',
    transition: step.transition,
    roles: step.roles,
    userId: 'user-1',
    reason: step.reason,
    scheduleAt: scheduleInput(step, now),
    assignee: step.assignee,
    ...expectation,
  };
}

/** What the world looks like from the adapter's side, kept only through effects. */
interface World {
  live: boolean;
  jobs: { publish?: string; unpublish?: string };
}

function applyEffects(world: World, effects: readonly Effect[]): void {
  for (const effect of effects) {
    if (effect.type === 'publish') world.live = true;
    else if (effect.type === 'unpublish') world.live = false;
    else if (effect.type === 'schedule') world.jobs[effect.action] = effect.at;
    else delete world.jobs[effect.action];
  }
}

const STATUS: Readonly<Record<string, readonly number[]>> = {
  FORBIDDEN: [403],
  INVALID_TRANSITION: [400, 409],
  CONFLICT: [409],
  REASON_REQUIRED: [400],
  SCHEDULE_REQUIRED: [400],
  SCHEDULE_INVALID: [400],
  SCHEDULE_IN_PAST: [400],
};

/** One step of a session, checked with node:assert (jest's `expect` costs an Error per call: too slow here). */
function step(state: WorkflowState, s: Step, now: number, world: World): WorkflowState {
  const clock = () => new Date(now);
  let result: TransitionResult;
  if (s.kind === 'user') {
    const guided = guide(s, state, now);
    const request = requestOf(guided, state, now);
    result = transition(state, request, config, clock);
    if (request.expectedStage === undefined && request.expectedVersion === undefined) {
      const offered = allowedTransitions(state, guided.roles, config, clock).some((t) => t.id === guided.transition);
      const accessOk = result.ok || !['FORBIDDEN', 'INVALID_TRANSITION', 'CONFLICT'].includes(result.error.code);
      assert.equal(offered, accessOk, 'allowedTransitions offers exactly what transition accepts');
    }
    if (result.ok) {
      const rule = ruleOf(config, result.ledger.transition);
      assert.ok(
        guided.roles.includes(ROLE_SUPER_ADMIN) || guided.roles.some((role) => rule?.roles.includes(role)),
        'role allowed',
      );
    }
  } else {
    const pending = world.jobs[s.action];
    result = runScheduled(
      state,
      { documentId: 'doc-1', locale: 'ar', action: s.action, at: pending ?? iso(now) },
      config,
      clock,
    );
    // A pending job runs exactly when its minute has come; without one, the scheduler does nothing.
    assert.equal(result.ok, pending !== undefined && Date.parse(pending) <= now, 'scheduler runs due jobs only');
  }
  let next = state;
  if (result.ok) {
    const { ledger, effects } = result;
    next = result.next;
    assert.ok(isStage(next.stage));
    assertWorkflowState(next);
    assert.equal(next.version, state.version + 1, 'version +1 per success');
    assert.deepEqual(
      [ledger.from, ledger.to, ledger.version, ledger.at],
      [state.stage, next.stage, next.version, iso(now)],
    );
    const rule = ruleOf(config, ledger.transition);
    assert.ok(rule?.from.includes(state.stage) && rule.to === next.stage, 'follows the configured graph');
    applyEffects(world, effects);
  } else {
    const { error } = result;
    assert.deepEqual(
      [error.stage, error.version],
      [state.stage, state.version],
      'a refusal reports the unchanged state',
    );
    assert.ok(STATUS[error.code].includes(error.httpStatus), `status of ${error.code}`);
    assert.ok(error.message.ar.length > 0 && error.message.en.length > 0);
  }
  assert.equal(world.live, next.stage === 'published', 'live exactly when published');
  assert.equal(world.jobs.publish, next.scheduledAt, 'a publication job exactly when scheduled');
  assert.equal(world.jobs.unpublish, next.unpublishAt, 'an unpublish job exactly when one is set');
  return Object.freeze(next);
}

describe('random sessions', () => {
  it('keep the state valid, the version counting successes, and the world in step with the state', () => {
    fc.assert(
      fc.property(stateArb, stepsArb, (initial, steps) => {
        let state: WorkflowState = Object.freeze(initial);
        let now = START;
        const world: World = {
          live: state.stage === 'published',
          jobs: { publish: state.scheduledAt, unpublish: state.unpublishAt },
        };
        for (const s of steps) {
          now += s.advance;
          state = step(state, s, now, world);
        }
      }),
      { numRuns: 300 },
    );
  });
});
