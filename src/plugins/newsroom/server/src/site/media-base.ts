import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config';

/**
 * Where covers with a relative URL (the local upload provider) are served from: NEWSROOM_MEDIA_URL, else the CMS's
 * `server.url` (PUBLIC_URL); null when neither is set, and each request's own origin serves instead. A response
 * built from the origin depends on the request's Host header, so the response cache keys it by that origin
 * (site/response-cache.ts): otherwise one request with a forged Host would set the cover URLs everyone is served.
 */
export const configuredMediaBase = (strapi: Core.Strapi): string | null =>
  pluginConfig(strapi, 'site').mediaUrl ?? ((strapi.config.get('server.url', '') as string) || null);
