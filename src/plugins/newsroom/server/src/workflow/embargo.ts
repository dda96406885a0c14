import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config';
import { ARTICLE_UID } from '../../../core/model';

/**
 * A locale's embargo as the workflow checks it: the draft's `embargoUntil` (the version that would go live), in
 * UTC ISO; undefined when there is none or the embargo guard is off (`newsroom.config.embargoGuard`, off only
 * for tests that show each publish path getting through without it). Read in the caller's transaction.
 */
export const createEmbargoReader =
  (strapi: Core.Strapi) =>
  async (documentId: string, locale: string): Promise<string | undefined> =>
    pluginConfig(strapi, 'embargoGuard') ? readEmbargo(strapi, documentId, locale) : undefined;

/** The draft's `embargoUntil` in UTC ISO, whether or not the guard is on (the Workflow panel shows it). */
export async function readEmbargo(
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
): Promise<string | undefined> {
  const row = (await strapi.db.query(ARTICLE_UID).findOne({
    select: ['embargoUntil'],
    where: { documentId, locale, publishedAt: null },
  })) as { embargoUntil?: string | number | Date | null } | null;
  const value = row?.embargoUntil;
  if (value === null || value === undefined) return undefined;
  const at = value instanceof Date ? value : new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

export type EmbargoReader = ReturnType<typeof createEmbargoReader>;
