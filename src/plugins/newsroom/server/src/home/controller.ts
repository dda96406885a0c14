import type { Core } from '@strapi/strapi';
import { documentDecision, permissionChecker } from '../content/content-manager-access';
import { getService } from '../get-service';
import { ARTICLE_UID } from '../../../core/model';
import type { HomeDeskResponse } from '../../../shared/contracts/home';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

const homeController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The signed-in user's newsroom blocks; each line a story they may read (the checker honours "is creator"). */
  async desk(ctx: KoaContext) {
    const user = ctx.state.user as { id: number | string; email?: string | null };
    const checker = permissionChecker(ctx, strapi, ARTICLE_UID);
    const body: HomeDeskResponse = {
      data: await getService(strapi, 'home').desk(
        { id: String(user.id), email: user.email },
        documentDecision(checker, 'read'),
      ),
    };
    ctx.body = body;
  },
});

export default homeController;
