import {
  DEFAULT_WORKFLOW_CONFIG,
  formatPath,
  loadWorkflowConfig,
  parseWorkflowConfig,
  resolveWorkflowConfig,
} from './config';
import { ROLE_AUTHOR, ROLE_EDITOR } from '../../../../core/workflow/stages';

function errorsOf(overrides: unknown): string[] {
  const result = resolveWorkflowConfig(overrides);
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.errors;
}

describe('workflow configuration', () => {
  it('accepts the defaults, and no overrides means the defaults', () => {
    expect(parseWorkflowConfig(DEFAULT_WORKFLOW_CONFIG)).toEqual({ ok: true, config: DEFAULT_WORKFLOW_CONFIG });
    expect(resolveWorkflowConfig(undefined)).toEqual({ ok: true, config: DEFAULT_WORKFLOW_CONFIG });
    expect(resolveWorkflowConfig({})).toEqual({ ok: true, config: DEFAULT_WORKFLOW_CONFIG });
  });

  it('formats paths with dots and [index]', () => {
    expect(formatPath('workflow', ['transitions', 'approve', 'from', 1])).toBe('workflow.transitions.approve.from[1]');
  });

  it('replaces arrays whole (unlike Strapi’s defaultsDeep) and keeps the other fields', () => {
    const config = loadWorkflowConfig({ transitions: { publish: { roles: [ROLE_AUTHOR] } }, timezone: 'asia/baghdad' });
    expect(config.transitions.publish).toEqual({
      ...DEFAULT_WORKFLOW_CONFIG.transitions.publish,
      roles: [ROLE_AUTHOR],
    });
    expect(config.timezone).toBe('Asia/Baghdad');
    expect(config.transitions.approve?.roles).toEqual([ROLE_EDITOR]);
  });

  it('disables a transition given as null', () => {
    const config = loadWorkflowConfig({ transitions: { reopen: null } });
    expect(config.transitions.reopen).toBeUndefined();
  });

  it('lets editors submit when configured so', () => {
    const config = loadWorkflowConfig({ transitions: { submit: { roles: [ROLE_AUTHOR, ROLE_EDITOR] } } });
    expect(config.transitions.submit?.roles).toEqual([ROLE_AUTHOR, ROLE_EDITOR]);
  });

  it.each<[string, unknown, string]>([
    [
      'a misspelt stage',
      { transitions: { approve: { from: ['in_review', 'aproved'] } } },
      'workflow.transitions.approve.from[1]: unknown stage "aproved"',
    ],
    [
      'a misspelt target',
      { transitions: { approve: { to: 'aproved' } } },
      'workflow.transitions.approve.to: unknown stage "aproved"',
    ],
    [
      'a misspelt transition',
      { transitions: { aprove: { from: ['in_review'], to: 'approved', roles: [] } } },
      'workflow.transitions.aprove: unknown transition "aprove"',
    ],
    [
      'a duplicate stage',
      { transitions: { submit: { from: ['draft', 'draft'] } } },
      'workflow.transitions.submit.from[1]: stage "draft" is listed twice',
    ],
    [
      'publishing unapproved copy',
      { transitions: { publish: { from: ['approved', 'draft'] } } },
      'workflow.transitions.publish.from[1]: publishing from "draft" would skip the editor\'s approval',
    ],
    [
      'any transition publishing unapproved copy',
      { transitions: { submit: { to: 'published' } } },
      'workflow.transitions.submit.from[0]: publishing from "draft" would skip',
    ],
    [
      'scheduling unapproved copy',
      { transitions: { schedule: { from: ['in_review'] } } },
      'workflow.transitions.schedule.from[0]: scheduling from "in_review" would skip',
    ],
    [
      'redefining publish',
      { transitions: { publish: { to: 'approved' } } },
      'workflow.transitions.publish.to: "publish" always leads to "published"',
    ],
    [
      'entering scheduled without a time',
      { transitions: { approve: { to: 'scheduled' } } },
      'workflow.transitions.approve.to: only "schedule" may lead to "scheduled"',
    ],
    [
      'unpublish that stays live',
      { transitions: { unpublish: { to: 'published' } } },
      'workflow.transitions.unpublish.to: "unpublish" must leave "published"',
    ],
    [
      'a time on approve',
      { transitions: { approve: { requiresSchedule: true } } },
      'workflow.transitions.approve.requiresSchedule: only "schedule", "schedule_unpublish" take a time',
    ],
    [
      'schedule without a time',
      { transitions: { schedule: { requiresSchedule: false } } },
      'workflow.transitions.schedule.requiresSchedule: "schedule" always takes a time',
    ],
    [
      'changes without a reason',
      { transitions: { request_changes: { requiresReason: false } } },
      'workflow.transitions.request_changes.requiresReason: changes are always requested with a reason',
    ],
    [
      'an unpublish time on unpublished copy',
      { transitions: { schedule_unpublish: { from: ['approved'] } } },
      'workflow.transitions.schedule_unpublish.from[0]: "schedule_unpublish" applies to a published locale only',
    ],
    [
      'schedule without the scheduler’s publish',
      { transitions: { publish: { from: ['approved'] } } },
      'workflow.transitions.publish.from: "schedule" is enabled, so "publish" must accept "scheduled"',
    ],
    [
      'an unreachable stage',
      { transitions: { submit: null } },
      'workflow.transitions.withdraw.from[0]: stage "in_review" cannot be reached from "draft"',
    ],
    ['a misspelt zone', { timezone: 'Asia/Bagdad' }, 'workflow.timezone: unknown time zone "Asia/Bagdad"'],
    ['an offset for a zone', { timezone: '+03:00' }, 'workflow.timezone: unknown time zone "+03:00"'],
    ['a bad date locale', { dateLocales: { ar: 'ar_IQ' } }, 'workflow.dateLocales.ar: invalid locale "ar_IQ"'],
    ['roles as a string', { transitions: { publish: { roles: ROLE_EDITOR } } }, 'workflow.transitions.publish.roles: '],
    ['an empty role', { transitions: { publish: { roles: [''] } } }, 'workflow.transitions.publish.roles[0]: '],
    ['a misspelt field', { transitions: { publish: { role: [ROLE_EDITOR] } } }, 'workflow.transitions.publish: '],
    ['a misspelt top-level key', { timeZone: 'UTC' }, 'workflow: '],
    ['no stages to start from', { transitions: { publish: { from: [] } } }, 'workflow.transitions.publish.from: '],
  ])('refuses %s, naming the path', (_what, overrides, expected) => {
    expect(errorsOf(overrides)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
  });

  it('reports an unreachable stage once, listing where it is named', () => {
    const errors = errorsOf({ transitions: { schedule: null, unschedule: null } });
    expect(errors).toEqual([
      'workflow.transitions.request_changes.from[2]: stage "scheduled" cannot be reached from "draft"; also named at publish.from[1]',
    ]);
    const fixed = loadWorkflowConfig({
      transitions: {
        schedule: null,
        unschedule: null,
        request_changes: { from: ['in_review', 'approved'] },
        publish: { from: ['approved', 'published'] },
      },
    });
    expect(fixed.transitions.schedule).toBeUndefined();
  });

  it('refuses a graph that never publishes', () => {
    const result = parseWorkflowConfig({
      transitions: {
        submit: { from: ['draft'], to: 'in_review', roles: [ROLE_AUTHOR] },
        withdraw: { from: ['in_review'], to: 'draft', roles: [ROLE_AUTHOR] },
      },
      timezone: 'UTC',
    });
    expect(result).toEqual({ ok: false, errors: ['workflow.transitions: no path leads from "draft" to "published"'] });
  });

  it('uses the prefix it is given, and throws every error at once', () => {
    expect(() =>
      loadWorkflowConfig(
        { timezone: 'Mars/Olympus', transitions: { approve: { from: ['aproved'] } } },
        'newsroom.workflow',
      ),
    ).toThrow(
      /newsroom\.workflow\.transitions\.approve\.from\[0\]: unknown stage "aproved".*; newsroom\.workflow\.timezone: unknown time zone "Mars\/Olympus"/,
    );
    expect(errorsOf('yes')).toEqual(['workflow: expected an object']);
  });
});
