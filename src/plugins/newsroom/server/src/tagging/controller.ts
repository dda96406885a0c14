import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  suggestRequestSchema,
  type FeedbackResponse,
  type RetrainResponse,
  type SuggestResponse,
} from '../../../shared/contracts/tagging';
import { cannotOnDocument, requireArticleRead } from '../content/content-manager-access';
import { getService } from '../get-service';
import { articleText } from './service';
import { ARTICLE_UID, DEFAULT_LOCALE } from '../../../core/model';
import { bodyOf, checkTextSize, localeCode, parse, type KoaContext } from '../http/requests';
import { forbidden, notFound, NO_SUCH_ARTICLE } from '../http/refusal';

const locale = localeCode.default(DEFAULT_LOCALE);
const feedbackRequest = z.object({
  locale,
  topicId: z.string().min(1).max(64),
  decision: z.enum(['accepted', 'rejected']),
});

const taggingController = ({ strapi }: { strapi: Core.Strapi }) => {
  const tagging = () => getService(strapi, 'tagging');

  return {
    /** POST a text, get ranked topic suggestions with their evidence (admin and content API). */
    async suggest(ctx: KoaContext) {
      const payload = bodyOf(ctx);
      checkTextSize(strapi, payload);
      const input = parse(suggestRequestSchema, payload);
      const body: SuggestResponse = { data: await tagging().suggest(articleText(input), input.locale) };
      ctx.body = body;
    },

    /** Suggestions for a stored article's draft, for the edit view's side panel. */
    async suggestForArticle(ctx: KoaContext) {
      const localeCode = parse(locale, ctx.query.locale);
      const documentId = String(ctx.params.documentId);
      await requireArticleRead(strapi, ctx, { documentId, locale: localeCode });
      const suggestions = await tagging().suggestForArticle(documentId, localeCode);
      if (!suggestions) throw notFound(NO_SUCH_ARTICLE);
      const body: SuggestResponse = { data: suggestions };
      ctx.body = body;
    },

    async feedback(ctx: KoaContext) {
      const input = parse(feedbackRequest, bodyOf(ctx));
      const documentId = String(ctx.params.documentId);
      // Both decisions change the article's tagging (accept tags it, reject hides the topic and trains the shared
      // model), so both need update permission on this article: an Author decides only on their own.
      if (await cannotOnDocument(strapi, ctx, ARTICLE_UID, 'update', { documentId, locale: input.locale })) {
        throw forbidden({ en: 'You may not change this article', ar: 'لا يحق لك تعديل هذا المقال' });
      }
      const user = ctx.state.user as { id?: number } | undefined;
      const result = await tagging().recordFeedback(documentId, input.locale, input.topicId, input.decision, user?.id);
      if (!result) {
        throw notFound({
          en: 'No such article or topic in that locale',
          ar: 'لا يوجد مقال أو موضوع كهذا بهذه اللغة',
        });
      }
      const body: FeedbackResponse = {
        data: { topicId: input.topicId, decision: input.decision, modelVersion: result.modelVersion },
      };
      ctx.body = body;
    },

    async retrain(ctx: KoaContext) {
      const started = Date.now();
      const result = await tagging().retrain();
      const body: RetrainResponse = { data: { ...result, seconds: (Date.now() - started) / 1000 } };
      ctx.body = body;
    },
  };
};

export default taggingController;
