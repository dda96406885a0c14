/**
 * What `npm run bench:api` reads: real slugs picked from the loaded database (published Arabic rows), and for
 * each read the paths a site would request in each mode — Strapi's REST routes with populate ("plain"), or
 * the newsroom plugin's site reads ("ours").
 */
import { Client } from 'pg';
import type { BenchDatabase } from './archive-load';

export const READS = ['article', 'topicLatest', 'topicPage', 'authorPage', 'search'] as const;
export type Read = (typeof READS)[number];

export const READ_LABELS: Record<Read, string> = {
  article: 'article by slug',
  topicLatest: 'latest 20 in a topic',
  topicPage: 'topic page',
  authorPage: 'author page',
  search: 'search',
};

export interface Targets {
  articles: string[];
  topics: string[];
  authors: string[];
  words: string[];
}

const LOCALE = 'ar';
const SQL = {
  articles: `SELECT slug AS value FROM articles WHERE locale = 'ar' AND published_at IS NOT NULL AND slug IS NOT NULL ORDER BY id LIMIT 300`,
  // The busiest sections: most published articles linked.
  topics: `SELECT t.slug AS value FROM topics t JOIN articles_topics_lnk l ON l.topic_id = t.id
           WHERE t.locale = 'ar' AND t.published_at IS NOT NULL AND t.slug IS NOT NULL
           GROUP BY t.id, t.slug ORDER BY COUNT(*) DESC, t.id LIMIT 10`,
  authors: `SELECT t.slug AS value FROM authors t JOIN articles_authors_lnk l ON l.author_id = t.id
            WHERE t.locale = 'ar' AND t.published_at IS NOT NULL AND t.slug IS NOT NULL
            GROUP BY t.id, t.slug ORDER BY COUNT(*) DESC, t.id LIMIT 10`,
  titles: `SELECT title AS value FROM articles WHERE locale = 'ar' AND published_at IS NOT NULL ORDER BY id LIMIT 500`,
} as const;

async function column(database: BenchDatabase, sql: string): Promise<string[]> {
  if (database.kind === 'sqlite') {
    // better-sqlite3 ships no types; the calls used here.
    const Sqlite = require('better-sqlite3') as new (
      file: string,
      options: { readonly: boolean },
    ) => {
      prepare(sql: string): { all(): Array<{ value: string }> };
      close(): void;
    };
    const db = new Sqlite(database.env.DATABASE_FILENAME, { readonly: true });
    try {
      return db
        .prepare(sql)
        .all()
        .map((row) => row.value);
    } finally {
      db.close();
    }
  }
  const client = new Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<{ value: string }>(sql)).rows.map((row) => row.value);
  } finally {
    await client.end();
  }
}

/** Arabic words of 5+ letters that recur in titles: searches that find something, as readers type them. */
function searchWords(titles: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const title of titles) {
    for (const word of title.split(/[^\u0621-\u064A]+/)) {
      if (word.length >= 5) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 30)
    .map(([word]) => word);
}

export async function pickTargets(database: BenchDatabase): Promise<Targets> {
  const targets: Targets = {
    articles: await column(database, SQL.articles),
    topics: await column(database, SQL.topics),
    authors: await column(database, SQL.authors),
    words: searchWords(await column(database, SQL.titles)),
  };
  for (const [name, values] of Object.entries(targets)) {
    if (values.length === 0) throw new Error(`no ${name} in the loaded database to read`);
  }
  return targets;
}

const q = encodeURIComponent;
/** The list fields a site shows, for the REST `fields` / populate `fields` parameters. */
const LIST_FIELDS = ['title', 'slug', 'publishedAt'];
const fields = (prefix: string): string => LIST_FIELDS.map((field, index) => `${prefix}[${index}]=${field}`).join('&');

/** Strapi's own REST routes, with populate as a site would write them. */
function plainPath(read: Read, value: string): string {
  switch (read) {
    case 'article':
      return `/api/articles?filters[slug][$eq]=${q(value)}&locale=${LOCALE}&populate[authors]=true&populate[topics]=true&populate[sources]=true`;
    case 'topicLatest':
      return `/api/articles?filters[topics][slug][$eq]=${q(value)}&locale=${LOCALE}&sort=publishedAt:desc&pagination[pageSize]=20&${fields('fields')}`;
    case 'topicPage':
      return (
        `/api/topics?filters[slug][$eq]=${q(value)}&locale=${LOCALE}&populate[parent]=true&populate[children]=true` +
        `&${fields('populate[articles][fields]')}&populate[articles][sort][0]=publishedAt:desc`
      );
    case 'authorPage':
      return `/api/authors?filters[slug][$eq]=${q(value)}&locale=${LOCALE}&${fields('populate[articles][fields]')}&populate[articles][sort][0]=publishedAt:desc`;
    case 'search':
      return `/api/articles?locale=${LOCALE}&search=${q(value)}&sort=publishedAt:desc&pagination[pageSize]=20&${fields('fields')}`;
  }
}

/** The newsroom plugin's site reads (site/routes.ts). */
function oursPath(read: Read, value: string): string {
  const site = `/api/newsroom/site/${LOCALE}`;
  switch (read) {
    case 'article':
      return `${site}/articles/${q(value)}`;
    case 'topicLatest':
      return `${site}/topics/${q(value)}/articles`;
    case 'topicPage':
      return `${site}/topics/${q(value)}`;
    case 'authorPage':
      return `${site}/authors/${q(value)}`;
    case 'search':
      return `${site}/search?q=${q(value)}`;
  }
}

const valuesOf = (read: Read, targets: Targets): string[] =>
  read === 'article'
    ? targets.articles
    : read === 'topicLatest' || read === 'topicPage'
      ? targets.topics
      : read === 'authorPage'
        ? targets.authors
        : targets.words;

export function pathsFor(read: Read, api: 'plain' | 'ours', targets: Targets): string[] {
  return valuesOf(read, targets).map((value) => (api === 'plain' ? plainPath(read, value) : oursPath(read, value)));
}
