import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ARTICLE_UID, SEO_COMPONENT } from '../../../core/model';
import {
  SNAPSHOT_RELATIONS,
  SNAPSHOT_TEXT_FIELDS,
  canonicalJson,
  hashOfCanonicalJson,
  snapshotOf,
  type ArticleSnapshot,
} from '../domain/history/snapshot';

export interface DraftSnapshot {
  /** The draft row's id (changes when Strapi rewrites the draft). */
  rowId: number;
  updatedAt: string | null;
  snapshot: ArticleSnapshot;
  /** The snapshot's canonical JSON, kept so that recording it does not serialize it again. */
  json: string;
  hash: string;
}

type Row = Record<string, unknown> & { id: number; updatedAt?: string | Date | null };
type Relation = (typeof SNAPSHOT_RELATIONS)[number];

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName: string;
}

interface MorphJoinTable {
  name: string;
  joinColumn: { name: string };
  morphColumn: { idColumn: { name: string }; typeColumn: { name: string } };
}

const UPLOAD_FILE_UID = 'plugin::upload.file';
const TEXT_ATTRIBUTES = [...SNAPSHOT_TEXT_FIELDS, 'body'] as const;

/**
 * The related documents of one article row, in their stored order (the join table's order column, then the
 * link's id for rows with the same order), and its cover (the first file linked as `cover`), in one SQL
 * statement: the query engine's populate ran one statement per relation and one for the cover.
 */
const readRelations = async (strapi: Core.Strapi, knex: Knex, rowId: number) => {
  const metadata = strapi.db.metadata;
  const article = metadata.get(ARTICLE_UID);
  const relation = (name: Relation) => {
    const attribute = article.attributes[name] as unknown as { target: string; joinTable: JoinTable };
    const { joinTable } = attribute;
    return knex
      .select(
        knex.raw(`'${name}' as relation`),
        't.document_id as document_id',
        knex.raw('cast(null as integer) as file_id'),
        `j.${joinTable.orderColumnName} as ord`,
        'j.id as link_id',
      )
      .from(`${joinTable.name} as j`)
      .join(`${metadata.get(attribute.target).tableName} as t`, 't.id', `j.${joinTable.inverseJoinColumn.name}`)
      .where(`j.${joinTable.joinColumn.name}`, rowId);
  };
  const files = metadata.get(UPLOAD_FILE_UID);
  const morph = (files.attributes.related as unknown as { joinTable: MorphJoinTable }).joinTable;
  const cover = knex
    .select(
      knex.raw(`'cover' as relation`),
      knex.raw('cast(null as varchar(255)) as document_id'),
      'f.id as file_id',
      'm.order as ord',
      'm.id as link_id',
    )
    .from(`${morph.name} as m`)
    .join(`${files.tableName} as f`, 'f.id', `m.${morph.joinColumn.name}`)
    .where(`m.${morph.morphColumn.idColumn.name}`, rowId)
    .andWhere(`m.${morph.morphColumn.typeColumn.name}`, ARTICLE_UID)
    .andWhere('m.field', 'cover');
  const [first, ...rest] = SNAPSHOT_RELATIONS.map(relation);
  const rows = (await (first as Knex.QueryBuilder)
    .unionAll([...rest, cover], false)
    .orderBy([{ column: 'relation' }, { column: 'ord' }, { column: 'link_id' }])) as Array<{
    relation: Relation | 'cover';
    document_id: string | null;
    file_id: number | string | null;
  }>;
  const related: Record<Relation, Array<{ documentId: string }>> = { authors: [], topics: [], sources: [] };
  let coverId: number | null = null;
  for (const row of rows) {
    if (row.relation === 'cover') coverId ??= row.file_id === null ? null : Number(row.file_id);
    else if (row.document_id !== null) related[row.relation].push({ documentId: row.document_id });
  }
  return { ...related, cover: coverId };
};

/** The transaction in scope when there is one (a read inside a save sees the save), else the connection. */
const withKnex = <T>(strapi: Core.Strapi, work: (knex: Knex) => Promise<T>): Promise<T> =>
  strapi.db.inTransaction()
    ? (strapi.db.transaction(({ trx }: { trx: Knex.Transaction }) => work(trx)) as Promise<T>)
    : work(strapi.db.connection);

