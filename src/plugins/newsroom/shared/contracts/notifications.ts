import { z } from 'zod';

/**
 * The notification centre's routes (/newsroom/notifications/*) and the notification webhook event: what an admin
 * user is told about their stories, and how they want to be told.
 */
export const NOTIFICATION_KINDS = [
  'assigned',
  'changes_requested',
  'approved',
  'published',
  'scheduled',
  'mentioned',
  'reply',
  'schedule_failed',
  'schedule_held',
  'embargo_lifted',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** admin: the notification centre; email: one message (or a line in the daily digest); webhook: the outbox. */
export const NOTIFICATION_CHANNELS = ['admin', 'email', 'webhook'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** The webhook event a notification is announced with (through the outbox, like the stage-change event). */
export const NOTIFICATION_CREATED_EVENT = 'newsroom.notification.create';

export const notificationViewSchema = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  documentId: z.string(),
  locale: z.string(),
  /** The story's headline when the notification was made. */
  title: z.string(),
  /** Who caused it: an admin user's name, or null for the scheduler. */
  actorName: z.string().nullable(),
  /** A comment's first characters, or the reason given with the move. */
  excerpt: z.string().nullable(),
  /** The line in the recipient's interface language, as the e-mail says it. */
  text: z.string(),
  at: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

export const notificationListQuerySchema = z.object({
  kind: z.enum(NOTIFICATION_KINDS).optional(),
  state: z.enum(['all', 'unread', 'read']).default('all'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type NotificationListQuery = z.input<typeof notificationListQuerySchema>;

export interface NotificationListResponse {
  data: NotificationView[];
  meta: { page: number; pageSize: number; total: number; unread: number };
}

export interface UnreadCountResponse {
  data: { unread: number };
}

/** POST /newsroom/notifications/read: these ids, or every unread one (`all: true`). */
export const markReadRequestSchema = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkReadRequest = z.infer<typeof markReadRequestSchema>;

export interface MarkReadResponse {
  data: { marked: number; unread: number };
}

/** immediate: one e-mail per notification; digest: one e-mail a day with all of them; off: no e-mail. */
export const EMAIL_MODES = ['immediate', 'digest', 'off'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

export const notificationPreferencesSchema = z
  .object({
    emailMode: z.enum(EMAIL_MODES),
    /** The kinds that send e-mail; the notification centre always shows every kind. */
    emailKinds: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length),
  })
  .strict();
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export interface NotificationPreferencesResponse {
  data: NotificationPreferences & { emailAvailable: boolean };
}
