import { READ, can } from '../http/admin-route-policies';

// Signed preview links, for users who may read that article (checked per document in the controller).
export const adminRoutes = [
  { method: 'POST', path: '/preview/links', handler: 'preview.link', config: { policies: can(READ) } },
];

// Public by URL, readable only with a signed token (checked by the policy and the controller).
export const contentApiRoutes = [
  {
    method: 'GET',
    path: '/preview/:documentId',
    handler: 'preview.show',
    config: { auth: false, policies: ['plugin::newsroom.preview-token'] },
  },
  {
    method: 'GET',
    path: '/preview-fonts/:file',
    handler: 'preview.font',
    config: { auth: false, policies: ['plugin::newsroom.published-only'] },
  },
];
