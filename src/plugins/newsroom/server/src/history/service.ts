import { setImmediate as nextTurn } from 'timers/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DiffResponse, HistoryListResponse, VersionPath, VersionSummary } from '../../../shared/contracts/history';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../../core/model';
import { directionOf } from '../../../core/locale/direction';
import { diffSnapshots } from '../domain/history/diff';
import type { ArticleSnapshot } from '../domain/history/snapshot';
import { getService } from '../get-service';
import type { Actor } from '../http/request-actor';
import { pluginConfig } from '../plugin-config';
import { createLedger } from '../workflow/ledger';
import { runWithVersionContext } from './context';
import { draftSnapshotOfSaved, readDraftSnapshot } from './snapshot-reader';
import { createVersionStore } from './version-store';

/**
 * The history of article locales: recording a version of the draft (the Document Service middleware and the
 * import's batch path call it), the admin's list and diff, and restoring an old version as a new draft.
 */
const RELATION_TARGETS = { authors: AUTHOR_UID, topics: TOPIC_UID, sources: SOURCE_UID } as const;

const bilingual = (en: string, ar: string) => ({ message: { en, ar } });

const noVersion = (documentId: string, locale: string, number: number) =>
  new errors.NotFoundError(`Article ${documentId} (${locale}) has no version ${number}`, {
    ...bilingual(
      `Article ${documentId} (${locale}) has no version ${number}`,
      `لا توجد النسخة ${number} من المقال ${documentId} (${locale})`,
    ),
  });

export interface RecordOptions {
  path: VersionPath;
  actorId: string;
  restoredFrom?: number | undefined;
}

