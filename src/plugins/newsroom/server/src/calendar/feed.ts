import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import ical from 'ical-generator';
import { feedToken, feedTokenHolds } from '../domain/calendar/feed-token';
import { stageLabel } from '../../../core/workflow/messages';
import type { Stage } from '../../../core/workflow/stages';
import { getService } from '../get-service';

/** What each kind of entry is called in an event's summary (the feed is the newsroom's: Arabic first). */
const KIND_WORDS = {
  planned: { ar: 'مخطط', en: 'Planned' },
  scheduled: { ar: 'مجدول', en: 'Scheduled' },
} as const;
const EVENT_MINUTES = 15;

const secret = (): string => {
  const value = process.env.CALENDAR_FEED_SECRET;
  if (!value) throw new Error('CALENDAR_FEED_SECRET is not set: calendar feed addresses cannot be signed');
  return value;
};

/**
 * The per-user iCal feed (README → Planning calendar): the address carries the user id and a token (domain/
 * calendar/feed-token.ts) from the server's secret and the user's salt, kept in Strapi's core store; a new salt
 * revokes the old address. The feed is made with ical-generator: times in UTC (`…Z`), the newsroom's zone named
 * in `X-WR-TIMEZONE`, summaries in Arabic.
 */
const calendarFeed = ({ strapi }: { strapi: Core.Strapi }) => {
  const saltStore = (userId: string) =>
    strapi.store({ type: 'plugin', name: 'newsroom', key: `calendar-feed-salt:${userId}` });
  const saltOf = async (userId: string, create: boolean): Promise<string | null> => {
    const stored = (await saltStore(userId).get()) as unknown;
    if (typeof stored === 'string' && stored) return stored;
    if (!create) return null;
    const salt = randomBytes(16).toString('base64url');
    await saltStore(userId).set({ value: salt });
    return salt;
  };

  return {
    /** The user's feed path (under /api/newsroom), made on first ask. */
    async pathFor(userId: string): Promise<string> {
      const salt = (await saltOf(userId, true)) ?? '';
      return `/api/newsroom/calendar/feed/${encodeURIComponent(userId)}?token=${feedToken(secret(), userId, salt)}`;
    },

    /** A new salt: every earlier address of this user stops working. */
    async rotate(userId: string): Promise<string> {
      await saltStore(userId).set({ value: randomBytes(16).toString('base64url') });
      return this.pathFor(userId);
    },

    /** Whether the token opens this user's feed: their current salt, and an active admin user. */
    async verify(userId: string, token: unknown): Promise<boolean> {
      if (!/^\d{1,12}$/.test(userId)) return false;
      const salt = await saltOf(userId, false);
      if (salt === null || !feedTokenHolds(token, secret(), userId, salt)) return false;
      const user = (await strapi.db
        .query('admin::user')
        .findOne({ select: ['id', 'isActive', 'blocked'], where: { id: Number(userId) } })) as {
        isActive: boolean;
        blocked: boolean | null;
      } | null;
      return user !== null && user.isActive && !user.blocked;
    },

    async ics(userId: string, now = new Date()): Promise<string> {
      const timezone = getService(strapi, 'workflow').config().timezone;
      const feed = ical({
        name: 'تقويم التخطيط — غرفة الأخبار',
        prodId: { company: 'newsroom', product: 'planning-calendar', language: 'AR' },
        ttl: 15 * 60,
        x: [{ key: 'X-WR-TIMEZONE', value: timezone }],
      });
      for (const entry of await getService(strapi, 'calendar').feedEntries(userId, now)) {
        const start = new Date(entry.at);
        const stage = stageLabel(entry.stage as Stage);
        const kind = KIND_WORDS[entry.kind as keyof typeof KIND_WORDS];
        feed.createEvent({
          id: `${entry.kind}-${entry.documentId}-${entry.locale}@newsroom`,
          start,
          end: new Date(start.getTime() + EVENT_MINUTES * 60_000),
          stamp: now,
          summary: `${kind.ar}: ${entry.title}`,
          description: `${kind.en} (${entry.locale}) — المرحلة: ${stage.ar} / ${stage.en}`,
        });
      }
      return feed.toString();
    },
  };
};

export default calendarFeed;

declare module '../services-registry' {
  interface NewsroomServices {
    calendarFeed: ReturnType<typeof calendarFeed>;
  }
}
