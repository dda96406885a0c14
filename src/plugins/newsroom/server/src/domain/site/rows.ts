import type { SiteArticleSummary, SitePage, SiteRef } from '../../../../shared/contracts/site';

/**
 * Pure mapping of the site reads' rows (selected with camelCase aliases, values as the driver hands them) to
 * the response shapes, and the paging arithmetic. The drivers differ: SQLite stores times as epoch
 * milliseconds, PostgreSQL returns Date objects; Strapi's pg set-up leaves JSON columns as text on both.
 */
export type Row = Record<string, unknown>;

/**
 * The instant a datetime column holds, or null: SQLite hands epoch milliseconds (a number, or digits in a
 * string), PostgreSQL a Date; an ISO string is read as such.
 */
export const timeOrNull = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date =
    value instanceof Date
      ? value
      : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
  return Number.isNaN(date.getTime()) ? null : date;
};

/** ISO time, as Strapi's datetime field gives it (`fromDB`), or null. */
export const isoTime = (value: unknown): string | null => timeOrNull(value)?.toISOString() ?? null;

export const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** PostgreSQL's bigint and numeric may come back as strings. */
export const numberOr = (value: unknown, fallback: number): number => {
  const parsed = typeof value === 'string' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : fallback;
};

/** A JSON column (blocks), stored as text: the parsed array, or null when absent or not an array. */
export const jsonArray = (value: unknown): unknown[] | null => {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string' || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
};

/** LIMIT and OFFSET of a page: one row more than the page, to tell whether another page follows. */
export const pageWindow = (page: number, pageSize: number): { limit: number; offset: number } => ({
  limit: pageSize + 1,
  offset: (page - 1) * pageSize,
});

/** The rows of a page and its pagination, from the rows read with pageWindow. */
export const pageOf = <T>(
  rows: readonly T[],
  page: number,
  pageSize: number,
): { items: T[]; pagination: SitePage } => ({
  items: rows.slice(0, pageSize),
  pagination: { page, pageSize, hasMore: rows.length > pageSize },
});

/** Rows of a relation read for many articles at once, grouped by article id (order kept). */
export const groupByArticle = <T>(rows: readonly Row[], map: (row: Row) => T): Map<number, T[]> => {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const articleId = numberOr(row.articleId, NaN);
    const group = groups.get(articleId) ?? [];
    group.push(map(row));
    groups.set(articleId, group);
  }
  return groups;
};

export const toRef = (row: Row): SiteRef => ({
  documentId: String(row.documentId),
  name: String(row.name ?? ''),
  slug: String(row.slug ?? ''),
});

/** An article row of a list (the list columns) with its authors. */
export const toSummary = (row: Row, authors: SiteRef[]): SiteArticleSummary => ({
  documentId: String(row.documentId),
  locale: String(row.locale),
  title: String(row.title ?? ''),
  slug: String(row.slug ?? ''),
  standfirst: textOrNull(row.standfirst),
  publishedAt: isoTime(row.publishedAt) ?? '',
  originalPublishedAt: isoTime(row.originalPublishedAt),
  dateline: textOrNull(row.dateline),
  wordCount: numberOr(row.wordCount, 0),
  readingTime: numberOr(row.readingTime, 0),
  authors,
});

/**
 * A LIKE pattern matching `term` anywhere, with LIKE's wildcards and the escape character taken literally.
 * The query says ESCAPE '!': a backslash would itself need escaping in MySQL's (and non-standard PostgreSQL's)
 * string literals.
 */
export const LIKE_ESCAPE = '!';
export const containsPattern = (term: string): string =>
  `%${term.replace(/[!%_]/g, (char) => `${LIKE_ESCAPE}${char}`)}%`;
