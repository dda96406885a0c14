import type { Core } from '@strapi/strapi';
import { STAGE_LABELS } from '../domain/workflow';
import { mayTake, ruleOf } from '../domain/workflow/rules';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { sectionIdsOf, type TopicRow } from '../workflow/desk';
import { calendarQueries, type CalendarRow } from './queries';
import { readableArticlesOfUser } from '../content/content-manager-access';
import { ARTICLE_UID, TOPIC_UID } from '../../../core/model';
import { INITIAL_STAGE } from '../../../core/workflow/stages';
import {
  CALENDAR_MAX_ENTRIES,
  CALENDAR_MAX_RANGE_DAYS,
  type CalendarData,
  type CalendarEntry,
  type CalendarQuery,
} from '../../../shared/contracts/calendar';

export interface CalendarDraft {
  documentId: string;
  locale: string;
  title: string | null;
  createdBy?: { id: number } | null;
  topics?: TopicRow[];
}
/** What the signed-in user may do with one draft row (the Content Manager's checker, conditions included). */
export interface CalendarAccess {
  mayRead(draft: CalendarDraft): boolean;
  mayUpdate(draft: CalendarDraft): boolean;
  roles: readonly string[];
}

/** Candidates whose topics are read at a time: the month stops reading once it has its entries. */
const TOPICS_CHUNK = 250;

const keyOf = (documentId: string, locale: string) => `${documentId}\u0000${locale}`;
const iso = (value: string | number | Date | null | undefined) =>
  value === null || value === undefined ? null : new Date(value).toISOString();
const byTime = (rows: CalendarRow[]) =>
  rows.map((row) => ({ row, at: iso(row.at) ?? '' })).sort((a, b) => a.at.localeCompare(b.at));

/**
 * The planning calendar's entries (README → Planning calendar): four range reads, one per kind of time, each on
 * its own index and joined to the draft row and workflow state (calendar/queries.ts); then, in time order, the
 * topics of the candidates a chunk at a time until the month is full. Filters and the read check run on those
 * rows; a plan, an embargo and a publication belong to the draft row (the locale as it is being edited), a
 * publication's time to the published row.
 */
