import type { Core } from '@strapi/strapi';
import { deskOf, STAGE_LABELS } from '../domain/workflow';
import {
  CANDIDATES_PER_BLOCK,
  firstKept,
  isDeskEditor,
  isWriter,
  namesUser,
  todayInZone,
  type DeskUser,
} from '../domain/home/desk';
import { getService } from '../get-service';
import { WORKFLOW_TYPE } from '../workflow/state-store';
import { SECTION_TOPICS_POPULATE, sectionIdsOf, sectionKeys, sectionSlugs, type TopicRow } from '../workflow/desk';
import { ARTICLE_UID, LEDGER_UID, WORKFLOW_STATE_UID } from '../../../core/model';
import type { HomeBlock, HomeDesk, StoryLine } from '../../../shared/contracts/home';

interface StateRow {
  targetDocumentId: string;
  locale: string;
  stage: string;
  scheduledAt: string | Date | null;
  updatedAt: string | Date | null;
}
interface DraftRow {
  documentId: string;
  locale: string;
  title: string | null;
  createdBy?: { id: number } | null;
  topics?: TopicRow[];
}

/** Whether the signed-in user may read one draft row (the Content Manager's check, conditions included). */
export type MayRead = (draft: DraftRow) => boolean;

const keyOf = (documentId: string, locale: string) => `${documentId}\u0000${locale}`;
const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);
const NOT_LIVE = { $notIn: ['published', 'unpublished'] };

/**
 * The home page's newsroom blocks for one admin user: a query on the workflow state table per block (its own
 * order and limit, served by the state indexes), then one read of the candidates' drafts (headline, creator,
 * sections), the ledger of the changes-requested ones and the published times. Each line is a locale the user
 * may read (`mayRead`: the Content Manager's permission checker on the draft row, so "is creator" conditions hold).
 */
