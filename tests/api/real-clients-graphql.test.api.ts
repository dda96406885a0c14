import { ClientError, GraphQLClient, gql } from 'graphql-request';
import { startListeningNewsroom, TEXT, type ListeningNewsroom } from '../helpers/real-clients';

/**
 * Issue #16 item 6: the GraphQL API read with a GraphQL client, `graphql-request`, as a site does: lists by
 * locale, an article by slug, nested authors and topics (and a topic's parent), one document with its other
 * language, the connection's page info, and draft mode: refused to Public and a read-only token in GraphQL's
 * error shape, answered privately to the preview token.
 */
let site: ListeningNewsroom;
beforeAll(async () => {
  site = await startListeningNewsroom();
});
afterAll(async () => site?.close());

const graphql = (token?: string) =>
  new GraphQLClient(`${site.origin}/graphql`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});

interface Linked {
  name: string;
  slug: string;
  dir: string;
  parent?: { name: string; dir: string } | null;
}
interface GraphArticle {
  documentId: string;
  title: string;
  slug: string;
  locale: string;
  dir: string;
  standfirst?: string | null;
  authors: Linked[];
  topics: Linked[];
  sources?: Linked[];
  localizations?: Array<{ title: string; locale: string; dir: string }>;
}

const LATEST = gql`
  query Latest($locale: I18NLocaleCode!) {
    articles(locale: $locale, sort: ["publishedAt:desc"], pagination: { pageSize: 10 }) {
      documentId
      title
      slug
      locale
      dir
      standfirst
      authors {
        name
        slug
        dir
      }
      topics {
        name
        slug
        dir
        parent {
          name
          dir
        }
      }
    }
  }
`;

describe('published content', () => {
  it('lists the Arabic stories newest first with nested authors, topics and sections, no draft', async () => {
    const { articles } = await graphql().request<{ articles: GraphArticle[] }>(LATEST, { locale: 'ar' });
    expect(articles.map((article) => [article.title, article.dir])).toEqual([
      [TEXT.oilAr, 'rtl'],
      [TEXT.securityAr, 'rtl'],
    ]);
    const security = articles[1];
    expect(security.standfirst).toBe(TEXT.securityStandfirstAr);
    expect(security.authors.map((author) => [author.name, author.dir])).toEqual([
      [TEXT.laylaAr, 'rtl'],
      [TEXT.omarAr, 'rtl'],
    ]);
    expect(security.topics.map((topic) => [topic.name, topic.parent?.name ?? null])).toEqual([
      [TEXT.securityTopicAr, TEXT.sectionAr],
      [TEXT.sectionAr, null],
    ]);
    expect(security.topics[0].parent?.dir).toBe('rtl');
    expect(JSON.stringify(articles)).not.toContain(TEXT.draftAr);
    expect(JSON.stringify(articles)).not.toContain(TEXT.editedStandfirstAr);
  });

  it('lists the English stories for locale en, left to right, with the English names', async () => {
    const { articles } = await graphql(site.tokens.readOnly).request<{ articles: GraphArticle[] }>(LATEST, {
      locale: 'en',
    });
    expect(articles.map((article) => [article.title, article.locale, article.dir])).toEqual([
      [TEXT.securityEn, 'en', 'ltr'],
    ]);
    expect(articles[0].authors.map((author) => author.name)).toEqual([TEXT.laylaEn, TEXT.omarEn]);
    expect(articles[0].topics.map((topic) => topic.name)).toEqual([TEXT.securityTopicEn, TEXT.sectionEn]);
  });

  it('finds an article by its Arabic slug through a filter, with its sources', async () => {
    const { security, agency } = site.newsroom;
    const query = gql`
      query BySlug($slug: String!) {
        articles(locale: "ar", filters: { slug: { eq: $slug } }) {
          documentId
          title
          sources {
            name
            slug
          }
        }
      }
    `;
    for (const token of [undefined, site.tokens.readOnly]) {
      const { articles } = await graphql(token).request<{ articles: GraphArticle[] }>(query, { slug: security.slug });
      expect(articles).toEqual([
        {
          documentId: security.documentId,
          title: TEXT.securityAr,
          sources: [{ name: TEXT.agencyAr, slug: agency.slug }],
        },
      ]);
    }
  });

  it('reads one document by documentId in English with its Arabic localization, and a page count', async () => {
    const { security } = site.newsroom;
    const query = gql`
      query One($documentId: ID!) {
        article(documentId: $documentId, locale: "en") {
          title
          dir
          localizations {
            title
            locale
            dir
          }
        }
        articles_connection(locale: "ar", sort: ["publishedAt:desc"], pagination: { pageSize: 1 }) {
          nodes {
            title
          }
          pageInfo {
            total
            pageCount
          }
        }
      }
    `;
    const answer = await graphql().request<{
      article: GraphArticle;
      articles_connection: { nodes: Array<{ title: string }>; pageInfo: { total: number; pageCount: number } };
    }>(query, { documentId: security.documentId });
    expect(answer.article).toEqual({
      title: TEXT.securityEn,
      dir: 'ltr',
      localizations: [{ title: TEXT.securityAr, locale: 'ar', dir: 'rtl' }],
    });
    expect(answer.articles_connection).toEqual({
      nodes: [{ title: TEXT.oilAr }],
      pageInfo: { total: 2, pageCount: 2 },
    });
  });
});

