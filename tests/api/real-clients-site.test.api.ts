import qs from 'qs';
import { strapi as strapiClient, HTTPBadRequestError, HTTPForbiddenError, type API } from '@strapi/client';
import { startListeningNewsroom, TEXT, type ListeningNewsroom } from '../helpers/real-clients';
import type {
  SiteArticleResponse,
  SiteListResponse,
  SiteTopicResponse,
} from '../../src/plugins/newsroom/shared/contracts/site';
import type { ResolveSlugResponse } from '../../src/plugins/newsroom/shared/contracts/slugs';

/**
 * Issue #16 item 6, continued: the site reads and the slug resolver read through `@strapi/client` with no
 * credential and with a read-only token, and draft mode (README, "Build a site") with the README's preview token
 * (a custom token granted `plugin::newsroom.drafts.read`) and a full-access token, refused to the others.
 */
let site: ListeningNewsroom;
beforeAll(async () => {
  site = await startListeningNewsroom();
});
afterAll(async () => site?.close());

const client = (token?: string) => strapiClient({ baseURL: `${site.origin}/api`, ...(token ? { auth: token } : {}) });
type Caller = 'Public' | 'read-only token';
const CALLERS: Caller[] = ['Public', 'read-only token'];
const tokenOf = (caller: Caller) => (caller === 'Public' ? undefined : site.tokens.readOnly);
/** A site read's path, its Arabic percent-encoded segment by segment. */
const sitePath = (path: string) => `/newsroom/site/${path.split('/').map(encodeURIComponent).join('/')}`;
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

describe.each(CALLERS)('site reads and the slug resolver as %s', (caller) => {
  const reader = () => client(tokenOf(caller));

  it("reads an article by slug with the client's collection on the site route", async () => {
    const { security, layla, omar, agency, securityTopic, section } = site.newsroom;
    const siteArticles = reader().collection('articles', { path: '/newsroom/site/ar/articles' });
    const { data } = (await siteArticles.findOne(security.slug)) as unknown as SiteArticleResponse;
    expect(data).toMatchObject({
      documentId: security.documentId,
      title: TEXT.securityAr,
      standfirst: TEXT.securityStandfirstAr,
      locale: 'ar',
      dir: 'rtl',
    });
    expect(data.authors.map((author) => [author.slug, author.name])).toEqual([
      [layla.slug, TEXT.laylaAr],
      [omar.slug, TEXT.omarAr],
    ]);
    expect(data.topics.map((topic) => topic.slug)).toEqual([securityTopic.slug, section.slug]);
    expect(data.sources.map((source) => source.slug)).toEqual([agency.slug]);

    const english = (await reader()
      .collection('articles', { path: '/newsroom/site/en/articles' })
      .findOne(site.newsroom.securityEn.slug)) as unknown as SiteArticleResponse;
    expect(english.data).toMatchObject({ title: TEXT.securityEn, locale: 'en', dir: 'ltr' });
  });

  it('reads a section page, its article list and the Arabic search, published stories only', async () => {
    const { section, securityTopic, energyTopic } = site.newsroom;
    const page = await json<SiteTopicResponse>(await reader().fetch(sitePath(`ar/topics/${section.slug}`)));
    expect(page.data).toMatchObject({ name: TEXT.sectionAr, kind: 'section', dir: 'rtl', parent: null });
    expect(page.data.children.map((child) => child.slug).sort()).toEqual([securityTopic.slug, energyTopic.slug].sort());
    expect(page.data.articles.map((article) => article.title)).toEqual([TEXT.oilAr, TEXT.securityAr]);

    const list = await json<SiteListResponse>(
      await reader().fetch(`${sitePath(`ar/topics/${securityTopic.slug}/articles`)}?page=1`),
    );
    expect(list.data.map((article) => article.title)).toEqual([TEXT.securityAr]);
    expect(list.meta.pagination).toEqual({ page: 1, pageSize: 20, hasMore: false });

    // «المنامه» with a final haa: the search folds it to the taa marbuta of «المنامة».
    const found = await json<SiteListResponse>(
      await reader().fetch(`${sitePath('ar/search')}?${new URLSearchParams({ q: 'المنامه' })}`),
    );
    expect(found.data.map((article) => article.title)).toEqual([TEXT.securityAr]);
  });

  it('resolves a current slug, and follows a former one (301) to the current one', async () => {
    const { oil } = site.newsroom;
    const resolve = (slug: string, init?: RequestInit) =>
      reader().fetch(`/newsroom/resolve/articles/${encodeURIComponent(slug)}?locale=ar`, init);
    const current = await json<ResolveSlugResponse>(await resolve(TEXT.oilRenamedSlug));
    expect(current.data).toMatchObject({ documentId: oil.documentId, slug: TEXT.oilRenamedSlug, canonical: true });

    // fetch follows the 301 (relative Location) to the canonical slug's answer, as a site's fetch would.
    const followed = await resolve(oil.formerSlug);
    expect(followed.redirected).toBe(true);
    expect(decodeURIComponent(new URL(followed.url).pathname)).toBe(
      `/api/newsroom/resolve/articles/${TEXT.oilRenamedSlug}`,
    );
    expect((await json<ResolveSlugResponse>(followed)).data).toMatchObject({
      canonical: true,
      slug: TEXT.oilRenamedSlug,
    });

    // The site read of the former slug redirects to the article, which a followed fetch then reads.
    const siteRead = await json<SiteArticleResponse>(await reader().fetch(sitePath(`ar/articles/${oil.formerSlug}`)));
    expect(siteRead.data).toMatchObject({ title: TEXT.oilAr, slug: TEXT.oilRenamedSlug });
  });
});

