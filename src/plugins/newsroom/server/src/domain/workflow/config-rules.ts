import {
  FIXED_TARGET,
  INITIAL_STAGE,
  LIVE_ONLY,
  LIVE_STAGE,
  PUBLISHABLE_FROM,
  SCHEDULABLE_FROM,
  STAGES,
  TIMED_TRANSITIONS,
  TRANSITIONS,
  isStage,
  isTransitionId,
  type Stage,
  type TransitionId,
} from '../../../../core/workflow/stages';
import { isValidTimeZone } from '../../../../core/workflow/timezone';

/**
 * The rules a workflow configuration must keep beyond its shape. They protect the promises, so that no
 * configuration can publish what an editor has not approved, or strand a stage nobody can reach.
 */

export interface ConfigProblem {
  path: ReadonlyArray<string | number>;
  message: string;
}

/** The shape config.ts has already checked: names are still unchecked strings. */
export interface RawTransition {
  from: readonly string[];
  to: string;
  roles: readonly string[];
  requiresReason?: boolean;
  requiresSchedule?: boolean;
}

export interface RawWorkflowConfig {
  transitions: Readonly<Record<string, RawTransition>>;
  timezone: string;
  dateLocales?: { ar: string; en: string };
}

const list = (items: readonly string[]): string => items.map((item) => `"${item}"`).join(', ');

export function configProblems(config: RawWorkflowConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (path: ReadonlyArray<string | number>, message: string): void => {
    problems.push({ path, message });
  };
  for (const [id, rule] of Object.entries(config.transitions)) {
    if (!isTransitionId(id)) add(['transitions', id], `unknown transition "${id}" (known: ${list(TRANSITIONS)})`);
    else transitionProblems(id, rule, add);
  }
  reachabilityProblems(config.transitions, add);
  dependencyProblems(config.transitions, add);
  if (!isValidTimeZone(config.timezone)) {
    add(['timezone'], `unknown time zone "${config.timezone}" (an IANA name such as "Asia/Baghdad" or "UTC")`);
  }
  for (const key of ['ar', 'en'] as const) {
    const tag = config.dateLocales?.[key];
    if (tag !== undefined && !isLocaleTag(tag))
      add(['dateLocales', key], `invalid locale "${tag}" (e.g. "${key === 'ar' ? 'ar-IQ' : 'en-GB'}")`);
  }
  return problems;
}

type Add = (path: ReadonlyArray<string | number>, message: string) => void;

function transitionProblems(id: TransitionId, rule: RawTransition, add: Add): void {
  const seen = new Set<string>();
  rule.from.forEach((from, index) => {
    const path = ['transitions', id, 'from', index];
    if (!isStage(from)) add(path, `unknown stage "${from}" (known: ${list(STAGES)})`);
    else if (seen.has(from)) add(path, `stage "${from}" is listed twice`);
    else if (rule.to === 'published' && !PUBLISHABLE_FROM.includes(from)) {
      add(path, `publishing from "${from}" would skip the editor's approval (allowed: ${list(PUBLISHABLE_FROM)})`);
    } else if (rule.to === 'scheduled' && !SCHEDULABLE_FROM.includes(from)) {
      add(path, `scheduling from "${from}" would skip the editor's approval (allowed: ${list(SCHEDULABLE_FROM)})`);
    } else if (LIVE_ONLY.includes(id) && from !== LIVE_STAGE) add(path, `"${id}" applies to a published locale only`);
    seen.add(from);
  });
  const fixed = FIXED_TARGET[id];
  if (!isStage(rule.to)) add(['transitions', id, 'to'], `unknown stage "${rule.to}" (known: ${list(STAGES)})`);
  else if (fixed !== undefined && rule.to !== fixed)
    add(['transitions', id, 'to'], `"${id}" always leads to "${fixed}"`);
  else if (id === 'unpublish' && rule.to === LIVE_STAGE)
    add(['transitions', id, 'to'], `"unpublish" must leave "${LIVE_STAGE}"`);
  else if (rule.to === 'scheduled' && id !== 'schedule') {
    add(['transitions', id, 'to'], `only "schedule" may lead to "scheduled": it takes the publication time`);
  }
  const timed = TIMED_TRANSITIONS[id] !== undefined;
  if (timed && rule.requiresSchedule === false)
    add(['transitions', id, 'requiresSchedule'], `"${id}" always takes a time`);
  if (!timed && rule.requiresSchedule === true) {
    add(['transitions', id, 'requiresSchedule'], `only ${list(Object.keys(TIMED_TRANSITIONS))} take a time`);
  }
  if (id === 'request_changes' && rule.requiresReason === false) {
    add(['transitions', id, 'requiresReason'], 'changes are always requested with a reason');
  }
}

/**
 * Every stage the configuration names must be reachable from draft, and some path must lead to publication. An
 * unreachable stage is reported once, at its first mention, listing the others (one run shows every fix).
 */
function reachabilityProblems(transitions: RawWorkflowConfig['transitions'], add: Add): void {
  const edges = Object.entries(transitions).filter(([id]) => isTransitionId(id));
  const reached = new Set<string>([INITIAL_STAGE]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [, rule] of edges) {
      if (!reached.has(rule.to) && rule.from.some((from) => reached.has(from))) {
        reached.add(rule.to);
        grew = true;
      }
    }
  }
  const mentions = new Map<string, Array<Array<string | number>>>();
  for (const [id, rule] of edges) {
    const named: Array<[string, Array<string | number>]> = [
      ...rule.from.map((from, index): [string, Array<string | number>] => [from, [id, 'from', index]]),
      [rule.to, [id, 'to']],
    ];
    for (const [stage, path] of named) mentions.set(stage, [...(mentions.get(stage) ?? []), path]);
  }
  for (const [stage, [first, ...others]] of mentions) {
    if (!isStage(stage) || reached.has(stage)) continue;
    const also = others.length > 0 ? `; also named at ${others.map((path) => formatRelative(path)).join(', ')}` : '';
    add(['transitions', ...first], `stage "${stage}" cannot be reached from "${INITIAL_STAGE}"${also}`);
  }
  if (!reached.has(LIVE_STAGE) && !mentions.has(LIVE_STAGE))
    add(['transitions'], `no path leads from "${INITIAL_STAGE}" to "${LIVE_STAGE}"`);
}

/** `['publish', 'from', 1]` → `publish.from[1]`. */
function formatRelative(path: ReadonlyArray<string | number>): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** The scheduler takes `publish` and `unpublish` when a time comes: they must exist where it needs them. */
function dependencyProblems(transitions: RawWorkflowConfig['transitions'], add: Add): void {
  const needs: Array<[TransitionId, TransitionId, Stage]> = [
    ['schedule', 'publish', 'scheduled'],
    ['schedule_unpublish', 'unpublish', 'published'],
  ];
  for (const [timed, action, from] of needs) {
    if (transitions[timed] && !transitions[action]?.from.includes(from)) {
      add(
        ['transitions', action, 'from'],
        `"${timed}" is enabled, so "${action}" must accept "${from}" (the scheduler takes it)`,
      );
    }
  }
}

function isLocaleTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
