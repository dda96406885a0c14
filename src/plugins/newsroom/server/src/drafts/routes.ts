import { draftAccessResponseSchema } from '../../../shared/contracts/drafts';

/**
 * `GET /api/newsroom/drafts/access`: whether the caller may read drafts (draft mode). Its action,
 * `plugin::newsroom.drafts.read`, is the permission draft mode checks (http/draft-access.ts).
 */
export const contentApiRoutes = [
  { method: 'GET', path: '/drafts/access', handler: 'drafts.read', response: draftAccessResponseSchema },
];