const calendar = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = () => calendarQueries(strapi.db.connection);
  const rangeOf = (query: Pick<CalendarQuery, 'from' | 'to' | 'locale'>) => ({
    from: new Date(query.from),
    to: new Date(query.to),
    ...(query.locale ? { locale: query.locale } : {}),
  });

  const namesOf = async (where: Record<string, unknown>) => {
    const rows = (await strapi.db.query(TOPIC_UID).findMany({
      select: ['documentId', 'locale', 'name'],
      where,
    })) as Array<{ documentId: string; locale: string; name: string | null }>;
    const names: Record<string, Record<string, string>> = {};
    for (const row of rows) names[row.documentId] = { ...names[row.documentId], [row.locale]: row.name ?? '' };
    return names;
  };

  return {
    async entries(query: CalendarQuery, access: CalendarAccess): Promise<CalendarData> {
      const config = getService(strapi, 'workflow').config();
      const found = byTime(await queries().candidates(rangeOf(query), CALENDAR_MAX_ENTRIES + 1));
      const schedule = ruleOf(config, 'schedule');
      const mayReschedule =
        schedule !== undefined && schedule.from.includes('scheduled') && mayTake(access.roles, schedule);
      const readable = new Map<string, boolean>();
      const entries: CalendarEntry[] = [];
      for (let start = 0; start < found.length && entries.length <= CALENDAR_MAX_ENTRIES; start += TOPICS_CHUNK) {
        const chunk = found.slice(start, start + TOPICS_CHUNK);
        const topicsByDraft = await queries().topicsOf([...new Set(chunk.map(({ row }) => row.draftId))]);
        for (const { row, at } of chunk) {
          const key = keyOf(row.documentId, row.locale);
          const draft: CalendarDraft = {
            documentId: row.documentId,
            locale: row.locale,
            title: row.title,
            createdBy: row.createdById === null ? null : { id: Number(row.createdById) },
            topics: topicsByDraft.get(Number(row.draftId)) ?? [],
          };
          if (!readable.has(key)) readable.set(key, access.mayRead(draft));
          if (!readable.get(key)) continue;
          const stage = row.stage ?? INITIAL_STAGE;
          const assignee = row.assigneeId ?? null;
          const sections = sectionIdsOf(draft.topics ?? []);
          const topics = (draft.topics ?? []).map((topic) => topic.documentId);
          if (query.stage && stage !== query.stage) continue;
          if (query.assignee && (query.assignee === 'none' ? assignee !== null : assignee !== query.assignee)) continue;
          if (query.section && !sections.includes(query.section)) continue;
          if (query.topic && !topics.includes(query.topic)) continue;
          const movable =
            (row.kind === 'planned' || (row.kind === 'scheduled' && mayReschedule)) && access.mayUpdate(draft);
          entries.push({
            id: `${row.kind}:${row.documentId}:${row.locale}`,
            kind: row.kind,
            documentId: row.documentId,
            locale: row.locale,
            title: row.title ?? '',
            stage,
            at,
            assignee,
            sections,
            topics,
            version: row.version ?? 0,
            movable,
          });
          if (entries.length > CALENDAR_MAX_ENTRIES) break;
        }
      }
      const shown = entries.slice(0, CALENDAR_MAX_ENTRIES);
      const topicIds = [...new Set(shown.flatMap((entry) => entry.topics))];
      return {
        entries: shown,
        truncated: entries.length > CALENDAR_MAX_ENTRIES,
        timezone: config.timezone,
        hijriOffsetDays: pluginConfig(strapi, 'calendar').hijriOffsetDays,
        stages: STAGE_LABELS,
        sections: await namesOf({ kind: 'section' }),
        topics: topicIds.length > 0 ? await namesOf({ documentId: { $in: topicIds } }) : {},
        limits: { maxRangeDays: CALENDAR_MAX_RANGE_DAYS, maxEntries: CALENDAR_MAX_ENTRIES },
      };
    },

    /**
     * One user's scheduled and planned stories for the iCal feed: those assigned to them or created by them,
     * from `daysBack` ago to `daysAhead` on, that their roles let them read now (an Editor may assign someone
     * else's story to an Author who reads only their own; a role may lose read after the address was made).
     */
    async feedEntries(userId: string, now = new Date(), daysBack = 14, daysAhead = 90) {
      const day = 86_400_000;
      const window = {
        from: new Date(now.getTime() - daysBack * day).toISOString(),
        to: new Date(now.getTime() + daysAhead * day).toISOString(),
      };
      const found = byTime(
        await queries().candidates(rangeOf(window), CALENDAR_MAX_ENTRIES * 2, ['planned', 'scheduled']),
      );
      const theirs = found.filter(({ row }) => String(row.createdById ?? '') === userId || row.assigneeId === userId);
      const readable = new Map<string, Set<string>>();
      for (const locale of new Set(theirs.map(({ row }) => row.locale)))
        readable.set(
          locale,
          await readableArticlesOfUser(
            strapi,
            Number(userId),
            theirs.filter(({ row }) => row.locale === locale).map(({ row }) => row.documentId),
            locale,
          ),
        );
      return theirs
        .filter(({ row }) => readable.get(row.locale)?.has(row.documentId))
        .map(({ row, at }) => ({
          kind: row.kind,
          documentId: row.documentId,
          locale: row.locale,
          at,
          title: row.title ?? '',
          stage: row.stage ?? INITIAL_STAGE,
        }))
        .slice(0, CALENDAR_MAX_ENTRIES);
    },

    /** Moves one locale's plan, and nothing else: `plannedAt` is not part of a version (history/snapshot). */
    async movePlan(documentId: string, locale: string, plannedAt: string | null) {
      await strapi.documents(ARTICLE_UID).update({ documentId, locale, data: { plannedAt } as never });
      return { documentId, locale, plannedAt };
    },
  };
};

export default calendar;

declare module '../services-registry' {
  interface NewsroomServices {
    calendar: ReturnType<typeof calendar>;
  }
}
