import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', ''),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', ''),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT', ''),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY', ''),
  },
  // Nothing reaches the internet from the admin either: no surveys, no marketing, no doc links.
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: false,
  },
  autoOpen: false,
  // Strapi's login rate limit (per email, path and IP); the browser suite raises it, as every test file signs in.
  rateLimit: { enabled: true, interval: 5 * 60 * 1000, max: env.int('ADMIN_LOGIN_MAX_ATTEMPTS', 5) },
  // Strapi's Preview button opens the newsroom's signed, RTL-aware preview (drafts and published versions).
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [env('PUBLIC_URL', 'http://localhost:1337')],
      async handler(
        uid: string,
        { documentId, locale, status }: { documentId: string; locale?: string; status?: string },
      ) {
        if (uid !== 'api::article.article') return null;
        const service = strapi.plugin('newsroom').service('preview') as {
          linkFor(target: { documentId: string; locale: string; status: 'draft' | 'published' }): Promise<string>;
        };
        const path = await service.linkFor({
          documentId,
          locale: locale ?? 'ar',
          status: status === 'published' ? 'published' : 'draft',
        });
        return `${env('PUBLIC_URL', 'http://localhost:1337')}${path}`;
      },
    },
  },
});

export default config;