describe('draft mode', () => {
  const DRAFTS = gql`
    query Drafts($status: PublicationStatus) {
      articles(status: $status, locale: "ar", sort: ["title:asc"]) {
        title
        standfirst
        authors {
          name
        }
      }
    }
  `;
  const INLINE_DRAFT = gql`
    {
      articles(status: DRAFT, locale: "ar") {
        title
      }
    }
  `;

  it.each([
    ['Public', undefined],
    ['a read-only token', 'readOnly'],
  ] as const)('refuses status DRAFT to %s, inline or through a variable, in GraphQL error shape', async (_, key) => {
    const client = graphql(key ? site.tokens[key] : undefined);
    // One request at a time: a second promise made up front can reject while the first is awaited, and an
    // unhandled rejection fails the test even though the loop would have caught it.
    for (const attempt of [() => client.request(INLINE_DRAFT), () => client.request(DRAFTS, { status: 'DRAFT' })]) {
      const error = await attempt().then(
        () => null,
        (refused: unknown) => refused,
      );
      expect(error).toBeInstanceOf(ClientError);
      const { response } = error as ClientError;
      expect(response.status).toBe(400);
      expect(response.errors?.[0]).toMatchObject({
        message: expect.stringContaining('status'),
        extensions: { code: 'BAD_USER_INPUT', field: 'status' },
      });
      expect(JSON.stringify(response)).not.toContain(TEXT.draftAr);
    }
  });

  it('gives the preview token the drafts with their authors, with Cache-Control private, no-store', async () => {
    const answer = await graphql(site.tokens.preview).rawRequest<{
      articles: Array<{ title: string; standfirst: string | null; authors: Array<{ name: string }> }>;
    }>(DRAFTS, { status: 'DRAFT' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    const byTitle = new Map(answer.data.articles.map((article) => [article.title, article]));
    expect(byTitle.get(TEXT.draftAr)?.authors.map((author) => author.name)).toEqual([TEXT.laylaAr]);
    expect(byTitle.get(TEXT.securityAr)?.standfirst).toBe(TEXT.editedStandfirstAr);

    // Without a status the same token reads what is published.
    const published = await graphql(site.tokens.preview).request<{ articles: Array<{ title: string }> }>(DRAFTS, {});
    expect(published.articles.map((article) => article.title)).not.toContain(TEXT.draftAr);
  });

  it('gives a full-access token one draft by documentId', async () => {
    const { draft } = site.newsroom;
    const query = gql`
      query Draft($documentId: ID!) {
        article(documentId: $documentId, locale: "ar", status: DRAFT) {
          title
          dir
        }
      }
    `;
    const answer = await graphql(site.tokens.fullAccess).request<{ article: { title: string; dir: string } }>(query, {
      documentId: draft.documentId,
    });
    expect(answer.article).toEqual({ title: TEXT.draftAr, dir: 'rtl' });
  });
});
