import { z } from 'zod';
import { READ, can } from '../http/admin-route-policies';
import { route } from '../http/route';

// Signed preview links, for users who may read that article (checked per document in the controller).
export const adminRoutes = [route('POST', '/preview/links', 'preview.link', can(READ))];

/**
 * Public by URL, readable only with a signed token (checked by the policy and the controller). The page's query
 * (`locale`, `status`, `token`) is the signed link the admin makes, so the routes document their path only; their
 * answers are HTML and a font, which `npm run openapi` describes (scripts/openapi/finish.ts).
 */
export const contentApiRoutes = [
  route(
    'GET',
    '/preview/:documentId',
    'preview.show',
    ['plugin::newsroom.preview-token'],
    { auth: false },
    { request: { params: { documentId: z.string().min(1).max(64) } } },
  ),
  route(
    'GET',
    '/preview-fonts/:file',
    'preview.font',
    ['plugin::newsroom.published-only'],
    { auth: false },
    { request: { params: { file: z.string().regex(/^[\w.-]+\.woff2$/) } } },
  ),
];
