import type { Lang } from '../../../shared/contracts/workflow';

/** A refused request as the admin's client rejects it (Strapi's `error` object: name, message, details). */
type ApiFailure = { details?: { message?: Record<Lang, string> }; message?: string; name?: string };

/** Strapi's generic refusals (no bilingual message from the newsroom), by the error's name. */
const STRAPI_ERRORS: Record<string, Record<Lang, string>> = {
  ForbiddenError: { ar: 'ليست لديك صلاحية لهذا الإجراء', en: 'You may not do this' },
  UnauthorizedError: { ar: 'انتهت جلستك؛ سجّل الدخول من جديد', en: 'Your session has ended; sign in again' },
  NotFoundError: { ar: 'لم يُعثر على المطلوب', en: 'Not found' },
};

/**
 * The message of a refused request in the user's language: the newsroom's bilingual one, else Strapi's generic
 * refusals by name («Forbidden» in Arabic too), else Strapi's message as sent.
 */
export const errorMessage = (error: unknown, lang: Lang): string => {
  const failure = typeof error === 'object' && error !== null ? (error as ApiFailure) : undefined;
  return (
    failure?.details?.message?.[lang] ??
    (failure?.name ? STRAPI_ERRORS[failure.name]?.[lang] : undefined) ??
    failure?.message ??
    String(error)
  );
};

/**
 * Text set apart from the line around it (Unicode first-strong isolate): a toast is a string, so this is its
 * `<bdi>`. An Arabic message in an English interface (or a Latin name in an Arabic one) keeps its own order and
 * its full stop at its own end.
 */
export const isolated = (text: string): string => `\u2068${text}\u2069`;
