import type { Core } from '@strapi/strapi';
import { STAGE_LABELS } from '../domain/workflow';
import { mayTake, ruleOf } from '../domain/workflow/rules';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { WORKFLOW_TYPE } from '../workflow/state-store';
import { SECTION_TOPICS_POPULATE, sectionIdsOf, type TopicRow } from '../workflow/desk';
import { ARTICLE_UID, TOPIC_UID, WORKFLOW_STATE_UID } from '../../../core/model';
import { INITIAL_STAGE } from '../../../core/workflow/stages';
import {
  CALENDAR_MAX_ENTRIES,
  CALENDAR_MAX_RANGE_DAYS,
  type CalendarData,
  type CalendarEntry,
  type CalendarKind,
  type CalendarQuery,
} from '../../../shared/contracts/calendar';

interface StateRow {
  targetDocumentId: string;
  locale: string;
  stage: string;
  version: number;
  assigneeId: string | null;
  scheduledAt: string | Date | null;
}
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
interface Candidate {
  kind: CalendarKind;
  documentId: string;
  locale: string;
  at: string;
}

const keyOf = (documentId: string, locale: string) => `${documentId}\u0000${locale}`;
const iso = (value: string | number | Date | null | undefined) =>
  value === null || value === undefined ? null : new Date(value).toISOString();

/**
 * The planning calendar's entries (README → Planning calendar): four range queries, one per kind of time, each on
 * its own index (the workflow state's `scheduled_at`, the articles' `planned_at`, `embargo_until` and
 * `published_at`), then one read of the candidates' drafts (headline, creator, topics) and states. Filters and
 * the read check run on those rows; a plan, an embargo and a publication belong to the draft row (the locale as
 * it is being edited), a publication's time to the published row.
 */
const calendar = ({ strapi }: { strapi: Core.Strapi }) => {
  const articles = () => strapi.db.query(ARTICLE_UID);

  const candidates = async (query: Pick<CalendarQuery, 'from' | 'to' | 'locale'>, cap: number) => {
    const range = { $gte: new Date(query.from), $lt: new Date(query.to) };
    const locale = query.locale ? { locale: query.locale } : {};
    const timed = async (field: 'plannedAt' | 'embargoUntil' | 'publishedAt', kind: CalendarKind) =>
      (
        (await articles().findMany({
          select: ['documentId', 'locale', field],
          where: { ...locale, [field]: range, ...(field === 'publishedAt' ? {} : { publishedAt: null }) },
          orderBy: [{ [field]: 'asc' }],
          limit: cap,
        })) as Array<Record<string, string>>
      ).map((row): Candidate => ({ kind, documentId: row.documentId, locale: row.locale, at: iso(row[field]) ?? '' }));
    const scheduled = (
      (await strapi.db.query(WORKFLOW_STATE_UID).findMany({
        select: ['targetDocumentId', 'locale', 'scheduledAt'],
        where: { contentType: WORKFLOW_TYPE, stage: 'scheduled', scheduledAt: range, ...locale },
        orderBy: [{ scheduledAt: 'asc' }],
        limit: cap,
      })) as StateRow[]
    ).map(
      (row): Candidate => ({
        kind: 'scheduled',
        documentId: row.targetDocumentId,
        locale: row.locale,
        at: iso(row.scheduledAt) ?? '',
      }),
    );
    return [
      ...(await timed('plannedAt', 'planned')),
      ...scheduled,
      ...(await timed('publishedAt', 'published')),
      ...(await timed('embargoUntil', 'embargo')),
    ];
  };

  /** The drafts and workflow states of these locales' documents, by locale. */
  const context = async (found: Candidate[]) => {
    const documentIds = [...new Set(found.map((entry) => entry.documentId))];
    if (documentIds.length === 0)
      return { drafts: new Map<string, CalendarDraft>(), states: new Map<string, StateRow>() };
    const drafts = (await articles().findMany({
      select: ['documentId', 'locale', 'title'],
      where: { documentId: { $in: documentIds }, publishedAt: null },
      populate: { createdBy: { select: ['id'] }, ...SECTION_TOPICS_POPULATE },
    })) as CalendarDraft[];
    const states = (await strapi.db.query(WORKFLOW_STATE_UID).findMany({
      select: ['targetDocumentId', 'locale', 'stage', 'version', 'assigneeId', 'scheduledAt'],
      where: { contentType: WORKFLOW_TYPE, targetDocumentId: { $in: documentIds } },
    })) as StateRow[];
    return {
      drafts: new Map(drafts.map((draft) => [keyOf(draft.documentId, draft.locale), draft])),
      states: new Map(states.map((state) => [keyOf(state.targetDocumentId, state.locale), state])),
    };
  };

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
      const found = await candidates(query, CALENDAR_MAX_ENTRIES + 1);
      const { drafts, states } = await context(found);
      const schedule = ruleOf(config, 'schedule');
      const mayReschedule =
        schedule !== undefined && schedule.from.includes('scheduled') && mayTake(access.roles, schedule);
      const readable = new Map<string, boolean>();
      const entries: CalendarEntry[] = [];
      for (const candidate of found.sort((a, b) => a.at.localeCompare(b.at))) {
        const key = keyOf(candidate.documentId, candidate.locale);
        const draft = drafts.get(key);
        if (!draft) continue;
        if (!readable.has(key)) readable.set(key, access.mayRead(draft));
        if (!readable.get(key)) continue;
        const state = states.get(key);
        const stage = state?.stage ?? INITIAL_STAGE;
        const assignee = state?.assigneeId ?? null;
        const sections = sectionIdsOf(draft.topics ?? []);
        const topics = (draft.topics ?? []).map((topic) => topic.documentId);
        if (query.stage && stage !== query.stage) continue;
        if (query.assignee && (query.assignee === 'none' ? assignee !== null : assignee !== query.assignee)) continue;
        if (query.section && !sections.includes(query.section)) continue;
        if (query.topic && !topics.includes(query.topic)) continue;
        const movable =
          (candidate.kind === 'planned' || (candidate.kind === 'scheduled' && mayReschedule)) &&
          access.mayUpdate(draft);
        entries.push({
          id: `${candidate.kind}:${candidate.documentId}:${candidate.locale}`,
          kind: candidate.kind,
          documentId: candidate.documentId,
          locale: candidate.locale,
          title: draft.title ?? '',
          stage,
          at: candidate.at,
          assignee,
          sections,
          topics,
          version: state?.version ?? 0,
          movable,
        });
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
     * from `daysBack` ago to `daysAhead` on (no read check is possible without a session; these are their own).
     */
    async feedEntries(userId: string, now = new Date(), daysBack = 14, daysAhead = 90) {
      const day = 86_400_000;
      const window = {
        from: new Date(now.getTime() - daysBack * day).toISOString(),
        to: new Date(now.getTime() + daysAhead * day).toISOString(),
      };
      const found = (await candidates(window, CALENDAR_MAX_ENTRIES * 2)).filter(
        (entry) => entry.kind === 'planned' || entry.kind === 'scheduled',
      );
      const { drafts, states } = await context(found);
      return found
        .map((entry) => {
          const key = keyOf(entry.documentId, entry.locale);
          const draft = drafts.get(key);
          const state = states.get(key);
          const mine = String(draft?.createdBy?.id ?? '') === userId || state?.assigneeId === userId;
          return draft && mine
            ? { ...entry, title: draft.title ?? '', stage: state?.stage ?? INITIAL_STAGE }
            : undefined;
        })
        .filter((entry) => entry !== undefined)
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
