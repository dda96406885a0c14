import type { WorkflowConfig } from './config';
import {
  isolate,
  roleLabel,
  stageLabel,
  transitionPhrase,
  versionName,
  type Bilingual,
} from '../../../../core/workflow/messages';
import { ROLE_SUPER_ADMIN, type Stage } from '../../../../core/workflow/stages';
import { toInstant } from './schedule';
import { formatInZone } from '../../../../core/workflow/timezone';
import type { ErrorCode, HttpStatus, Missing, TransitionFailure, WorkflowState } from './types';

/**
 * Refusals, each with its code, HTTP status and a message in both languages that names the current stage and
 * what is missing: «لا يمكن نشر النسخة العربية: المرحلة الحالية «قيد المراجعة»، والمطلوب «معتمد»».
 * Status: 403 when the role may not take the transition, 409 when the state does not allow it (wrong stage,
 * not due, changed meanwhile), 400 when the request itself is incomplete or wrong.
 */

export interface RefusalContext {
  readonly state: WorkflowState;
  readonly transition: string;
  readonly locale: string;
  readonly config: Pick<WorkflowConfig, 'timezone' | 'dateLocales'>;
}

const STATUS: Readonly<Record<ErrorCode, HttpStatus>> = {
  FORBIDDEN: 403,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  REASON_REQUIRED: 400,
  SCHEDULE_REQUIRED: 400,
  SCHEDULE_INVALID: 400,
  SCHEDULE_IN_PAST: 400,
  CHANGED_SINCE_APPROVAL: 409,
  LOCKED_AFTER_SUBMIT: 403,
  EMBARGOED: 409,
};

const EXAMPLE_TIME = '2025-01-14T15:30+03:00';
const MAX_ECHO = 40;

function refusal(
  ctx: RefusalContext,
  code: ErrorCode,
  message: Bilingual,
  missing?: Missing,
  status?: HttpStatus,
): TransitionFailure {
  const error = {
    code,
    httpStatus: status ?? STATUS[code],
    stage: ctx.state.stage,
    version: ctx.state.version,
    transition: ctx.transition,
    locale: ctx.locale,
    message,
  };
  return { ok: false, error: missing ? { ...error, missing } : error };
}

/** "Cannot publish the Arabic version: …" / «لا يمكن نشر النسخة العربية: …». */
function cannot(ctx: RefusalContext, because: Bilingual): Bilingual {
  const phrase = transitionPhrase(ctx.transition, ctx.locale);
  return { en: `Cannot ${phrase.en}: ${because.en}`, ar: `لا يمكن ${phrase.ar}: ${because.ar}` };
}

/** A time as the newsroom reads it; an unreadable one is shown as it came. */
function when(ctx: RefusalContext, at: Date | string): Bilingual {
  const { timezone, dateLocales } = ctx.config;
  const instant = typeof at === 'string' ? toInstant(at) : at;
  if (instant === null || Number.isNaN(instant.getTime()))
    return { en: `“${String(at)}”`, ar: isolate(`«${String(at)}»`) };
  return {
    en: formatInZone(instant, timezone, 'en', { intlLocale: dateLocales.en }),
    ar: formatInZone(instant, timezone, 'ar', { intlLocale: dateLocales.ar }),
  };
}

function stageState(stage: Stage, version: number | undefined): Bilingual {
  const label = stageLabel(stage);
  return version === undefined
    ? { en: `“${label.en}”`, ar: `«${label.ar}»` }
    : { en: `“${label.en}”, version ${version}`, ar: `«${label.ar}»، الإصدار ${version}` };
}

