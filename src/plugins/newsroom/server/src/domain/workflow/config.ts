import { z } from 'zod';
import { configProblems, type RawWorkflowConfig } from './config-rules';
import {
  ROLE_AUTHOR,
  ROLE_EDITOR,
  TIMED_TRANSITIONS,
  type Stage,
  type TransitionId,
} from '../../../../core/workflow/stages';
import { canonicalTimeZone } from '../../../../core/workflow/timezone';

/**
 * The workflow configuration (config/plugins.ts → newsroom.config.workflow): which stages each transition starts
 * from and leads to, which admin roles may take it, what it needs. Super Admin may take every transition.
 *
 * Strapi merges a plugin's default config into the user's with lodash `defaultsDeep`, which merges arrays index by
 * index (user roles `['a']` over default `['x', 'y']` give `['a', 'y']`). So the plugin should not hand the
 * workflow defaults to Strapi: `resolveWorkflowConfig(overrides)` merges them here, replacing arrays whole.
 */

export interface TransitionRule {
  readonly from: readonly Stage[];
  readonly to: Stage;
  /** Strapi admin role codes; `strapi-super-admin` is allowed in any case. */
  readonly roles: readonly string[];
  readonly requiresReason: boolean;
  readonly requiresSchedule: boolean;
}

export interface WorkflowConfig {
  /** A transition left out is disabled. */
  readonly transitions: Readonly<Partial<Record<TransitionId, TransitionRule>>>;
  /** IANA zone the newsroom reads times in (stored times are UTC). */
  readonly timezone: string;
  /** Intl locales for dates shown in each UI language, e.g. `ar-IQ` for كانون الثاني and Arabic-Indic digits. */
  readonly dateLocales: { readonly ar: string; readonly en: string };
  /**
   * The approval policy (approval-binding.ts): false (default), an Author's edit of an approved or scheduled
   * story sends it back to review; true, Authors cannot edit a story once submitted (403) until they withdraw it.
   */
  readonly lockAfterSubmit: boolean;
  /**
   * The desks (desk.ts): a section topic — its documentId, or its slug in any locale — → the admin users (ids or
   * e-mails, as configured) a submitted story of that section goes to. Empty: `submit` assigns nobody new.
   */
  readonly desks: Readonly<Record<string, readonly string[]>>;
}

const rule = (
  from: Stage[],
  to: Stage,
  roles: string[],
  needs: { reason?: boolean; schedule?: boolean } = {},
): TransitionRule => ({
  from,
  to,
  roles,
  requiresReason: needs.reason ?? false,
  requiresSchedule: needs.schedule ?? false,
});

/** The issue's defaults: authors submit and withdraw; editors do the rest; see stages.ts for the graph. */
export const DEFAULT_WORKFLOW_CONFIG: WorkflowConfig = {
  transitions: {
    submit: rule(['draft', 'changes_requested'], 'in_review', [ROLE_AUTHOR]),
    withdraw: rule(['in_review'], 'draft', [ROLE_AUTHOR]),
    request_changes: rule(['in_review', 'approved', 'scheduled'], 'changes_requested', [ROLE_EDITOR], { reason: true }),
    approve: rule(['in_review'], 'approved', [ROLE_EDITOR]),
    schedule: rule(['approved', 'scheduled'], 'scheduled', [ROLE_EDITOR], { schedule: true }),
    unschedule: rule(['scheduled'], 'approved', [ROLE_EDITOR]),
    publish: rule(['approved', 'scheduled', 'published'], 'published', [ROLE_EDITOR]),
    unpublish: rule(['published'], 'unpublished', [ROLE_EDITOR]),
    schedule_unpublish: rule(['published'], 'published', [ROLE_EDITOR], { schedule: true }),
    unschedule_unpublish: rule(['published'], 'published', [ROLE_EDITOR]),
    reopen: rule(['unpublished'], 'draft', [ROLE_EDITOR]),
  },
  timezone: 'UTC',
  dateLocales: { ar: 'ar', en: 'en' },
  lockAfterSubmit: false,
  desks: {},
};

const transitionSchema = z.strictObject({
  from: z.array(z.string()).min(1),
  to: z.string(),
  roles: z.array(z.string().min(1)),
  requiresReason: z.boolean().optional(),
  requiresSchedule: z.boolean().optional(),
});

