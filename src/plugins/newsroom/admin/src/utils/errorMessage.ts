import type { Lang } from '../../../shared/contracts/workflow';

/** A refused request as the admin's client rejects it (Strapi's `error` object: name, message, details). */
type ApiFailure = { details?: { message?: Record<Lang, string> }; message?: string };

/** The message of a refused request in the user's language: the workflow's bilingual one, else Strapi's. */
export const errorMessage = (error: unknown, lang: Lang): string => {
  const failure = typeof error === 'object' && error !== null ? (error as ApiFailure) : undefined;
  return failure?.details?.message?.[lang] ?? failure?.message ?? String(error);
};
