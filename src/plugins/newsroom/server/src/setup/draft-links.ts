import type { Core } from '@strapi/strapi';
import type { RelationMetadata } from '../content/join-tables';

const MARKER = 'draft-links-v1';

/**
 * Authors, topics and sources gained drafts after content existed. On that upgrade Strapi makes a draft copy of
 * every row (its draft-publish migration), linking the new drafts to drafts; but the links the old rows had
 * stay, so a draft article is also linked to the published author row. Strapi never writes such a link between
 * two types with drafts (draft rows link to drafts, published to published), and a later publish would carry
 * both to the live article. This removes them once, on the first boot after the upgrade.
 */
const draftLinks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async removeCrossStateLinks(): Promise<number> {
    const hasDrafts = (uid: string) =>
      Boolean(
        (
          strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as
            | { options?: { draftAndPublish?: boolean } }
            | undefined
        )?.options?.draftAndPublish,
      );
    const withDrafts = Object.keys(strapi.contentTypes)
      .filter((name) => name.startsWith('api::') && hasDrafts(name))
      .sort();
    // Done once per set of types with drafts: a type that gains drafts later gets its clean-up too.
    const marker = strapi.store({ type: 'plugin', name: 'newsroom', key: MARKER });
    const done = (await marker.get()) as { types?: string[] } | null;
    if (done?.types?.join() === withDrafts.join()) return 0;
    const knex = strapi.db.connection;
    const seen = new Set<string>();
    let removed = 0;
    for (const uid of withDrafts) {
      const meta = strapi.db.metadata.get(uid);
      for (const attribute of Object.values(meta.attributes) as unknown as RelationMetadata[]) {
        const join = attribute.joinTable;
        if (
          attribute.type !== 'relation' ||
          !join ||
          !attribute.target ||
          !hasDrafts(attribute.target) ||
          seen.has(join.name)
        )
          continue;
        seen.add(join.name);
        const crossState = knex(`${join.name} as l`)
          .join(`${meta.tableName} as s`, 's.id', `l.${join.joinColumn.name}`)
          .join(
            `${strapi.db.metadata.get(attribute.target).tableName} as t`,
            't.id',
            `l.${join.inverseJoinColumn.name}`,
          )
          .whereRaw('(s.published_at IS NULL) <> (t.published_at IS NULL)')
          .select('l.id');
        removed += Number(await knex(join.name).whereIn('id', crossState).del());
      }
    }
    await marker.set({ value: { at: new Date().toISOString(), removed, types: withDrafts } });
    if (removed > 0)
      strapi.log.info(
        `[newsroom] Removed ${removed} links between draft and published rows left by the draft & publish upgrade`,
      );
    return removed;
  },
});

export default draftLinks;