describe('draft mode (README, "Build a site")', () => {
  const articles = (token?: string) => client(token).collection('articles');
  /** The README's Next.js page query, in draft mode. */
  const pageQuery = (slug: string): API.BaseQueryParams => ({
    locale: 'ar',
    filters: { slug: { $eq: slug } },
    populate: ['authors'],
    status: 'draft',
  });

  it("gives the README's preview token (drafts.read) the draft, with its authors, privately", async () => {
    const { draft, security } = site.newsroom;
    const preview = articles(site.tokens.preview);
    const found = await preview.find(pageQuery(draft.slug));
    expect(found.data.map((article) => [article.title, article.dir])).toEqual([[TEXT.draftAr, 'rtl']]);
    expect((found.data[0].authors as Array<{ name: string }>).map((author) => author.name)).toEqual([TEXT.laylaAr]);

    // The published story's unpublished change is what draft mode shows; without status, the published text.
    const edited = await preview.findOne(security.documentId, { locale: 'ar', status: 'draft' });
    expect(edited.data.standfirst).toBe(TEXT.editedStandfirstAr);
    const live = await preview.findOne(security.documentId, { locale: 'ar' });
    expect(live.data.standfirst).toBe(TEXT.securityStandfirstAr);

    // The same request through the client's fetch, for its headers: never stored by a CDN or the newsroom cache.
    const raw = await client(site.tokens.preview).fetch(`/articles?${qs.stringify(pageQuery(draft.slug))}`);
    expect(raw.headers.get('cache-control')).toBe('private, no-store');
    expect(JSON.stringify(await raw.json())).toContain(TEXT.draftAr);
    const access = await json<{ data: { drafts: boolean } }>(
      await client(site.tokens.preview).fetch('/newsroom/drafts/access'),
    );
    expect(access.data.drafts).toBe(true);
  });

  it('leaves out a relation the token may not find: populate needs find on the populated type', async () => {
    const found = await articles(site.tokens.previewArticlesOnly).find(pageQuery(site.newsroom.draft.slug));
    expect(found.data.map((article) => article.title)).toEqual([TEXT.draftAr]);
    expect(found.data[0]).not.toHaveProperty('authors');
  });

  it('gives a full-access token the draft by documentId', async () => {
    const { draft } = site.newsroom;
    const found = await articles(site.tokens.fullAccess).findOne(draft.documentId, { locale: 'ar', status: 'draft' });
    expect(found.data).toMatchObject({ title: TEXT.draftAr, dir: 'rtl' });
  });

  it.each(CALLERS)('refuses draft mode to %s with a 400 naming status, and no draft text', async (caller) => {
    const { draft } = site.newsroom;
    const attempts = [
      articles(tokenOf(caller)).find(pageQuery(draft.slug)),
      articles(tokenOf(caller)).findOne(draft.documentId, { locale: 'ar', status: 'draft' }),
    ];
    for (const attempt of attempts) {
      const error = await attempt.then(
        () => null,
        (refused: unknown) => refused,
      );
      expect(error).toBeInstanceOf(HTTPBadRequestError);
      const body = await (error as HTTPBadRequestError).response.text();
      expect(JSON.parse(body).error).toMatchObject({ status: 400, message: expect.stringContaining('status') });
      expect(body).not.toContain(TEXT.draftAr);
    }
    // The drafts-access route is the drafts.read action itself: a credential without it is forbidden.
    const access = await client(tokenOf(caller))
      .fetch('/newsroom/drafts/access')
      .then(
        () => null,
        (refused: unknown) => refused,
      );
    expect(access).toBeInstanceOf(HTTPForbiddenError);
  });

  it('answers Public reads publicly, so a CDN may keep them', async () => {
    const response = await client().fetch(`/articles?${qs.stringify({ locale: 'ar', fields: ['title'] })}`);
    expect(response.headers.get('cache-control')).toMatch(/^public, /);
    expect(JSON.stringify(await response.json())).not.toContain(TEXT.draftAr);
  });
});
