import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/** The title the seed gives its wire sample (tests/fixtures/wire/iraq-nato-manama-dialogue.txt). */
export const SAMPLE_TITLE = 'التقى مستشار الأمن القومي العراقي مع رئيس الجنة العسكرية';

/**
 * Deletes the seed's copy of the wire sample, for tests that import the sample as a first import: the seeded
 * draft carries the sample's content hash, so importing it next to the seed answers "already imported".
 */
export async function removeSeededWireSample(strapi: Core.Strapi): Promise<void> {
  const rows = (await strapi.db
    .query(ARTICLE_UID)
    .findMany({ select: ['documentId'], where: { title: SAMPLE_TITLE } })) as Array<{ documentId: string }>;
  const workflow = strapi.plugin('newsroom').service('workflow') as { asSystem<T>(work: () => Promise<T>): Promise<T> };
  for (const documentId of new Set(rows.map((row) => row.documentId)))
    await workflow.asSystem(() => strapi.documents(ARTICLE_UID).delete({ documentId, locale: '*' } as never));
}