const history = ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = createVersionStore(strapi);

  /** Admin display names for `admin:<id>` actors. */
  const actorNames = async (actorIds: string[]): Promise<Map<string, string>> => {
    const adminIds = actorIds.filter((id) => id.startsWith('admin:')).map((id) => id.slice('admin:'.length));
    const users = await getService(strapi, 'workflowViews').users(adminIds);
    return new Map([...users.values()].map((user) => [`admin:${user.id}`, user.name]));
  };

  const withNames = async (summaries: VersionSummary[]): Promise<VersionSummary[]> => {
    const names = await actorNames(summaries.map((summary) => summary.actorId));
    return summaries.map((summary) => {
      const actorName = names.get(summary.actorId);
      return actorName ? { ...summary, actorName } : summary;
    });
  };

  const snapshotOrThrow = async (documentId: string, locale: string, number: number): Promise<ArticleSnapshot> => {
    const snapshot = await versions.snapshotAt(documentId, locale, number);
    if (!snapshot) throw noVersion(documentId, locale, number);
    return snapshot;
  };

  /** `connect`-style references to the related documents, in the locale the article's is in when they have it. */
  const referencesTo = async (uid: string, documentIds: string[], locale: string) => {
    if (documentIds.length === 0) return [];
    const rows = (await strapi.db.query(uid).findMany({
      select: ['documentId', 'locale'],
      where: { documentId: { $in: documentIds } },
    })) as Array<{ documentId: string; locale: string }>;
    const localeOf = new Map<string, string>();
    for (const row of rows)
      if (!localeOf.has(row.documentId) || row.locale === locale) localeOf.set(row.documentId, row.locale);
    // A related document deleted since the version was saved cannot be linked again: it is left out.
    return documentIds.flatMap((documentId) => {
      const found = localeOf.get(documentId);
      return found ? [{ documentId, locale: found }] : [];
    });
  };

  /** The Document Service data that makes the draft equal to `snapshot`. */
  const dataOf = async (snapshot: ArticleSnapshot, locale: string): Promise<Record<string, unknown>> => {
    // A version without SEO fields clears them (an empty component would read the same).
    const data: Record<string, unknown> = { ...snapshot.fields, seo: snapshot.fields.seo ?? null };
    for (const [relation, uid] of Object.entries(RELATION_TARGETS))
      data[relation] = {
        set: await referencesTo(uid, snapshot.relations[relation as keyof typeof RELATION_TARGETS], locale),
      };
    return data;
  };

  return {
    versions,

    /**
     * Appends the draft of one article locale as a version, unless it is the latest already. Joins the caller's
     * transaction (the save's). Nothing when the locale has no draft (a deleted locale). `saved`: what the save
     * answered; when it is this locale's draft row, its fields are taken from it rather than read again.
     */
    async recordDraft(
      documentId: string,
      locale: string,
      options: RecordOptions,
      saved?: unknown,
    ): Promise<VersionSummary | null> {
      const draft =
        (await draftSnapshotOfSaved(strapi, saved, documentId, locale)) ??
        (await readDraftSnapshot(strapi, documentId, locale));
      if (!draft) return null;
      // Building the snapshot (canonical JSON, hash) and comparing it with the latest take turns of their own.
      await nextTurn();
      const { stage } = await getService(strapi, 'workflow').stateOf(documentId, locale);
      return versions.append({
        documentId,
        locale,
        snapshot: draft.snapshot,
        json: draft.json,
        hash: draft.hash,
        actorId: options.actorId,
        path: options.path,
        stage,
        ...(options.restoredFrom === undefined ? {} : { restoredFrom: options.restoredFrom }),
      });
    },

    async list(documentId: string, locale: string): Promise<HistoryListResponse['data']> {
      const listed = await versions.list(documentId, locale);
      // The approved version is the newest one with the hash approval bound to (workflow/approval-binding.ts).
      const { approvedHash } = await getService(strapi, 'workflow').stateOf(documentId, locale);
      const approved = approvedHash ? listed.find((version) => version.hash === approvedHash) : undefined;
      return { versions: await withNames(listed), approvedNumber: approved?.number ?? null };
    },

    async diff(documentId: string, locale: string, from: number, to: number): Promise<DiffResponse['data']> {
      const before = await snapshotOrThrow(documentId, locale, from);
      const after = await snapshotOrThrow(documentId, locale, to);
      return {
        from,
        to,
        fields: diffSnapshots(before, after),
        direction: directionOf(locale, pluginConfig(strapi, 'rtlLocales')),
      };
    },

    /**
     * Writes version `number` as the new draft through the Document Service (so the workflow's middlewares see
     * it like any edit, and nothing published changes), recorded as a version with path `restore` and a ledger
     * entry `restore`, in one transaction. When the draft already is that content, nothing is written and the
     * latest version is answered.
     */
    async restore(documentId: string, locale: string, number: number, actor: Actor): Promise<VersionSummary> {
      const snapshot = await snapshotOrThrow(documentId, locale, number);
      return strapi.db.transaction(async () => {
        const workflow = getService(strapi, 'workflow');
        const before = await workflow.stateOf(documentId, locale);
        const latestBefore = await versions.latest(documentId, locale);
        const actorId = `admin:${actor.id}`;
        await runWithVersionContext({ path: 'restore', actorId, restoredFrom: number }, async () => {
          await strapi
            .documents(ARTICLE_UID)
            .update({ documentId, locale, data: await dataOf(snapshot, locale) } as never);
        });
        const latest = await versions.latest(documentId, locale);
        if (!latest) throw noVersion(documentId, locale, number);
        const recorded = await versions.find(documentId, locale, latest.number);
        if (!recorded) throw noVersion(documentId, locale, latest.number);
        if (latest.number !== latestBefore?.number) {
          const after = await workflow.stateOf(documentId, locale);
          await createLedger(strapi).append({
            documentId,
            locale,
            transition: 'restore',
            from: before.stage,
            to: after.stage,
            actorId: actor.id,
            at: new Date().toISOString(),
            version: after.version,
            reason: `restored version ${number} as version ${latest.number}`,
          });
        }
        const [named] = await withNames([recorded]);
        return named as VersionSummary;
      });
    },

    /** Whether the locale has a draft at all (the routes answer 404 otherwise). */
    async hasDraft(documentId: string, locale: string): Promise<boolean> {
      return (await strapi.db.query(ARTICLE_UID).count({ where: { documentId, locale, publishedAt: null } })) > 0;
    },
  };
};

export default history;

declare module '../services-registry' {
  interface NewsroomServices {
    history: ReturnType<typeof history>;
  }
}
