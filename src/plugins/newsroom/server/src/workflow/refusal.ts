import type { WorkflowError } from '../domain/workflow';
import { refusal as httpRefusal, type RefusalStatus } from '../http/refusal';

/**
 * A refused transition as an HTTP error (http/refusal.ts): the status the core chose, both languages in the
 * details. A draft changed since approval also names who changed it and when (`changedSinceApproval`,
 * shared/contracts/history.ts).
 */
export const refusal = (error: WorkflowError, changedByName?: string) =>
  httpRefusal({
    status: error.httpStatus as RefusalStatus,
    code: error.code,
    message: error.message,
    details: {
      stage: error.stage,
      version: error.version,
      locale: error.locale,
      transition: error.transition,
      missing: error.missing,
      ...(error.missing?.kind === 'approval'
        ? {
            changedSinceApproval: {
              changedBy: error.missing.changedBy ?? null,
              ...(changedByName ? { changedByName } : {}),
              changedAt: error.missing.changedAt ?? null,
              message: error.message,
            },
          }
        : {}),
    },
  });

/** Two moves of one locale at once: the one that read a stale version loses. */
export const conflict = (locale: string) =>
  httpRefusal({
    status: 409,
    code: 'CONFLICT',
    message: {
      en: 'Someone else moved this article first: reload and try again',
      ar: 'حرّك شخص آخر هذا الخبر قبلك: أعد التحميل وحاول من جديد',
    },
    details: { locale },
  });
