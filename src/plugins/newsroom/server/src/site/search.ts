import type { Core } from '@strapi/strapi';
import { searchKeyFrom, searchTerms } from '../domain/content/search-key';
import { ARTICLE_UID, AUTHOR_UID, DEFAULT_LOCALE, SOURCE_UID, TOPIC_UID } from '../../../core/model';
import type { SluggedType } from '../slugs/service';

/** The fields folded into each type's search key. */
export const SEARCH_FIELDS: Record<SluggedType, readonly string[]> = {
  [ARTICLE_UID]: ['title', 'standfirst', 'body'],
  [AUTHOR_UID]: ['name', 'jobTitle'],
  [TOPIC_UID]: ['name', 'altLabels', 'description'],
  [SOURCE_UID]: ['name'],
};

interface KeyParams {
  documentId?: string;
  locale?: string;
}
type Filters = Record<string, unknown>;

/** Arabic-aware search: a folded key kept on every save, and the filter that searches it. */
const search = ({ strapi }: { strapi: Core.Strapi }) => ({
  async fillSearchKey(uid: SluggedType, data: Record<string, unknown>, params: KeyParams): Promise<void> {
    const fields = SEARCH_FIELDS[uid];
    const touched = fields.some((field) => field in data);
    if (params.documentId && !touched) return;
    let stored: Record<string, unknown> = {};
    if (params.documentId && !fields.every((field) => field in data)) {
      stored =
        ((await strapi.db.query(uid).findOne({
          select: [...fields],
          where: { documentId: params.documentId, locale: params.locale ?? DEFAULT_LOCALE, publishedAt: null },
        })) as Record<string, unknown> | null) ?? {};
    }
    data.searchKey = searchKeyFrom(fields.map((field) => (field in data ? data[field] : stored[field])));
  },

  /** `filters` narrowed to documents whose key holds every word of `query` (unchanged for an empty query). */
  withSearch(filters: Filters | undefined, query: string): Filters | undefined {
    const terms = searchTerms(query);
    if (terms.length === 0) return filters;
    const conditions: Filters[] = terms.map((term) => ({ searchKey: { $contains: term } }));
    return { $and: [...(filters ? [filters] : []), ...conditions] };
  },

  /** Computes missing keys (rows saved before the field existed, or written around the Document Service). */
  async backfill(batchSize = 200): Promise<number> {
    let filled = 0;
    for (const [uid, fields] of Object.entries(SEARCH_FIELDS) as Array<[SluggedType, readonly string[]]>) {
      for (;;) {
        const rows = (await strapi.db.query(uid).findMany({
          select: ['id', ...fields],
          where: { searchKey: null },
          limit: batchSize,
        })) as Array<Record<string, unknown> & { id: number }>;
        if (rows.length === 0) break;
        for (const row of rows) {
          // An empty document still gets a key ('') so it is not picked up again.
          await strapi.db.query(uid).update({
            where: { id: row.id },
            data: { searchKey: searchKeyFrom(fields.map((field) => row[field])) },
          });
        }
        filled += rows.length;
      }
    }
    return filled;
  },
});

export default search;

declare module '../services-registry' {
  interface NewsroomServices {
    search: ReturnType<typeof search>;
  }
}