export const refuse = {
  unknownTransition(ctx: RefusalContext): TransitionFailure {
    const shown = ctx.transition.slice(0, MAX_ECHO);
    const message = {
      en: `Unknown or disabled transition “${shown}”`,
      ar: `الإجراء ${isolate(`«${shown}»`)} غير معروف أو غير مفعّل`,
    };
    return refusal(ctx, 'INVALID_TRANSITION', message, undefined, 400);
  },

  forbidden(ctx: RefusalContext, roles: readonly string[]): TransitionFailure {
    const allowed = [...roles.filter((role) => role !== ROLE_SUPER_ADMIN), ROLE_SUPER_ADMIN].map(roleLabel);
    const phrase = transitionPhrase(ctx.transition, ctx.locale);
    const message = {
      en: `You are not allowed to ${phrase.en} (allowed roles: ${allowed.map((r) => r.en).join(', ')})`,
      ar: `لا تملك صلاحية ${phrase.ar} (الأدوار المسموح لها: ${allowed.map((r) => r.ar).join('، ')})`,
    };
    return refusal(ctx, 'FORBIDDEN', message, { kind: 'role', anyOf: roles });
  },

  conflict(ctx: RefusalContext, expected: { stage?: Stage; version?: number }): TransitionFailure {
    const now = stageState(ctx.state.stage, ctx.state.version);
    const seen: Bilingual =
      expected.stage === undefined
        ? { en: `version ${expected.version ?? '?'}`, ar: `الإصدار ${expected.version ?? '?'}` }
        : stageState(expected.stage, expected.version);
    const message = cannot(ctx, {
      en: `someone else changed it first (now ${now.en}; you saw ${seen.en}). Reload and try again`,
      ar: `غيّرها شخص آخر قبلك (الآن ${now.ar}؛ وكنت ترى ${seen.ar}). أعد التحميل وحاول مجددًا`,
    });
    return refusal(ctx, 'CONFLICT', message, {
      kind: 'fresh_state',
      stage: ctx.state.stage,
      version: ctx.state.version,
    });
  },

  /** The stage does not allow it; `anyOf[0]` is named as the stage required (the main way in). */
  wrongStage(ctx: RefusalContext, anyOf: readonly Stage[]): TransitionFailure {
    const current = stageLabel(ctx.state.stage);
    const required = stageLabel(anyOf[0]);
    const message = cannot(ctx, {
      en: `current stage “${current.en}”, required “${required.en}”`,
      ar: `المرحلة الحالية «${current.ar}»، والمطلوب «${required.ar}»`,
    });
    return refusal(ctx, 'INVALID_TRANSITION', message, { kind: 'stage', stage: anyOf[0], anyOf });
  },

  notDue(ctx: RefusalContext, scheduledAt: string): TransitionFailure {
    const time = when(ctx, scheduledAt);
    const hint =
      ctx.transition === 'publish'
        ? { en: ' (cancel the schedule to publish it now)', ar: ' (ألغِ الجدولة لنشرها الآن)' }
        : { en: '', ar: '' };
    const message = cannot(ctx, {
      en: `it is scheduled for ${time.en}, which has not come yet${hint.en}`,
      ar: `موعدها المجدول ${time.ar} لم يحن بعد${hint.ar}`,
    });
    return refusal(ctx, 'INVALID_TRANSITION', message, { kind: 'due', scheduledAt });
  },

  nothingScheduled(ctx: RefusalContext): TransitionFailure {
    const message = cannot(ctx, { en: 'no unpublishing is scheduled', ar: 'لا يوجد سحب مجدول' });
    return refusal(ctx, 'INVALID_TRANSITION', message, { kind: 'pending_unpublish' });
  },

  /** A scheduler job whose time is no longer the state's (rescheduled or cancelled meanwhile). */
  staleJob(ctx: RefusalContext, jobAt: string): TransitionFailure {
    const time = when(ctx, jobAt);
    const message = cannot(ctx, {
      en: `the job for ${time.en} no longer matches its schedule`,
      ar: `مهمة الموعد ${time.ar} لم تعد توافق الجدولة`,
    });
    return refusal(ctx, 'CONFLICT', message, {
      kind: 'fresh_state',
      stage: ctx.state.stage,
      version: ctx.state.version,
    });
  },

  /**
   * The draft is no longer the version that was approved: «لا يمكن نشر النسخة العربية: عُدّلت بعد اعتمادها
   * بواسطة سارة في …؛ يلزم اعتماد جديد». `who` is the changer's display name when the adapter knows it.
   */
  changedSinceApproval(
    ctx: RefusalContext,
    change: { by?: string; at?: string; who?: string } = {},
  ): TransitionFailure {
    const who = change.who ?? change.by;
    const time = change.at ? when(ctx, change.at) : undefined;
    const by: Bilingual = who ? { en: ` by ${who}`, ar: ` بواسطة ${isolate(who)}` } : { en: '', ar: '' };
    const at: Bilingual = time ? { en: ` at ${time.en}`, ar: ` في ${time.ar}` } : { en: '', ar: '' };
    const message = cannot(ctx, {
      en: `it was changed since it was approved${by.en}${at.en}; it needs a fresh approval`,
      ar: `عُدّلت بعد اعتمادها${by.ar}${at.ar}؛ يلزم اعتماد جديد`,
    });
    const missing = {
      kind: 'approval' as const,
      ...(change.by ? { changedBy: change.by } : {}),
      ...(change.at ? { changedAt: change.at } : {}),
    };
    return refusal(ctx, 'CHANGED_SINCE_APPROVAL', message, missing);
  },

  /** `lockAfterSubmit`: the writer withdraws a submitted story before editing it. */
  lockedAfterSubmit(ctx: RefusalContext): TransitionFailure {
    const stage = stageLabel(ctx.state.stage);
    const version = versionName(ctx.locale);
    const message = {
      en: `You cannot edit ${version.en} after submitting it (stage “${stage.en}”): withdraw it to draft first`,
      ar: `لا يمكنك تعديل ${version.ar} بعد إرسالها (المرحلة «${stage.ar}»): أعدها إلى المسودة أولًا`,
    };
    return refusal(ctx, 'LOCKED_AFTER_SUBMIT', message, { kind: 'withdraw' });
  },

  /**
   * Publishing (or scheduling for `at`) before the embargo: «لا يمكن نشر النسخة العربية: الخبر محظور النشر حتى …
   * (embargoUntil)». Both times as the newsroom reads them.
   */
  embargoed(ctx: RefusalContext, until: string, at?: Date): TransitionFailure {
    const time = when(ctx, until);
    const asked = at ? when(ctx, at) : undefined;
    const message = cannot(ctx, {
      en: asked
        ? `${asked.en} is before the embargo: it is embargoed until ${time.en} (embargoUntil)`
        : `it is embargoed until ${time.en} (embargoUntil)`,
      ar: asked
        ? `الموعد ${asked.ar} يسبق الحظر: الخبر محظور النشر حتى ${time.ar} (embargoUntil)`
        : `الخبر محظور النشر حتى ${time.ar} (embargoUntil)`,
    });
    return refusal(ctx, 'EMBARGOED', message, {
      kind: 'embargo',
      until,
      ...(at ? { at: at.toISOString() } : {}),
    });
  },

  reasonRequired(ctx: RefusalContext): TransitionFailure {
    const phrase = transitionPhrase(ctx.transition, ctx.locale);
    const message = { en: `A reason is required to ${phrase.en}`, ar: `يجب ذكر سبب ${phrase.ar}` };
    return refusal(ctx, 'REASON_REQUIRED', message, { kind: 'reason' });
  },

  scheduleRequired(ctx: RefusalContext): TransitionFailure {
    const phrase = transitionPhrase(ctx.transition, ctx.locale);
    const message = { en: `A time is required to ${phrase.en}`, ar: `يجب تحديد موعد ل${phrase.ar}` };
    return refusal(ctx, 'SCHEDULE_REQUIRED', message, { kind: 'schedule' });
  },

  scheduleFormat(ctx: RefusalContext, input: unknown): TransitionFailure {
    const shown = typeof input === 'string' ? input.slice(0, MAX_ECHO) : typeof input;
    const message = cannot(ctx, {
      en: `“${shown}” is not a date and time with an offset, such as ${EXAMPLE_TIME}`,
      ar: `${isolate(`«${shown}»`)} ليس تاريخًا ووقتًا مع فرق التوقيت، مثل ${isolate(EXAMPLE_TIME)}`,
    });
    return refusal(ctx, 'SCHEDULE_INVALID', message, { kind: 'schedule' });
  },

  scheduleNotAccepted(ctx: RefusalContext): TransitionFailure {
    const message = cannot(ctx, {
      en: 'this action takes no time; schedule instead',
      ar: 'هذا الإجراء لا يأخذ موعدًا؛ استخدم الجدولة',
    });
    return refusal(ctx, 'SCHEDULE_INVALID', message);
  },

  scheduleTooFar(ctx: RefusalContext, at: Date, maxDays: number): TransitionFailure {
    const time = when(ctx, at);
    const message = cannot(ctx, {
      en: `${time.en} is more than ${maxDays} days from now`,
      ar: `الموعد ${time.ar} أبعد من ${maxDays} يومًا من الآن`,
    });
    return refusal(ctx, 'SCHEDULE_INVALID', message, { kind: 'schedule' });
  },

  schedulePast(ctx: RefusalContext, at: Date): TransitionFailure {
    const time = when(ctx, at);
    const message = cannot(ctx, { en: `${time.en} has already passed`, ar: `الموعد ${time.ar} قد مضى` });
    return refusal(ctx, 'SCHEDULE_IN_PAST', message, { kind: 'schedule' });
  },
};
