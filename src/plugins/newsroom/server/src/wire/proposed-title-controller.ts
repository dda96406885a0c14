import type { Core } from '@strapi/strapi';
import type { ProposedTitleResponse } from '../../../shared/contracts/wire-import';
import { permissionChecker } from '../content/content-manager-access';
import { NO_SUCH_ARTICLE, notFound } from '../http/refusal';
import { localeCode, parse, type KoaContext } from '../http/requests';
import { ARTICLE_UID, DEFAULT_LOCALE } from '../../../core/model';
import { createStoryRecords } from './story-records';

/**
 * GET /newsroom/wire/proposed-title/:documentId: the headline the importer proposed for an article locale, while
 * the stored title is still that proposal (the edit view marks it until someone edits it). No new article field:
 * the proposal is on the importer's own record of the story (newsroom_wire_stories).
 */
const wireProposedTitleController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: KoaContext) {
    const documentId = String(ctx.params.documentId);
    const locale = parse(localeCode.default(DEFAULT_LOCALE), ctx.query.locale);
    const draft = (await strapi.db
      .query(ARTICLE_UID)
      .findOne({ where: { documentId, locale, publishedAt: null }, populate: ['createdBy'] })) as {
      title?: string | null;
    } | null;
    // An article the user may not read is answered like a missing one (nothing about it is told).
    if (draft === null || permissionChecker(ctx, strapi, ARTICLE_UID).cannot.read(draft))
      throw notFound(NO_SUCH_ARTICLE);
    const proposed = await createStoryRecords(strapi).proposedTitleOf(documentId, locale);
    const body: ProposedTitleResponse = {
      data: { proposedTitle: proposed !== undefined && proposed === draft.title ? proposed : null },
    };
    ctx.body = body;
  },
});

export default wireProposedTitleController;
