import type { Knex } from 'knex';
import { JOIN_TABLES, TABLES } from '../../../core/model';
import type { CalendarKind } from '../../../shared/contracts/calendar';
import { WORKFLOW_TYPE } from '../workflow/state-store';
import type { TopicRow } from '../workflow/desk';

/** One calendar candidate with what the month needs of its draft row and workflow state, in one row. */
export interface CalendarRow {
  kind: CalendarKind;
  at: string | number | Date;
  draftId: number;
  documentId: string;
  locale: string;
  title: string | null;
  createdById: number | null;
  stage: string | null;
  version: number | null;
  assigneeId: string | null;
}

export interface CalendarRange {
  from: Date;
  to: Date;
  locale?: string;
}

/** Link rows per query: well under SQLite's and PostgreSQL's bound-parameter limits. */
const TOPIC_BATCH = 500;

/**
 * The planning calendar's reads in plain SQL (README → Planning calendar). Each kind of time is one range read
 * on its own index that joins the draft row (articles_documents_idx: document id, locale, published_at NULL)
 * and the workflow state, so a month of about a thousand entries is four statements plus the topics of the
 * entries shown, with no `IN` list of every candidate and no entity hydration (the Document Service way took
 * about three times as long with the archive loaded: bench:calendar).
 */
export const calendarQueries = (knex: Knex) => {
  const draftColumns = [
    'd.id as draftId',
    'd.document_id as documentId',
    'd.locale as locale',
    'd.title as title',
    'd.created_by_id as createdById',
    's.stage as stage',
    's.version as version',
    's.assignee_id as assigneeId',
  ];
  const withState = (query: Knex.QueryBuilder) =>
    query.leftJoin(`${TABLES.workflowStates} as s`, function joinState() {
      this.on('s.target_document_id', '=', 'd.document_id')
        .andOn('s.locale', '=', 'd.locale')
        .andOnVal('s.content_type', '=', WORKFLOW_TYPE);
    });
  const inRange = (query: Knex.QueryBuilder, column: string, range: CalendarRange, localeColumn: string) => {
    query.where(column, '>=', range.from).andWhere(column, '<', range.to);
    if (range.locale) query.andWhere(localeColumn, range.locale);
    return query;
  };

  /** A plan or an embargo belongs to the draft row (the locale as it is being edited). */
  const onDraft = (column: 'planned_at' | 'embargo_until', kind: CalendarKind, range: CalendarRange, cap: number) =>
    inRange(
      withState(
        knex(`${TABLES.articles} as d`).select([...draftColumns, knex.raw('? as kind', [kind]), `d.${column} as at`]),
      ),
      `d.${column}`,
      range,
      'd.locale',
    )
      .whereNull('d.published_at')
      .orderBy([`d.${column}`, 'd.id'])
      .limit(cap) as unknown as Promise<CalendarRow[]>;

  /** A publication's time is the published row's; the rest is its draft's. */
  const published = (range: CalendarRange, cap: number) =>
    inRange(
      withState(
        knex(`${TABLES.articles} as p`)
          .select([...draftColumns, knex.raw('? as kind', ['published']), 'p.published_at as at'])
          .join(`${TABLES.articles} as d`, function joinDraft() {
            this.on('d.document_id', '=', 'p.document_id')
              .andOn('d.locale', '=', 'p.locale')
              .andOnNull('d.published_at');
          }),
      ),
      'p.published_at',
      range,
      'p.locale',
    )
      .orderBy(['p.published_at', 'p.id'])
      .limit(cap) as unknown as Promise<CalendarRow[]>;

  const scheduled = (range: CalendarRange, cap: number) =>
    inRange(
      knex(`${TABLES.workflowStates} as s`)
        .select([...draftColumns, knex.raw('? as kind', ['scheduled']), 's.scheduled_at as at'])
        .join(`${TABLES.articles} as d`, function joinDraft() {
          this.on('d.document_id', '=', 's.target_document_id')
            .andOn('d.locale', '=', 's.locale')
            .andOnNull('d.published_at');
        })
        .where('s.content_type', WORKFLOW_TYPE)
        .andWhere('s.stage', 'scheduled'),
      's.scheduled_at',
      range,
      's.locale',
    )
      .orderBy(['s.scheduled_at', 's.id'])
      .limit(cap) as unknown as Promise<CalendarRow[]>;

  return {
    /** The candidates of these kinds (default: all four) in the range, each kind's first `cap` by time (unsorted across kinds). */
    async candidates(
      range: CalendarRange,
      cap: number,
      kinds: readonly CalendarKind[] = ['planned', 'scheduled', 'published', 'embargo'],
    ): Promise<CalendarRow[]> {
      const reads: Record<CalendarKind, () => Promise<CalendarRow[]>> = {
        planned: () => onDraft('planned_at', 'planned', range, cap),
        scheduled: () => scheduled(range, cap),
        published: () => published(range, cap),
        embargo: () => onDraft('embargo_until', 'embargo', range, cap),
      };
      const rows: CalendarRow[] = [];
      for (const kind of kinds) rows.push(...(await reads[kind]()));
      // The contract's version is a number; node-postgres hands a bigint column back as a string.
      return rows.map((row) => ({ ...row, version: row.version === null ? null : Number(row.version) }));
    },

    /** The topics of these draft rows with each topic's kind and its parent's (workflow/desk's TopicRow). */
    async topicsOf(draftIds: readonly number[]): Promise<Map<number, TopicRow[]>> {
      const topics = new Map<number, TopicRow[]>();
      const link = JOIN_TABLES.articleTopics;
      for (let start = 0; start < draftIds.length; start += TOPIC_BATCH) {
        const rows = (await knex(`${link.name} as l`)
          .select(
            'l.article_id as articleId',
            't.document_id as documentId',
            't.kind as kind',
            'pt.document_id as parentDocumentId',
            'pt.kind as parentKind',
          )
          .join(`${TABLES.topics} as t`, 't.id', `l.${link.targetColumn}`)
          .leftJoin(`${JOIN_TABLES.topicParent.name} as pl`, 'pl.topic_id', 't.id')
          .leftJoin(`${TABLES.topics} as pt`, 'pt.id', 'pl.inv_topic_id')
          .whereIn('l.article_id', draftIds.slice(start, start + TOPIC_BATCH))
          .orderBy([`l.article_id`, `l.${link.orderColumn}`])) as Array<{
          articleId: number;
          documentId: string;
          kind: string | null;
          parentDocumentId: string | null;
          parentKind: string | null;
        }>;
        for (const row of rows) {
          const id = Number(row.articleId);
          const topic: TopicRow = {
            documentId: row.documentId,
            kind: row.kind,
            parent: row.parentDocumentId ? { documentId: row.parentDocumentId, kind: row.parentKind } : null,
          };
          topics.set(id, [...(topics.get(id) ?? []), topic]);
        }
      }
      return topics;
    },
  };
};
