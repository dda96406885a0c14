import { z } from 'zod';

/** GET /api/newsroom/drafts/access — whether the caller's credential reads drafts (draft mode). */
export const draftAccessResponseSchema = z.object({ data: z.object({ drafts: z.boolean() }) });
export type DraftAccessResponse = z.infer<typeof draftAccessResponseSchema>;
