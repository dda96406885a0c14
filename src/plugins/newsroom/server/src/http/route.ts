/** A route policy: by name, or by name with its configuration (http/admin-route-policies.ts `can`). */
export type RoutePolicy = string | { name: string; config: Record<string, unknown> };

/** One route of the plugin: `method path`, answered by `controller.action` once its policies pass. */
export const route = (
  method: 'GET' | 'POST',
  path: string,
  handler: string,
  policies: RoutePolicy[],
  options: { auth?: false } = {},
) => ({ method, path, handler, config: { ...options, policies } });
