import type { Core } from '@strapi/strapi';
import { cannotOnDocument, documentDecision, permissionChecker } from '../content/content-manager-access';
import { getService } from '../get-service';
import { bodyOf, parse } from '../http/requests';
import { forbidden, notFound, NO_SUCH_ARTICLE, refusal } from '../http/refusal';
import { ARTICLE_UID } from '../../../core/model';
import {
  calendarQuerySchema,
  calendarRangeProblem,
  CALENDAR_MAX_RANGE_DAYS,
  planMoveRequestSchema,
  type CalendarFeedResponse,
  type CalendarResponse,
  type PlanMoveResponse,
} from '../../../shared/contracts/calendar';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

const MAY_NOT_PLAN = { en: 'You may not change the plan of this article', ar: 'لا يحق لك تغيير موعد هذا الخبر المخطط' };
const BAD_FEED = {
  en: 'This calendar address is not valid (any more)',
  ar: 'عنوان التقويم هذا غير صالح (أو لم يعد صالحا)',
};

const userOf = (ctx: KoaContext) => ctx.state.user as { id: number | string; roles?: Array<{ code?: string }> };

/** The planning calendar's routes (calendar/routes.ts): HTTP in and out only; calendar/service.ts does the work. */
const calendarController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /newsroom/calendar?from&to&section&topic&assignee&stage&locale */
  async entries(ctx: KoaContext) {
    const query = parse(calendarQuerySchema, ctx.query);
    const problem = calendarRangeProblem(query.from, query.to);
    if (problem)
      throw refusal({
        status: 400,
        code: 'INVALID_REQUEST',
        message: problem.message,
        details: { field: problem.field, limit: CALENDAR_MAX_RANGE_DAYS },
      });
    const checker = permissionChecker(ctx, strapi, ARTICLE_UID);
    const roles = (userOf(ctx).roles ?? []).map((role) => role.code ?? '').filter(Boolean);
    const body: CalendarResponse = {
      data: await getService(strapi, 'calendar').entries(query, {
        roles,
        mayRead: documentDecision(checker, 'read'),
        mayUpdate: documentDecision(checker, 'update'),
      }),
    };
    ctx.body = body;
  },

  /** POST /newsroom/calendar/plan/:documentId { locale, plannedAt } — whoever may update the story. */
  async movePlan(ctx: KoaContext) {
    const { locale, plannedAt } = parse(planMoveRequestSchema, bodyOf(ctx));
    const documentId = String(ctx.params.documentId);
    const draft = await strapi.db.query(ARTICLE_UID).findOne({
      select: ['id'],
      where: { documentId, locale, publishedAt: null },
    });
    if (!draft) throw notFound(NO_SUCH_ARTICLE);
    if (await cannotOnDocument(strapi, ctx, ARTICLE_UID, 'update', { documentId, locale }))
      throw forbidden(MAY_NOT_PLAN);
    const moved = await getService(strapi, 'calendar').movePlan(
      documentId,
      locale,
      plannedAt === null ? null : new Date(plannedAt).toISOString(),
    );
    const body: PlanMoveResponse = { data: moved };
    ctx.body = body;
  },

  /** GET /newsroom/calendar/feed — the signed-in user's feed address. */
  async feedAddress(ctx: KoaContext) {
    const path = await getService(strapi, 'calendarFeed').pathFor(String(userOf(ctx).id));
    const body: CalendarFeedResponse = { data: { url: `${ctx.request.origin}${path}` } };
    ctx.body = body;
  },

  /** POST /newsroom/calendar/feed/rotate — a new address; the old one stops working. */
  async rotateFeed(ctx: KoaContext) {
    const path = await getService(strapi, 'calendarFeed').rotate(String(userOf(ctx).id));
    const body: CalendarFeedResponse = { data: { url: `${ctx.request.origin}${path}` } };
    ctx.body = body;
  },

  /** GET /api/newsroom/calendar/feed/:userId?token=… — no session: the token is the credential. */
  async feed(ctx: KoaContext) {
    const userId = String(ctx.params.userId);
    const feed = getService(strapi, 'calendarFeed');
    if (!(await feed.verify(userId, ctx.query.token)))
      throw refusal({ status: 403, code: 'FORBIDDEN', message: BAD_FEED });
    ctx.set('Content-Type', 'text/calendar; charset=utf-8');
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = await feed.ics(userId);
  },
});

export default calendarController;
