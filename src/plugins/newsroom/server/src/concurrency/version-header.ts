import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../core/model';
import { DRAFT_VERSION_HEADER } from '../../../shared/contracts/concurrency';
import { versionTag } from '../domain/concurrency/base-version';
import { getService } from '../get-service';
import { readDraftSnapshot } from '../history/snapshot-reader';
import { savedVersionOf } from './request-versions';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

/** The Content Manager's one-article routes: read and save (`PUT`), and publish, which saves the form first. */
const CONTENT_MANAGER_ARTICLE = new RegExp(
  `^/content-manager/collection-types/${ARTICLE_UID.replace(/\./g, '\\.')}/([^/]+)(/actions/publish)?$`,
);
const REST_ARTICLE = /^\/articles\/([^/]+)$/;

interface ArticleRoute {
  documentId: string;
  /** A read of the draft (a published read says nothing about the draft a save would replace). */
  readsDraft: boolean;
}

const articleRouteOf = (strapi: Core.Strapi, ctx: KoaContext): ArticleRoute | null => {
  const status = typeof ctx.query.status === 'string' ? ctx.query.status : undefined;
  const cm = CONTENT_MANAGER_ARTICLE.exec(ctx.path);
  if (cm?.[1] && cm[1] !== 'actions')
    return { documentId: cm[1], readsDraft: ctx.method === 'GET' && !cm[2] && status !== 'published' };
  const prefix = strapi.config.get('api.rest.prefix', '/api') as string;
  const rest = ctx.path.startsWith(`${prefix}/`) ? REST_ARTICLE.exec(ctx.path.slice(prefix.length)) : null;
  // A REST read answers with drafts only when asked (`status=draft`), and only to callers granted draft reads.
  if (rest?.[1]) return { documentId: rest[1], readsDraft: ctx.method === 'GET' && status === 'draft' };
  return null;
};

/**
 * `x-newsroom-version: "<hash>"` on the responses that show an article locale's draft: a draft read (the
 * Content Manager's edit view, a REST `status=draft` read) answers the version it showed, a save the version it
 * ended at. The client sends it back as `If-Match` with its next save (concurrency/stale-save-guard.ts). The
 * read's version is taken before the read: if a save lands in between, the client holds an older version than
 * it shows, and its next save is refused rather than let through.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<void>) => {
    const route =
      ctx.method === 'GET' || ctx.method === 'PUT' || ctx.method === 'POST' ? articleRouteOf(strapi, ctx) : null;
    if (!route) return next();
    const locale =
      typeof ctx.query.locale === 'string' ? ctx.query.locale : await getService(strapi, 'locales').defaultLocale();
    const shown = route.readsDraft ? await readDraftSnapshot(strapi, route.documentId, locale) : null;
    await next();
    if (ctx.status < 200 || ctx.status >= 300) return;
    const version = shown?.hash ?? savedVersionOf(ctx, route.documentId, locale);
    if (version) ctx.set(DRAFT_VERSION_HEADER, versionTag(version));
  };
