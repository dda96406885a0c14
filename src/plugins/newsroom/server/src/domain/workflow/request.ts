import { z } from 'zod';
import { STAGES } from '../../../../core/workflow/stages';

/**
 * The body of a transition request over HTTP. Who asks (`userId`, `roles`) comes from the admin session and the
 * document and locale from the route, never from here. `expectedVersion` is what makes concurrent moves safe:
 * the admin should always send the version it displayed.
 */
export const MAX_REASON_LENGTH = 2000;

export const transitionBodySchema = z.strictObject({
  transition: z.string().min(1).max(64),
  reason: z.string().max(MAX_REASON_LENGTH).optional(),
  scheduleAt: z.string().max(64).optional(),
  expectedStage: z.enum(STAGES).optional(),
  expectedVersion: z.number().int().min(0).optional(),
  assignee: z.string().min(1).max(64).nullable().optional(),
});

export type TransitionBody = z.infer<typeof transitionBodySchema>;
