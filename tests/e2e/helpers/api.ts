import fs from 'fs';
import path from 'path';
import { parseWireCopy } from '../../../src/plugins/newsroom/server/src/domain/wire/parse-wire';
import { DEMO_ARTICLE } from '../../../src/plugins/newsroom/server/src/setup/seed/demo-article';
import type { E2eEnv } from './env';
import { ARTICLE_UID } from '../../../src/plugins/newsroom/core/model';

/** The admin API of the running server, signed in as the suite's admin (the same routes the admin UI calls). */

export const ARTICLE = ARTICLE_UID;
const WIRE_SAMPLE = path.join(__dirname, '..', '..', 'fixtures', 'wire', 'iraq-nato-manama-dialogue.txt');

export type Locale = 'ar' | 'en';
export type Status = 'draft' | 'published';

export interface ArticleRef {
  documentId: string;
  locale: Locale;
  title: string;
}

interface ArticleRow {
  documentId: string;
  locale: string;
  title: string;
}

export interface AdminApi {
  /** The seeded wire sample (tests/fixtures/wire/iraq-nato-manama-dialogue.txt): an Arabic draft. */
  wireSample(): Promise<ArticleRef>;
  /** The seeded bilingual story, in one of its locales. */
  demoStory(locale: Locale): Promise<ArticleRef>;
  createArticle(
    locale: Locale,
    data: { title: string; paragraphs: readonly string[]; standfirst?: string },
  ): Promise<ArticleRef>;
  /** Saves the article locale's draft as the Content Manager does (PUT), with these fields changed. */
  updateArticle(
    article: ArticleRef,
    data: { title?: string; standfirst?: string; paragraphs?: readonly string[]; seo?: Record<string, unknown> },
  ): Promise<void>;
  /** The article locale's draft, as the Content Manager reads it. */
  readDraft(article: ArticleRef): Promise<{ title: string; standfirst: string | null }>;
  /** An absolute, signed preview URL (POST /newsroom/preview/links). */
  previewUrl(article: ArticleRef, status?: Status): Promise<string>;
  /** Takes workflow transitions in order, as the super admin (an Editor for the workflow). */
  moveThrough(article: ArticleRef, transitions: readonly string[]): Promise<void>;
}

/** A JSON request to the test server (admin or content API), as `token` when given; throws on a non-2xx answer. */
export async function requestJson<T>(
  env: E2eEnv,
  method: string,
  route: string,
  token: string | null,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${env.baseUrl}${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

export async function adminApi(env: E2eEnv): Promise<AdminApi> {
  const call = <T>(method: 'GET' | 'POST' | 'PUT', route: string, body?: unknown, token?: string): Promise<T> =>
    requestJson<T>(env, method, route, token ?? null, body);

  const login = await call<{ data: { token: string } }>('POST', '/admin/login', {
    email: env.email,
    password: env.password,
  });
  const token = login.data.token;
  const articles = `/content-manager/collection-types/${ARTICLE}`;

  /**
   * The seeded article with this field value: the first created (the import page's test imports the wire
   * sample again, and the suite's files run in any order).
   */
  const findOne = async (locale: Locale, field: 'title' | 'slug', value: string): Promise<ArticleRef> => {
    const query = new URLSearchParams({
      locale,
      [`filters[${field}][$eq]`]: value,
      sort: 'createdAt:ASC',
      pageSize: '1',
    });
    const { results } = await call<{ results: ArticleRow[] }>(
      'GET',
      `${articles}?${query.toString()}`,
      undefined,
      token,
    );
    if (results.length === 0)
      throw new Error(`no ${locale} article with ${field} "${value}": is the demo content seeded?`);
    const [row] = results;
    return { documentId: row.documentId, locale, title: row.title };
  };

  return {
    wireSample: () => findOne('ar', 'title', parseWireCopy(fs.readFileSync(WIRE_SAMPLE, 'utf8')).title),
    demoStory: (locale) =>
      findOne(locale, locale === 'en' ? 'slug' : 'title', locale === 'en' ? DEMO_ARTICLE.key : DEMO_ARTICLE.ar.title),

    async createArticle(locale, { title, paragraphs, standfirst }) {
      const body = paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
      const fields = { title, body, ...(standfirst === undefined ? {} : { standfirst }) };
      const { data } = await call<{ data: ArticleRow }>('POST', `${articles}?locale=${locale}`, fields, token);
      return { documentId: data.documentId, locale, title: data.title };
    },

    async updateArticle(article, { title, standfirst, paragraphs, seo }) {
      const body = paragraphs?.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
      await call(
        'PUT',
        `${articles}/${article.documentId}?locale=${article.locale}`,
        {
          ...(title === undefined ? {} : { title }),
          ...(standfirst === undefined ? {} : { standfirst }),
          ...(body ? { body } : {}),
          ...(seo ? { seo } : {}),
        },
        token,
      );
    },

    async readDraft(article) {
      const { data } = await call<{ data: { title: string; standfirst: string | null } }>(
        'GET',
        `${articles}/${article.documentId}?locale=${article.locale}&status=draft`,
        undefined,
        token,
      );
      return { title: data.title, standfirst: data.standfirst };
    },

    async previewUrl(article, status = 'draft') {
      const { data } = await call<{ data: { url: string } }>(
        'POST',
        '/newsroom/preview/links',
        { documentId: article.documentId, locale: article.locale, status },
        token,
      );
      return new URL(data.url, `${env.baseUrl}/`).toString();
    },

    async moveThrough(article, transitions) {
      for (const transition of transitions)
        await call(
          'POST',
          `/newsroom/workflow/articles/${article.documentId}/transitions`,
          { transition, locale: article.locale },
          token,
        );
    },
  };
}
