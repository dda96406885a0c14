import type { Lang } from '../../../shared/contracts/workflow';

type ApiError = { response?: { data?: { error?: { details?: { message?: Record<Lang, string> }; message?: string } } } };

/** The message of a refused request in the user's language: the workflow's bilingual one, else Strapi's. */
export const errorMessage = (error: unknown, lang: Lang): string => {
  const details = (error as ApiError).response?.data?.error;
  return details?.details?.message?.[lang] ?? details?.message ?? String(error);
};
