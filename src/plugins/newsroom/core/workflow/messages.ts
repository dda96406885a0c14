import {
  ROLE_AUTHOR,
  ROLE_EDITOR,
  ROLE_SUPER_ADMIN,
  isStage,
  isTransitionId,
  type Stage,
  type TransitionId,
} from './stages';

/**
 * What the newsroom reads, in both UI languages: stage names, transition buttons, and the phrases error
 * messages are built from. Arabic first: «» quotes, Arabic comma, no English word order. A stage reads as the
 * state of the story («معتمد»), a transition as a verbal noun that takes the version as its object
 * («نشر النسخة العربية»), so one phrase serves both the button and «لا يمكن …».
 */

export type Lang = 'ar' | 'en';
export interface Bilingual {
  readonly en: string;
  readonly ar: string;
}

export const STAGE_LABELS: Readonly<Record<Stage, Bilingual>> = {
  draft: { en: 'Draft', ar: 'مسودة' },
  in_review: { en: 'In review', ar: 'قيد المراجعة' },
  changes_requested: { en: 'Changes requested', ar: 'مطلوب تعديلات' },
  approved: { en: 'Approved', ar: 'معتمد' },
  scheduled: { en: 'Scheduled', ar: 'مجدول' },
  published: { en: 'Published', ar: 'منشور' },
  unpublished: { en: 'Unpublished', ar: 'مسحوب من النشر' },
};

/** Button labels. */
export const TRANSITION_LABELS: Readonly<Record<TransitionId, Bilingual>> = {
  submit: { en: 'Submit for review', ar: 'إرسال للمراجعة' },
  withdraw: { en: 'Withdraw to draft', ar: 'إعادة إلى المسودة' },
  request_changes: { en: 'Request changes', ar: 'طلب تعديلات' },
  approve: { en: 'Approve', ar: 'اعتماد' },
  schedule: { en: 'Schedule', ar: 'جدولة النشر' },
  unschedule: { en: 'Cancel schedule', ar: 'إلغاء جدولة النشر' },
  publish: { en: 'Publish', ar: 'نشر' },
  unpublish: { en: 'Unpublish', ar: 'سحب من النشر' },
  schedule_unpublish: { en: 'Schedule unpublishing', ar: 'جدولة السحب من النشر' },
  unschedule_unpublish: { en: 'Cancel scheduled unpublishing', ar: 'إلغاء جدولة السحب من النشر' },
  reopen: { en: 'Reopen', ar: 'إعادة فتح' },
};

/** Assigning (assign.ts) is recorded like a transition, without a stage change. */
export const ASSIGN_LABEL: Bilingual = { en: 'Assign', ar: 'إسناد' };
const ASSIGN_PHRASE: Bilingual = { en: 'assign {v}', ar: 'إسناد {v}' };
/** Deleting a live locale (delete-live.ts) is recorded like a transition too. */
export const DELETE_LABEL: Bilingual = { en: 'Delete', ar: 'حذف' };
const DELETE_PHRASE: Bilingual = { en: 'delete {v} while it is published', ar: 'حذف {v} وهي منشورة' };

/** A draft edit that undid an approval (server/src/domain/workflow/approval-binding.ts), recorded like a transition. */
export const CHANGED_AFTER_APPROVAL_LABEL: Bilingual = { en: 'Changed after approval', ar: 'عُدّل بعد الاعتماد' };
/** The ledger entry of a restored version (history/service.ts). */
export const RESTORE_LABEL: Bilingual = { en: 'Restore a version', ar: 'استعادة نسخة' };
const CHANGED_AFTER_APPROVAL_PHRASE: Bilingual = { en: 'edit {v}', ar: 'تعديل {v}' };

/** The transition applied to a version: `{v}` is "the Arabic version" / «النسخة العربية». */
const TRANSITION_PHRASES: Readonly<Record<TransitionId, Bilingual>> = {
  submit: { en: 'submit {v} for review', ar: 'إرسال {v} للمراجعة' },
  withdraw: { en: 'withdraw {v} to draft', ar: 'إعادة {v} إلى المسودة' },
  request_changes: { en: 'request changes to {v}', ar: 'طلب تعديلات على {v}' },
  approve: { en: 'approve {v}', ar: 'اعتماد {v}' },
  schedule: { en: 'schedule {v}', ar: 'جدولة نشر {v}' },
  unschedule: { en: 'cancel the scheduled publication of {v}', ar: 'إلغاء جدولة نشر {v}' },
  publish: { en: 'publish {v}', ar: 'نشر {v}' },
  unpublish: { en: 'unpublish {v}', ar: 'سحب {v} من النشر' },
  schedule_unpublish: { en: 'schedule the unpublishing of {v}', ar: 'جدولة سحب {v} من النشر' },
  unschedule_unpublish: { en: 'cancel the scheduled unpublishing of {v}', ar: 'إلغاء جدولة سحب {v} من النشر' },
  reopen: { en: 'reopen {v}', ar: 'إعادة فتح {v}' },
};

export const ROLE_LABELS: Readonly<Record<string, Bilingual>> = {
  [ROLE_AUTHOR]: { en: 'Author', ar: 'مؤلف' },
  [ROLE_EDITOR]: { en: 'Editor', ar: 'محرر' },
  [ROLE_SUPER_ADMIN]: { en: 'Super Admin', ar: 'مدير عام' },
};

/** "the Arabic version" / «النسخة العربية»; other locales by their Intl name («النسخة الفرنسية»). */
export function versionName(locale: string): Bilingual {
  if (locale === 'ar') return { en: 'the Arabic version', ar: 'النسخة العربية' };
  if (locale === 'en') return { en: 'the English version', ar: 'النسخة الإنجليزية' };
  const en = languageName(locale, 'en');
  const ar = languageName(locale, 'ar');
  return {
    en: en ? `the ${en} version` : `the “${locale}” version`,
    ar: ar ? `النسخة ${ar}` : `النسخة «${locale}»`,
  };
}

function languageName(locale: string, lang: Lang): string | null {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(locale);
    return name && name !== locale ? name : null;
  } catch {
    return null;
  }
}

/** "publish the Arabic version" / «نشر النسخة العربية»; an unknown transition id reads as itself. */
export function transitionPhrase(transition: string, locale: string): Bilingual {
  const version = versionName(locale);
  const phrases: Bilingual = isTransitionId(transition)
    ? TRANSITION_PHRASES[transition]
    : transition === 'assign'
      ? ASSIGN_PHRASE
      : transition === 'delete'
        ? DELETE_PHRASE
        : transition === 'changed_after_approval'
          ? CHANGED_AFTER_APPROVAL_PHRASE
          : { en: `“${transition}” {v}`, ar: `«${transition}» {v}` };
  return { en: phrases.en.replace('{v}', version.en), ar: phrases.ar.replace('{v}', version.ar) };
}

export function roleLabel(role: string): Bilingual {
  return Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role] : { en: role, ar: role };
}

/** The label of a stage; a value that is not one (from an unchecked request) reads as itself. */
export function stageLabel(stage: Stage): Bilingual {
  return isStage(stage) ? STAGE_LABELS[stage] : { en: String(stage), ar: String(stage) };
}

/** Keeps Latin text (an ISO time, an id) from being reordered inside Arabic: FSI … PDI. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
