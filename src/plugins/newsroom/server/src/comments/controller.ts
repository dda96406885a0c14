import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  changeCommentSchema,
  commentsQuerySchema,
  createCommentSchema,
  mentionableQuerySchema,
  type CommentsResponse,
  type CommentWriteResponse,
  type MentionableResponse,
} from '../../../shared/contracts/comments';
import { ARTICLE_UID } from '../../../core/model';
import { cannotOnDocument } from '../content/content-manager-access';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { adminActor } from '../http/request-actor';
import { forbidden, MAY_NOT_READ_ARTICLE, notFound } from '../http/refusal';
import { bodyOf, parse, type KoaContext } from '../http/requests';
import type { ArticleLocale } from './service';

/** HTTP in and out of the comments service: the article locale, the signed-in admin user, the bodies. */
const documentParams = z.object({ documentId: z.string().min(1).max(64) });
const commentParams = documentParams.extend({ commentId: z.coerce.number().int().positive() });

const commentsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'comments');

  /**
   * The caller, if they may read the article locale: 404 for a locale with no draft, 403 when the Content Manager
   * would not let them read it (the check the history and presence routes make; `comments.readGuard` off skips
   * it, only to show the probe in tests).
   */
  const requireReader = async (ctx: KoaContext, locale: string): Promise<{ ref: ArticleLocale; actorId: string }> => {
    const { documentId } = parse(documentParams, ctx.params);
    const actor = adminActor(strapi);
    if (!actor) throw forbidden({ en: 'Sign in to comment', ar: 'سجّل الدخول للتعليق' });
    if (!(await getService(strapi, 'history').hasDraft(documentId, locale)))
      throw notFound({
        en: `No article ${documentId} in ${locale}`,
        ar: `لا يوجد مقال ${documentId} باللغة ${locale}`,
      });
    if (
      pluginConfig(strapi, 'comments').readGuard &&
      (await cannotOnDocument(strapi, ctx, ARTICLE_UID, 'read', { documentId, locale }))
    )
      throw forbidden(MAY_NOT_READ_ARTICLE);
    return { ref: { documentId, locale }, actorId: actor.id };
  };

  const answerWrite = (ctx: KoaContext, data: CommentWriteResponse['data']) => {
    const body: CommentWriteResponse = { data };
    ctx.body = body;
  };

  return {
    async list(ctx: KoaContext) {
      const { locale } = parse(commentsQuerySchema, ctx.query);
      const { ref, actorId } = await requireReader(ctx, locale);
      const body: CommentsResponse = { data: await service().list(ref, actorId) };
      ctx.body = body;
    },

    async mentionable(ctx: KoaContext) {
      const { locale, q } = parse(mentionableQuerySchema, ctx.query);
      const { ref } = await requireReader(ctx, locale);
      const body: MentionableResponse = { data: await service().mentionable(ref, q) };
      ctx.body = body;
    },

    async create(ctx: KoaContext) {
      const request = parse(createCommentSchema, bodyOf(ctx) ?? {});
      const { ref, actorId } = await requireReader(ctx, request.locale);
      answerWrite(ctx, await service().create(ref, actorId, request));
      ctx.status = 201;
    },

    async change(ctx: KoaContext) {
      const request = parse(changeCommentSchema, bodyOf(ctx) ?? {});
      const { commentId } = parse(commentParams, ctx.params);
      const { ref, actorId } = await requireReader(ctx, request.locale);
      answerWrite(ctx, await service().change(ref, actorId, commentId, request));
    },

    async remove(ctx: KoaContext) {
      const { locale } = parse(commentsQuerySchema, ctx.query);
      const { commentId } = parse(commentParams, ctx.params);
      const { ref, actorId } = await requireReader(ctx, locale);
      answerWrite(ctx, await service().remove(ref, actorId, commentId));
    },
  };
};

export default commentsController;