const home = ({ strapi }: { strapi: Core.Strapi }) => {
  const states = async (where: Record<string, unknown>, orderBy: Record<string, 'asc' | 'desc'>) =>
    (await strapi.db.query(WORKFLOW_STATE_UID).findMany({
      select: ['targetDocumentId', 'locale', 'stage', 'scheduledAt', 'updatedAt'],
      where: { contentType: WORKFLOW_TYPE, ...where },
      orderBy: [orderBy, { id: 'desc' }],
      limit: CANDIDATES_PER_BLOCK,
    })) as StateRow[];

  const drafts = async (rows: StateRow[]): Promise<Map<string, DraftRow>> => {
    const documentIds = [...new Set(rows.map((row) => row.targetDocumentId))];
    if (documentIds.length === 0) return new Map();
    const found = (await strapi.db.query(ARTICLE_UID).findMany({
      select: ['documentId', 'locale', 'title'],
      where: { documentId: { $in: documentIds }, publishedAt: null },
      populate: { createdBy: { select: ['id'] }, ...SECTION_TOPICS_POPULATE },
    })) as DraftRow[];
    return new Map(found.map((draft) => [keyOf(draft.documentId, draft.locale), draft]));
  };

  /** Submitters and the latest change request's reason of each locale, newest entries first. */
  const changeRequests = async (rows: StateRow[]) => {
    const byLocale = new Map<string, { submitters: string[]; reason?: string }>();
    if (rows.length === 0) return byLocale;
    const entries = (await strapi.db.query(LEDGER_UID).findMany({
      select: ['targetDocumentId', 'locale', 'transition', 'actorId', 'reason'],
      where: {
        contentType: WORKFLOW_TYPE,
        targetDocumentId: { $in: [...new Set(rows.map((row) => row.targetDocumentId))] },
        transition: { $in: ['submit', 'request_changes'] },
      },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
    })) as Array<{
      targetDocumentId: string;
      locale: string;
      transition: string;
      actorId: string;
      reason: string | null;
    }>;
    for (const entry of entries) {
      const key = keyOf(entry.targetDocumentId, entry.locale);
      const facts = byLocale.get(key) ?? { submitters: [] };
      if (entry.transition === 'submit') facts.submitters.push(entry.actorId);
      else if (facts.reason === undefined && entry.reason) facts.reason = entry.reason;
      byLocale.set(key, facts);
    }
    return byLocale;
  };

  const publishedTimes = async (rows: StateRow[]): Promise<Map<string, string | null>> => {
    if (rows.length === 0) return new Map();
    const live = (await strapi.db.query(ARTICLE_UID).findMany({
      select: ['documentId', 'locale', 'publishedAt'],
      where: {
        documentId: { $in: [...new Set(rows.map((row) => row.targetDocumentId))] },
        publishedAt: { $notNull: true },
      },
    })) as Array<{ documentId: string; locale: string; publishedAt: string | Date | null }>;
    return new Map(live.map((row) => [keyOf(row.documentId, row.locale), iso(row.publishedAt)]));
  };

  return {
    async desk(user: DeskUser, mayRead: MayRead, now = new Date()): Promise<HomeDesk> {
      const userId = user.id;
      const config = getService(strapi, 'workflow').config();
      const today = todayInZone(now, config.timezone);
      const recent = { updatedAt: 'desc' } as const;
      const candidates: Record<HomeBlock, StateRow[]> = {
        assignedToMe: await states({ assigneeId: userId, stage: NOT_LIVE }, recent),
        inReview: await states({ stage: 'in_review' }, recent),
        changesRequested: await states({ stage: 'changes_requested' }, recent),
        scheduledToday: await states(
          { stage: 'scheduled', scheduledAt: { $gte: today.start, $lt: today.end } },
          { scheduledAt: 'asc' },
        ),
        recentlyPublished: await states({ stage: 'published' }, recent),
      };
      const draftRows = await drafts(Object.values(candidates).flat());
      const requests = await changeRequests(candidates.changesRequested);
      const published = await publishedTimes(candidates.recentlyPublished);
      const scope = isDeskEditor(config.desks, user) ? 'desk' : 'all';
      const slugs =
        scope === 'desk'
          ? await sectionSlugs(
              strapi,
              candidates.inReview.flatMap((row) => {
                const draft = draftRows.get(keyOf(row.targetDocumentId, row.locale));
                return sectionIdsOf(draft?.topics ?? []);
              }),
            )
          : new Map<string, string[]>();

      const readable = (row: StateRow) => {
        const draft = draftRows.get(keyOf(row.targetDocumentId, row.locale));
        return draft !== undefined && mayRead(draft);
      };
      const line = (row: StateRow, at: string | null): StoryLine => {
        const key = keyOf(row.targetDocumentId, row.locale);
        const reason = requests.get(key)?.reason;
        return {
          documentId: row.targetDocumentId,
          locale: row.locale,
          title: draftRows.get(key)?.title ?? '',
          stage: row.stage,
          at,
          ...(row.stage === 'changes_requested' && reason ? { reason } : {}),
        };
      };
      const onMyDesk = (row: StateRow) =>
        scope === 'all' ||
        namesUser(
          deskOf(
            sectionKeys(draftRows.get(keyOf(row.targetDocumentId, row.locale))?.topics ?? [], slugs),
            config.desks,
          ),
          user,
        );
      const mine = (row: StateRow) => {
        const key = keyOf(row.targetDocumentId, row.locale);
        const creator = draftRows.get(key)?.createdBy?.id;
        return isWriter(userId, {
          creator: creator === undefined ? undefined : String(creator),
          submitters: requests.get(key)?.submitters ?? [],
        });
      };
      const pick = (block: HomeBlock, keep: (row: StateRow) => boolean, at: (row: StateRow) => string | null) =>
        firstKept(candidates[block], (row) => readable(row) && keep(row)).map((row) => line(row, at(row)));
      const updated = (row: StateRow) => iso(row.updatedAt);
      const always = () => true;

      return {
        blocks: {
          assignedToMe: pick('assignedToMe', always, updated),
          inReview: pick('inReview', onMyDesk, updated),
          changesRequested: pick('changesRequested', mine, updated),
          scheduledToday: pick('scheduledToday', always, (row) => iso(row.scheduledAt)),
          recentlyPublished: pick(
            'recentlyPublished',
            always,
            (row) => published.get(keyOf(row.targetDocumentId, row.locale)) ?? updated(row),
          ),
        },
        inReviewScope: scope,
        timezone: config.timezone,
        stages: STAGE_LABELS,
      };
    },
  };
};

export default home;

declare module '../services-registry' {
  interface NewsroomServices {
    home: ReturnType<typeof home>;
  }
}