/** The shape of a complete configuration; `parseWorkflowConfig` adds the rules of config-rules.ts. */
export const workflowConfigSchema = z.strictObject({
  transitions: z.record(z.string(), transitionSchema),
  timezone: z.string(),
  dateLocales: z.strictObject({ ar: z.string(), en: z.string() }).optional(),
  lockAfterSubmit: z.boolean().optional(),
  desks: z
    .record(
      z.string().min(1),
      z
        .array(
          z.union([
            z.number().int().positive(),
            z.string().regex(/^(\d+|[^\s@]+@[^\s@]+)$/, 'an admin user id or e-mail'),
          ]),
        )
        .min(1, 'at least one editor'),
    )
    .optional(),
});

export type WorkflowConfigInput = z.input<typeof workflowConfigSchema>;
export type ConfigResult = { ok: true; config: WorkflowConfig } | { ok: false; errors: string[] };

/** `workflow` + `['transitions', 'approve', 'from', 1]` → `workflow.transitions.approve.from[1]`. */
export function formatPath(prefix: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    prefix,
  );
}

/** Validates a complete configuration; every error names its path (`workflow.transitions.approve.from[1]: …`). */
export function parseWorkflowConfig(input: unknown, prefix = 'workflow'): ConfigResult {
  const shape = workflowConfigSchema.safeParse(input);
  if (!shape.success) {
    return {
      ok: false,
      errors: shape.error.issues.map((issue) => `${formatPath(prefix, issue.path)}: ${issue.message}`),
    };
  }
  const raw: RawWorkflowConfig = shape.data;
  const problems = configProblems(raw);
  if (problems.length > 0)
    return { ok: false, errors: problems.map((p) => `${formatPath(prefix, p.path)}: ${p.message}`) };
  const transitions: Partial<Record<TransitionId, TransitionRule>> = {};
  for (const [id, value] of Object.entries(raw.transitions) as Array<
    [TransitionId, z.infer<typeof transitionSchema>]
  >) {
    transitions[id] = {
      from: value.from as Stage[],
      to: value.to as Stage,
      roles: value.roles,
      requiresReason: value.requiresReason ?? false,
      requiresSchedule: value.requiresSchedule ?? TIMED_TRANSITIONS[id] !== undefined,
    };
  }
  return {
    ok: true,
    config: {
      transitions,
      timezone: canonicalTimeZone(raw.timezone) ?? raw.timezone,
      dateLocales: raw.dateLocales ?? DEFAULT_WORKFLOW_CONFIG.dateLocales,
      lockAfterSubmit: shape.data.lockAfterSubmit ?? false,
      desks: Object.fromEntries(
        Object.entries(shape.data.desks ?? {}).map(([section, editors]) => [
          section,
          editors.map((editor) => String(editor).toLowerCase()),
        ]),
      ),
    },
  };
}

/**
 * Overrides over the defaults, then validated: `transitions.<id>` replaces the fields it names (arrays whole),
 * `transitions.<id>: null` disables that transition; `timezone` and `dateLocales` replace theirs.
 */
export function resolveWorkflowConfig(overrides: unknown, prefix = 'workflow'): ConfigResult {
  if (overrides === undefined || overrides === null) return parseWorkflowConfig(DEFAULT_WORKFLOW_CONFIG, prefix);
  if (!isRecord(overrides)) return { ok: false, errors: [`${prefix}: expected an object`] };
  const { transitions: overriddenTransitions, dateLocales, ...rest } = overrides;
  if (overriddenTransitions !== undefined && !isRecord(overriddenTransitions)) {
    return { ok: false, errors: [`${prefix}.transitions: expected an object`] };
  }
  const transitions: Record<string, unknown> = { ...DEFAULT_WORKFLOW_CONFIG.transitions };
  for (const [id, value] of Object.entries(overriddenTransitions ?? {})) {
    if (value === null) delete transitions[id];
    else {
      const base = transitions[id];
      transitions[id] = isRecord(base) && isRecord(value) ? { ...base, ...value } : value;
    }
  }
  const locales = isRecord(dateLocales) ? { ...DEFAULT_WORKFLOW_CONFIG.dateLocales, ...dateLocales } : dateLocales;
  return parseWorkflowConfig(
    {
      timezone: DEFAULT_WORKFLOW_CONFIG.timezone,
      ...rest,
      transitions,
      dateLocales: locales ?? DEFAULT_WORKFLOW_CONFIG.dateLocales,
    },
    prefix,
  );
}

/** `resolveWorkflowConfig`, throwing one Error that lists every problem: for Strapi's config validator. */
export function loadWorkflowConfig(overrides: unknown, prefix = 'workflow'): WorkflowConfig {
  const result = resolveWorkflowConfig(overrides, prefix);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.config;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
