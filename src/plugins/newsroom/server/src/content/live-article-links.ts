import type { Knex } from 'knex';
import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config';
import { WORKFLOW_TYPE } from '../workflow/service';
import { articleInverses, callerOf } from './relation-write-guard';
import type { DocumentMiddleware } from './document-call';
import type { JoinTable } from './join-tables';

type Row = { id: number; documentId: string; publishedAt?: unknown };

/** Published article document ids linked to each published row of the document, through `attribute`. */
const liveLinks = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  attribute: string,
): Promise<Map<number, Row[]>> => {
  const rows = (await strapi.db.query(uid).findMany({
    select: ['id'],
    where: { documentId, publishedAt: { $notNull: true } },
    populate: { [attribute]: { select: ['id', 'documentId', 'publishedAt'] } },
  })) as Array<Record<string, unknown>>;
  return new Map(
    rows.map((row) => [
      row.id as number,
      ((row[attribute] as Row[] | undefined) ?? []).filter(
        (article) => article.publishedAt !== null && article.publishedAt !== undefined,
      ),
    ]),
  );
};

/**
 * Publishing an author, topic or source copies its draft's relations to its published version, `articles`
 * included, and Strapi maps a draft article row to that article's published row: so an Editor publishing an
 * author that someone added to the draft of a live story would put the byline on the live story with no
 * transition and no ledger entry. After such a publish (from a request; code and the workflow's own runs pass),
 * the published articles it is linked to are put back as they were before it: an article's authors, topics and
 * sources go live only with the article, through the workflow.
 */
export const liveArticleLinks =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    const documentId = call.params.documentId;
    if (call.action !== 'publish' || !documentId || call.uid === WORKFLOW_TYPE || !call.uid.startsWith('api::'))
      return next();
    if (!pluginConfig(strapi, 'relationWriteGuard') || !callerOf(strapi)) return next();
    const attributes = articleInverses(strapi, call.uid);
    const before = new Map<string, Set<string>>();
    for (const attribute of attributes) {
      const links = await liveLinks(strapi, call.uid, documentId, attribute);
      before.set(attribute, new Set([...links.values()].flat().map((article) => article.documentId)));
    }
    const result = await next();
    const meta = strapi.db.metadata.get(call.uid) as unknown as {
      attributes: Record<string, { joinTable?: JoinTable }>;
    };
    for (const attribute of attributes) {
      const join = meta.attributes[attribute]?.joinTable;
      if (!join) continue;
      const allowed = before.get(attribute) ?? new Set<string>();
      for (const [rowId, articles] of await liveLinks(strapi, call.uid, documentId, attribute)) {
        const added = articles.filter((article) => !allowed.has(article.documentId)).map((article) => article.id);
        if (added.length === 0) continue;
        // In the publish's own transaction (joined when one is open): another connection would wait for its lock.
        await strapi.db.transaction(({ trx }: { trx: Knex.Transaction }) =>
          trx(join.name).where(join.joinColumn.name, rowId).whereIn(join.inverseJoinColumn.name, added).del(),
        );
      }
    }
    return result;
  };
