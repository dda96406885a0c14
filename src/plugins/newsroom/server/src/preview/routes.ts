import { READ, can } from '../http/admin-route-policies';
import { route } from '../http/route';

// Signed preview links, for users who may read that article (checked per document in the controller).
export const adminRoutes = [route('POST', '/preview/links', 'preview.link', can(READ))];

// Public by URL, readable only with a signed token (checked by the policy and the controller).
export const contentApiRoutes = [
  route('GET', '/preview/:documentId', 'preview.show', ['plugin::newsroom.preview-token'], { auth: false }),
  route('GET', '/preview-fonts/:file', 'preview.font', ['plugin::newsroom.published-only'], { auth: false }),
];
