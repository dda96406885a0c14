import { DEFAULT_WORKFLOW_CONFIG } from './config';
import { transition } from './machine';
import {
  ROLE_AUTHOR,
  ROLE_EDITOR,
  ROLE_SUPER_ADMIN,
  STAGES,
  TRANSITIONS,
  type Stage,
  type TransitionId,
} from '../../../../core/workflow/stages';
import { clock, requestFor, stateIn } from './test-fixtures';

/** The defaults, written out by hand: the configuration must say exactly this. */
const A = ROLE_AUTHOR;
const E = ROLE_EDITOR;
const EXPECTED: Record<TransitionId, { from: Stage[]; to: Stage; roles: string[] }> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', roles: [A] },
  withdraw: { from: ['in_review'], to: 'draft', roles: [A] },
  request_changes: { from: ['in_review', 'approved', 'scheduled'], to: 'changes_requested', roles: [E] },
  approve: { from: ['in_review'], to: 'approved', roles: [E] },
  schedule: { from: ['approved', 'scheduled'], to: 'scheduled', roles: [E] },
  unschedule: { from: ['scheduled'], to: 'approved', roles: [E] },
  publish: { from: ['approved', 'scheduled', 'published'], to: 'published', roles: [E] },
  unpublish: { from: ['published'], to: 'unpublished', roles: [E] },
  schedule_unpublish: { from: ['published'], to: 'published', roles: [E] },
  unschedule_unpublish: { from: ['published'], to: 'published', roles: [E] },
  reopen: { from: ['unpublished'], to: 'draft', roles: [E] },
};

describe('the default configuration', () => {
  it.each(TRANSITIONS)('%s has the issue’s stages and roles', (id) => {
    const rule = DEFAULT_WORKFLOW_CONFIG.transitions[id];
    expect(rule && { from: rule.from, to: rule.to, roles: rule.roles }).toEqual(EXPECTED[id]);
  });
});

const ROLE_SETS: ReadonlyArray<readonly string[]> = [[A], [E], [ROLE_SUPER_ADMIN], ['newsroom-intern'], [], [A, E]];
const rows = TRANSITIONS.flatMap((id) =>
  ROLE_SETS.flatMap((roles) => STAGES.map((stage) => [id, roles.join('+') || '(none)', stage, roles] as const)),
);

describe('role × transition × stage, against the default configuration', () => {
  it(`covers ${rows.length} cases`, () =>
    expect(rows.length).toBe(TRANSITIONS.length * ROLE_SETS.length * STAGES.length));

  it.each(rows)('%s by %s from %s', (id, _name, stage, roles) => {
    const rule = EXPECTED[id];
    const roleOk = roles.includes(ROLE_SUPER_ADMIN) || roles.some((role) => rule.roles.includes(role));
    const stageOk = rule.from.includes(stage);
    const result = transition(stateIn(stage), requestFor(id, roles), DEFAULT_WORKFLOW_CONFIG, clock);
    if (roleOk && stageOk) {
      expect(result).toMatchObject({ ok: true, next: { stage: rule.to, version: 8 } });
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject(
        roleOk ? { code: 'INVALID_TRANSITION', httpStatus: 409, stage } : { code: 'FORBIDDEN', httpStatus: 403, stage },
      );
    }
  });
});
