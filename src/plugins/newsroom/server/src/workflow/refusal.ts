import createError from 'http-errors';
import type { WorkflowError } from '../domain/workflow';

/**
 * A refused transition as an HTTP error: the status the core chose, both languages in the details. A draft
 * changed since approval also names who changed it and when (`changedSinceApproval`, shared/contracts/history.ts).
 */
export const refusal = (error: WorkflowError, changedByName?: string) => {
  const changed =
    error.missing?.kind === 'approval'
      ? {
          changedSinceApproval: {
            changedBy: error.missing.changedBy ?? null,
            ...(changedByName ? { changedByName } : {}),
            changedAt: error.missing.changedAt ?? null,
            message: error.message,
          },
        }
      : {};
  return Object.assign(createError(error.httpStatus, error.message.en), {
    details: {
      code: error.code,
      stage: error.stage,
      version: error.version,
      locale: error.locale,
      transition: error.transition,
      missing: error.missing,
      message: error.message,
      ...changed,
    },
  });
};

/** Two moves of one locale at once: the one that read a stale version loses. */
export const conflict = (locale: string) =>
  Object.assign(createError(409, 'Someone else moved this article first: reload and try again'), {
    details: { code: 'CONFLICT', locale },
  });
