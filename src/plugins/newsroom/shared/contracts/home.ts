import { z } from 'zod';

/**
 * GET /newsroom/home/desk — the admin home page's newsroom blocks for the signed-in user (issue #17 item 4,
 * issue #18 "My desk"). Each block lists article locales the user may read, newest first.
 */
export const HOME_BLOCKS = [
  'assignedToMe',
  'inReview',
  'changesRequested',
  'scheduledToday',
  'recentlyPublished',
] as const;
export type HomeBlock = (typeof HOME_BLOCKS)[number];

/** One story line: an article locale, its headline (the draft's), its stage and the time the block is about. */
export const storyLineSchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  title: z.string(),
  stage: z.string(),
  /**
   * UTC ISO: when it was last moved (assigned, in review, changes requested), when it goes live (scheduled
   * today) or when it went live (recently published).
   */
  at: z.string().nullable(),
  /** Changes requested: the editor's reason. */
  reason: z.string().optional(),
});
export type StoryLine = z.infer<typeof storyLineSchema>;

const bilingualSchema = z.object({ ar: z.string(), en: z.string() });

export const homeDeskResponseSchema = z.object({
  data: z.object({
    blocks: z.object({
      assignedToMe: z.array(storyLineSchema),
      inReview: z.array(storyLineSchema),
      changesRequested: z.array(storyLineSchema),
      scheduledToday: z.array(storyLineSchema),
      recentlyPublished: z.array(storyLineSchema),
    }),
    /** `desk`: the user is one of `workflow.desks`' editors, and In review lists their sections' stories only. */
    inReviewScope: z.enum(['desk', 'all']),
    /** The newsroom's zone: "today" and the times are in it. */
    timezone: z.string(),
    /** Stage labels by stage id. */
    stages: z.record(z.string(), bilingualSchema),
  }),
});
export type HomeDeskResponse = z.infer<typeof homeDeskResponseSchema>;
export type HomeDesk = HomeDeskResponse['data'];