/**
 * The row's `seo` component with its social image's id, in one statement through Strapi's component link table
 * and the media morph table (the names in core/model.ts SEO_COMPONENT, checked against the metadata by
 * tests/api/seo-fields.test.api.ts); null when the row has none.
 */
const readSeo = async (knex: Knex, rowId: number): Promise<Record<string, unknown> | null> => {
  const { link } = SEO_COMPONENT;
  const row = (await knex(`${link.name} as sl`)
    .join(`${SEO_COMPONENT.table} as s`, 's.id', `sl.${link.componentColumn}`)
    .leftJoin('files_related_mph as sm', (join) => {
      join
        .on('sm.related_id', '=', 's.id')
        .andOnVal('sm.related_type', '=', SEO_COMPONENT.uid)
        .andOnVal('sm.field', '=', SEO_COMPONENT.imageField);
    })
    .where(`sl.${link.entityColumn}`, rowId)
    .andWhere('sl.field', SEO_COMPONENT.field)
    .andWhere(`sl.${link.typeColumn}`, SEO_COMPONENT.uid)
    .first(
      's.meta_title as metaTitle',
      's.meta_description as metaDescription',
      's.social_image_alt as socialImageAlt',
      's.canonical_url as canonicalUrl',
      's.noindex as noindex',
      'sm.file_id as socialImage',
    )) as Record<string, unknown> | undefined;
  if (!row) return null;
  return { ...row, socialImage: row.socialImage === null ? null : Number(row.socialImage) };
};

const snapshotOfRow = async (strapi: Core.Strapi, row: Row): Promise<DraftSnapshot> => {
  const [relations, seo] = await withKnex(
    strapi,
    async (knex) => [await readRelations(strapi, knex, row.id), await readSeo(knex, row.id)] as const,
  );
  const snapshot = snapshotOf({ ...row, ...relations, seo });
  const updatedAt = row.updatedAt ? new Date(row.updatedAt).toISOString() : null;
  const json = canonicalJson(snapshot);
  return { rowId: row.id, updatedAt, snapshot, json, hash: hashOfCanonicalJson(json) };
};

/**
 * The draft of one article locale as a snapshot, read through the query engine (not the Document Service: no
 * middlewares, no request permissions), with relations in their stored order. Inside a transaction the read
 * joins it (Strapi's query engine uses the transaction in scope). Null when the locale has no draft.
 */
export const readDraftSnapshot = (strapi: Core.Strapi, documentId: string, locale: string) =>
  readSnapshot(strapi, documentId, locale, 'draft');

/** The same of the published row (what is live), for comparing it with the draft; null when nothing is live. */
export const readPublishedSnapshot = (strapi: Core.Strapi, documentId: string, locale: string) =>
  readSnapshot(strapi, documentId, locale, 'published');

const readSnapshot = async (
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
  status: 'draft' | 'published',
): Promise<DraftSnapshot | null> => {
  const row = (await strapi.db.query(ARTICLE_UID).findOne({
    select: ['id', 'updatedAt', ...TEXT_ATTRIBUTES],
    where: { documentId, locale, publishedAt: status === 'draft' ? null : { $notNull: true } },
  })) as Row | null;
  return row ? snapshotOfRow(strapi, row) : null;
};

/**
 * The draft snapshot from the row a save just wrote (what `create` or `update` answers), when that row is the
 * draft of this article locale and carries every field of a snapshot: the save has read it back already, so only
 * its relations and cover are read. Null otherwise (a publish's answer, a call that selected some fields, another
 * locale): the caller reads the draft instead.
 */
export const draftSnapshotOfSaved = async (
  strapi: Core.Strapi,
  saved: unknown,
  documentId: string,
  locale: string,
): Promise<DraftSnapshot | null> => {
  if (saved === null || typeof saved !== 'object') return null;
  const row = saved as Record<string, unknown>;
  const isThisDraft =
    typeof row.id === 'number' &&
    row.documentId === documentId &&
    row.locale === locale &&
    row.publishedAt === null &&
    TEXT_ATTRIBUTES.every((field) => Object.prototype.hasOwnProperty.call(row, field));
  return isThisDraft ? snapshotOfRow(strapi, row as Row) : null;
};
