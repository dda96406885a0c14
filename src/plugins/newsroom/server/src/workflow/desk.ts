import type { Core } from '@strapi/strapi';
import { DESK_TRANSITIONS, deskAssignee, deskOf, type DeskDecision, type SectionKey } from '../domain/workflow';
import type { WorkflowConfig } from '../domain/workflow';
import { ARTICLE_UID, LEDGER_UID, TOPIC_UID } from '../../../core/model';

export interface TopicRow {
  documentId: string;
  kind?: string | null;
  parent?: { documentId: string; kind?: string | null } | null;
}

/** How to populate a story's topics for `sectionKeys`: each topic's kind and its parent's. */
export const SECTION_TOPICS_POPULATE = {
  topics: { select: ['documentId', 'kind'], populate: { parent: { select: ['documentId', 'kind'] } } },
} as const;

/** Section topic ids of a story in the editors' order: its section topics, then the sections above its other topics. */
export const sectionIdsOf = (topics: readonly TopicRow[]): string[] =>
  [
    ...topics.filter((topic) => topic.kind === 'section').map((topic) => topic.documentId),
    ...topics.filter((topic) => topic.parent?.kind === 'section').map((topic) => topic.parent?.documentId ?? ''),
  ].filter((id, index, all) => id !== '' && all.indexOf(id) === index);

/** The slugs (every locale) of these topics, by documentId: one query for any number of stories. */
export const sectionSlugs = async (strapi: Core.Strapi, ids: readonly string[]): Promise<Map<string, string[]>> => {
  const slugs = new Map<string, string[]>();
  if (ids.length === 0) return slugs;
  const rows = (await strapi.db
    .query(TOPIC_UID)
    .findMany({ select: ['documentId', 'slug'], where: { documentId: { $in: [...new Set(ids)] } } })) as Array<{
    documentId: string;
    slug: string | null;
  }>;
  for (const row of rows) if (row.slug) slugs.set(row.documentId, [...(slugs.get(row.documentId) ?? []), row.slug]);
  return slugs;
};

/** A story's sections as `deskOf` matches them, given the slugs `sectionSlugs` read. */
export const sectionKeys = (topics: readonly TopicRow[], slugs: ReadonlyMap<string, string[]>): SectionKey[] =>
  sectionIdsOf(topics).map((documentId) => ({ documentId, slugs: slugs.get(documentId) ?? [] }));

interface DraftRow {
  createdBy?: { id: number } | null;
  topics?: TopicRow[];
}

/**
 * The desk's facts for one locale, read from the database (domain/workflow/desk.ts decides): the submitters from
 * the ledger, the creator and the sections from the draft row, the desk's editors resolved from ids or e-mails,
 * and which of them are active admin users. Read before the move's lock: a concurrent change to any of these
 * can only make the default assignee one move stale, and the transition itself is still compare-and-set.
 */
export const createDeskReader = (strapi: Core.Strapi, config: () => WorkflowConfig) => {
  /** Configured editors (ids or e-mails) → admin user ids in the same order, with the set of active ones. */
  const resolveUsers = async (wanted: readonly string[]) => {
    const ids = wanted.filter((entry) => /^\d+$/.test(entry)).map(Number);
    const emails = wanted.filter((entry) => entry.includes('@'));
    if (ids.length === 0 && emails.length === 0) return { byKey: new Map<string, string>(), active: new Set<string>() };
    const rows = (await strapi.db.query('admin::user').findMany({
      select: ['id', 'email', 'isActive'],
      where: { $or: [{ id: { $in: ids } }, { email: { $in: emails } }] },
    })) as Array<{ id: number; email: string | null; isActive: boolean }>;
    const byKey = new Map<string, string>();
    for (const row of rows) {
      byKey.set(String(row.id), String(row.id));
      if (row.email) byKey.set(row.email.toLowerCase(), String(row.id));
    }
    return { byKey, active: new Set(rows.filter((row) => row.isActive).map((row) => String(row.id))) };
  };

  return {
    /** Who `transition` hands the locale to when the request names nobody (`named` undefined), or null: keep. */
    async decide(
      documentId: string,
      locale: string,
      transition: string,
      named: string | null | undefined,
    ): Promise<DeskDecision> {
      if (named !== undefined || !DESK_TRANSITIONS.has(transition)) return deskAssignee(transition, named, emptyFacts);
      const draft = (await strapi.db.query(ARTICLE_UID).findOne({
        where: { documentId, locale, publishedAt: null },
        populate: { createdBy: { select: ['id'] }, ...SECTION_TOPICS_POPULATE },
      })) as DraftRow | null;
      const submitters =
        transition === 'request_changes'
          ? (
              (await strapi.db.query(LEDGER_UID).findMany({
                select: ['actorId'],
                where: { targetDocumentId: documentId, locale, transition: 'submit' },
                orderBy: [{ at: 'desc' }, { id: 'desc' }],
                limit: 20,
              })) as Array<{ actorId: string }>
            )
              .map((row) => row.actorId)
              .filter((id) => /^\d+$/.test(id))
          : [];
      const creator = draft?.createdBy ? String(draft.createdBy.id) : undefined;
      const topics = draft?.topics ?? [];
      const sections =
        transition === 'submit' ? sectionKeys(topics, await sectionSlugs(strapi, sectionIdsOf(topics))) : [];
      const desk = deskOf(sections, config().desks);
      const users = await resolveUsers([...submitters, ...(creator ? [creator] : []), ...desk]);
      const deskEditors = desk.flatMap((entry) => users.byKey.get(entry) ?? []);
      return deskAssignee(transition, named, { submitters, creator, deskEditors, active: users.active });
    },
  };
};

const emptyFacts = { submitters: [], deskEditors: [], active: new Set<string>() };
