import type { Core } from '@strapi/strapi';

/** A route policy: by name, or by name with its configuration (http/admin-route-policies.ts `can`). */
export type RoutePolicy = string | { name: string; config: Record<string, unknown> };

/**
 * What a content-API route documents (zod schemas): its path and query parameters, its JSON body and its
 * 200 answer. Strapi's OpenAPI generator (`npm run openapi`) reads them; at run time the controllers parse
 * requests themselves (Strapi does not validate a plugin route's `request` or `response`).
 */
export interface RouteDocs {
  request?: Core.RouteRequest;
  response?: Core.RouteResponse;
}

/** One route of the plugin: `method path`, answered by `controller.action` once its policies pass. */
export const route = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  handler: string,
  policies: RoutePolicy[],
  options: { auth?: false } = {},
  docs: RouteDocs = {},
) => ({ method, path, handler, config: { ...options, policies }, ...docs });
