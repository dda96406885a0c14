import type { Core } from '@strapi/strapi';
import { permissionChecker } from '../content/content-manager-access';
import { editAccess } from '../domain/access/edit-access';
import { decideDraftEdit, editorKind } from '../domain/workflow';
import { getService } from '../get-service';
import { notFound } from '../http/refusal';
import { parse, type KoaContext } from '../http/requests';
import { ARTICLE_UID } from '../../../core/model';
import { editAccessQuery, type EditAccessQuery, type EditAccessResponse } from '../../../shared/contracts/edit-access';

const NO_DOCUMENT = { en: 'No such document in this locale', ar: 'لا توجد هذه الوثيقة بهذه اللغة' };

const accessController = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The workflow's refusal of an edit by this user in the article locale's stage (what the save would get). */
  const stageRefusal = async (ctx: KoaContext, documentId: string, locale: string) => {
    const workflow = getService(strapi, 'workflow');
    const user = ctx.state.user as { id: number | string; roles?: Array<{ code?: string }> };
    const roles = (user.roles ?? []).map((role) => role.code ?? '').filter(Boolean);
    const decision = decideDraftEdit(
      await workflow.stateOf(documentId, locale),
      { documentId, locale, actorId: String(user.id), kind: editorKind(roles, workflow.config()), draftHash: null },
      { lockAfterSubmit: workflow.config().lockAfterSubmit },
      workflow.config(),
      () => new Date(),
    );
    return decision.kind === 'refuse' ? decision.error : null;
  };

  return {
    /**
     * Whether the signed-in admin user may edit this document's locale now, and why not: the Content Manager's
     * own permission checker on the draft (conditions such as "is creator" included) and, for articles, the
     * workflow's stage rule. The edit view turns a "no" into a read-only form with the reason.
     */
    async editAccess(ctx: KoaContext) {
      const documentId = String(ctx.params.documentId);
      const { model, locale }: EditAccessQuery = parse(editAccessQuery, ctx.query);
      const checker = permissionChecker(ctx, strapi, model);
      const draft: unknown = await strapi.db
        .query(model)
        .findOne({ where: { documentId, locale, publishedAt: null }, populate: ['createdBy'] });
      // A document the user may not read is answered like a missing one (nothing about it is told).
      if (draft === null || checker.cannot.read(draft)) throw notFound(NO_DOCUMENT);
      const mayUpdateType = !checker.cannot.update();
      const mayUpdateDocument = mayUpdateType && !checker.cannot.update(draft);
      const body: EditAccessResponse = {
        data: editAccess({
          mayUpdateType,
          mayUpdateDocument,
          stageRefusal: model === ARTICLE_UID && mayUpdateDocument ? await stageRefusal(ctx, documentId, locale) : null,
        }),
      };
      ctx.body = body;
    },
  };
};

export default accessController;
