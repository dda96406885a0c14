import { z } from 'zod';
import { localeCode } from './locale';

/**
 * The planning calendar (issue #18 item 4; README → Planning calendar). GET /newsroom/calendar gives, for a range
 * of at most CALENDAR_MAX_RANGE_DAYS, every article locale the signed-in user may read with a time in it: the
 * plan (`plannedAt`, a target only), the schedule (the workflow's `scheduledAt`), the publication and the embargo.
 */

/** A month view shows six weeks. */
export const CALENDAR_MAX_RANGE_DAYS = 42;
/** Most entries in one answer; `truncated` says when there were more (narrow the range or filter). */
export const CALENDAR_MAX_ENTRIES = 1000;
export const CALENDAR_KINDS = ['planned', 'scheduled', 'published', 'embargo'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

const instant = z.string().datetime({ offset: true });
const id = z.string().min(1).max(64);

export const calendarQuerySchema = z.strictObject({
  from: instant,
  to: instant,
  /** A section topic's documentId: stories filed under it, or under one of its subtopics. */
  section: id.optional(),
  topic: id.optional(),
  /** An admin user id, or `none` for stories assigned to nobody. */
  assignee: id.optional(),
  stage: z.string().min(1).max(40).optional(),
  locale: localeCode.optional(),
});
export type CalendarQuery = z.infer<typeof calendarQuerySchema>;

type Bilingual = { ar: string; en: string };

/** Why a range is refused (400), naming the field and the limit in both languages; null when it is fine. */
export function calendarRangeProblem(from: string, to: string): { field: 'to'; message: Bilingual } | null {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days <= 0) return { field: 'to', message: { en: 'to: must be after from', ar: 'to: يجب أن يكون بعد from' } };
  if (days > CALENDAR_MAX_RANGE_DAYS)
    return {
      field: 'to',
      message: {
        en: `to: the range is at most ${CALENDAR_MAX_RANGE_DAYS} days (asked for ${Math.ceil(days)})`,
        ar: `to: أقصى مدى للتقويم ${CALENDAR_MAX_RANGE_DAYS} يوما (طُلب ${Math.ceil(days)})`,
      },
    };
  return null;
}

const bilingualSchema = z.object({ ar: z.string(), en: z.string() });

export const calendarEntrySchema = z.object({
  /** `<kind>:<documentId>:<locale>`: one locale has at most one entry of each kind. */
  id: z.string(),
  kind: z.enum(CALENDAR_KINDS),
  documentId: z.string(),
  locale: z.string(),
  /** The draft's headline (user text: shown isolated). */
  title: z.string(),
  stage: z.string(),
  /** UTC ISO. */
  at: z.string(),
  assignee: z.string().nullable(),
  /** Section topic documentIds, then the documentIds of every topic. */
  sections: z.array(z.string()),
  topics: z.array(z.string()),
  /** The workflow state's version: a drag that reschedules sends it, so a move made meanwhile is refused (409). */
  version: z.number().int(),
  /**
   * Whether the user may drag it: a schedule, when they may take `schedule` and update the story; a plan, when
   * they may update the story. Publications and embargoes never move here.
   */
  movable: z.boolean(),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

export const calendarResponseSchema = z.object({
  data: z.object({
    entries: z.array(calendarEntrySchema),
    truncated: z.boolean(),
    /** The newsroom's zone (workflow config): times are shown in it. */
    timezone: z.string(),
    /** Days added to the Umm al-Qura date in the day headers (newsroom config `calendar.hijriOffsetDays`). */
    hijriOffsetDays: z.number().int(),
    stages: z.record(z.string(), bilingualSchema),
    /** Every section, for the filter: documentId → its name by locale. */
    sections: z.record(z.string(), z.record(z.string(), z.string())),
    /** The topics the entries carry: documentId → its name by locale. */
    topics: z.record(z.string(), z.record(z.string(), z.string())),
    limits: z.object({ maxRangeDays: z.number().int(), maxEntries: z.number().int() }),
  }),
});
export type CalendarResponse = z.infer<typeof calendarResponseSchema>;
export type CalendarData = CalendarResponse['data'];

/** POST /newsroom/calendar/plan/:documentId — moves (or clears) one locale's plan; nothing else changes. */
export const planMoveRequestSchema = z.strictObject({
  locale: localeCode,
  plannedAt: instant.nullable(),
});
export type PlanMoveRequest = z.infer<typeof planMoveRequestSchema>;
export interface PlanMoveResponse {
  data: { documentId: string; locale: string; plannedAt: string | null };
}

/** GET /newsroom/calendar/feed — the signed-in user's iCal address; POST …/feed/rotate replaces it. */
export interface CalendarFeedResponse {
  data: { url: string };
}
