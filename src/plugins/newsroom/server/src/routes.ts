import * as access from './access/routes';
import * as calendar from './calendar/routes';
import * as comments from './comments/routes';
import * as copydesk from './copydesk/routes';
import * as direction from './direction/routes';
import * as drafts from './drafts/routes';
import * as history from './history/routes';
import * as home from './home/routes';
import * as notifications from './notifications/routes';
import * as outputs from './outputs/routes';
import * as presence from './presence/routes';
import * as preview from './preview/routes';
import * as site from './site/routes';
import * as slugs from './slugs/routes';
import * as tagging from './tagging/routes';
import * as wire from './wire/routes';
import * as workflow from './workflow/routes';

/** Strapi's two routers, assembled from the feature folders (each feature's routes.ts says who may call what). */
export default {
  // Under /newsroom, for signed-in admin users (http/admin-route-policies.ts).
  admin: {
    type: 'admin' as const,
    routes: [
      ...access.adminRoutes,
      ...tagging.adminRoutes,
      ...workflow.adminRoutes,
      ...copydesk.adminRoutes,
      ...direction.adminRoutes,
      ...preview.adminRoutes,
      ...wire.adminRoutes,
      ...history.adminRoutes,
      ...presence.adminRoutes,
      ...home.adminRoutes,
      ...calendar.adminRoutes,
      ...notifications.adminRoutes,
      ...comments.adminRoutes,
    ],
  },
  /**
   * Under /api/newsroom. Each is a users-permissions action: the Public role gets the slug resolver
   * (`slugResolver.findOne`), the site reads and the sitemaps and feeds (set in setup/access.ts) and never `tagging.suggest`, which is
   * granted per role or API token, nor the workflow routes, which the newsroom-author and newsroom-editor roles
   * get, nor `drafts.read` (draft mode), which the guards never honour for Public anyway.
   */
  'content-api': {
    type: 'content-api' as const,
    routes: [
      ...site.contentApiRoutes,
      ...outputs.contentApiRoutes,
      ...slugs.contentApiRoutes,
      ...tagging.contentApiRoutes,
      ...workflow.contentApiRoutes,
      ...preview.contentApiRoutes,
      ...drafts.contentApiRoutes,
      ...calendar.contentApiRoutes,
    ],
  },
};
