import type { Core } from '@strapi/strapi';
import type { CorrectionKind, StoredChange } from '../domain/corrections';
import { ARTICLE_CORRECTION_UID } from '../../../core/model';

/**
 * The corrections table: one row per changed live story published again (silent ones included), written here
 * only, through strapi.db.query so that it joins the publish's transaction. Rows are never changed (a database
 * lifecycle refuses updates and deletes: content/internal-types.ts).
 */
export interface NewCorrection {
  documentId: string;
  locale: string;
  kind: CorrectionKind;
  note: string | null;
  /** The move's time (UTC ISO), the same as its ledger entry's. */
  at: string;
  actorId: string;
  /** The hash of the version that went live (domain/history/snapshot.ts). */
  hash: string;
  /** The workflow state's version after the publish (matches the ledger entry). */
  workflowVersion: number;
}

/** A story's changes read at once: plenty for any real story, and a bound on what one read costs. */
export const MAX_CORRECTIONS_READ = 200;

export const createCorrectionStore = (strapi: Core.Strapi) => ({
  append: (correction: NewCorrection) =>
    strapi.db.query(ARTICLE_CORRECTION_UID).create({
      data: {
        targetDocumentId: correction.documentId,
        locale: correction.locale,
        kind: correction.kind,
        note: correction.note,
        at: correction.at,
        actorId: correction.actorId.slice(0, 64),
        hash: correction.hash,
        workflowVersion: correction.workflowVersion,
      },
    }),

  /** Every recorded change of a locale (silent ones too), oldest first. */
  list: async (documentId: string, locale: string): Promise<StoredChange[]> =>
    (await strapi.db.query(ARTICLE_CORRECTION_UID).findMany({
      select: ['id', 'kind', 'note', 'at'],
      where: { targetDocumentId: documentId, locale },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      limit: MAX_CORRECTIONS_READ,
    })) as StoredChange[],
});

export type CorrectionStore = ReturnType<typeof createCorrectionStore>;
