import path from 'path';
import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

const allowedMediaTypes = ['image/*', 'video/*', 'audio/*', 'application/pdf', 'text/plain'];
const deniedTypes = ['image/svg+xml', 'application/x-msdownload', 'application/x-sh', 'text/x-shellscript'];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // `false` would still give Apollo's production landing page, which loads a script from Apollo's CDN:
      // in production there is no landing page at all.
      landingPage:
        env('NODE_ENV') === 'production'
          ? () => ApolloServerPluginLandingPageDisabled()
          : env.bool('GRAPHQL_PLAYGROUND', true),
      depthLimit: 7,
      amountLimit: 100,
      defaultLimit: 20,
      maxLimit: 100,
      // In production no introspection and no "Did you mean …?" field suggestions in validation errors.
      // No persisted queries: a query run by its hash alone would skip the newsroom's limits and draft checks.
      apolloServer: {
        introspection: env('NODE_ENV') !== 'production',
        hideSchemaDetailsFromClientErrors: env('NODE_ENV') === 'production',
        persistedQueries: false,
      },
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      // Newsroom tools sign in (POST /api/auth/local) and renew (POST /api/auth/refresh, the refresh token in an
      // httpOnly cookie): access tokens live 10 minutes, a refresh token at most 30 days and 14 idle by default.
      sessions: {
        httpOnly: true,
        accessTokenLifespan: env.int('API_ACCESS_TOKEN_LIFESPAN', 600),
        maxRefreshTokenLifespan: env.int('API_REFRESH_TOKEN_LIFESPAN', 30 * 24 * 3600),
        idleRefreshTokenLifespan: env.int('API_REFRESH_TOKEN_IDLE_LIFESPAN', 14 * 24 * 3600),
      },
    },
  },
  // E-mail for notifications (README, Notifications): nodemailer over the SMTP URL, e.g.
  // smtp://user:pass@mail.example.org:587; without one the e-mail channel is off (and Strapi keeps its default).
  ...(env('NEWSROOM_SMTP_URL', '')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: { url: env('NEWSROOM_SMTP_URL') },
            settings: {
              defaultFrom: env('NEWSROOM_MAIL_FROM', 'newsroom@localhost'),
              defaultReplyTo: env('NEWSROOM_MAIL_FROM', 'newsroom@localhost'),
            },
          },
        },
      }
    : {}),
  upload: {
    config: {
      security: { allowedTypes: allowedMediaTypes, deniedTypes },
    },
  },
  newsroom: {
    enabled: true,
    // Absolute from this file: ./config → ./src/plugins/newsroom for the admin build (TypeScript sources),
    // ./dist/config → ./dist/src/plugins/newsroom for the server (compiled by the project's tsconfig).
    resolve: path.join(__dirname, '..', 'src', 'plugins', 'newsroom'),
    config: {
      slugMode: env('NEWSROOM_SLUG_MODE', 'arabic'),
      notifications: {
        enabled: env.bool('NEWSROOM_NOTIFICATIONS', true),
        readGuard: true,
        email: env('NEWSROOM_SMTP_URL', '') !== '',
        adminUrl: `${env('PUBLIC_URL', 'http://localhost:1337').replace(/\/+$/, '')}/admin`,
        digestHour: env.int('NEWSROOM_DIGEST_HOUR', 7),
        lookbackHours: 48,
        maxEmailsPerRun: env.int('NEWSROOM_MAX_EMAILS_PER_RUN', 200),
      },
      // Public GET responses: in Redis when REDIS_URL is set (shared by every instance), else in this process.
      cache: {
        enabled: env.bool('NEWSROOM_CACHE', true),
        redisUrl: env('REDIS_URL', '') || null,
        ttlSeconds: env.int('NEWSROOM_CACHE_TTL', 300),
        sMaxAge: env.int('NEWSROOM_CACHE_S_MAXAGE', 10),
        staleWhileRevalidate: env.int('NEWSROOM_CACHE_SWR', 60),
        // A store failure costs a request at most timeoutMs; after failureThreshold failures the store is left
        // alone for coolDownMs. An eviction that could not be delivered distrusts every cached response.
        failSafe: env.bool('NEWSROOM_CACHE_FAIL_SAFE', true),
        timeoutMs: env.int('NEWSROOM_CACHE_TIMEOUT_MS', 50),
        evictTimeoutMs: env.int('NEWSROOM_CACHE_EVICT_TIMEOUT_MS', 1000),
        connectTimeoutMs: env.int('NEWSROOM_CACHE_CONNECT_TIMEOUT_MS', 1000),
        failureThreshold: env.int('NEWSROOM_CACHE_BREAKER_FAILURES', 3),
        coolDownMs: env.int('NEWSROOM_CACHE_BREAKER_COOL_DOWN_MS', 2000),
        epochTtlMs: env.int('NEWSROOM_CACHE_EPOCH_TTL_MS', 1000),
      },
      // The public site the sitemaps and feeds link to (README, Sitemaps and feeds); paths are newsroom.config.site.paths.
      site: {
        url: env('NEWSROOM_SITE_URL', 'http://localhost:3000'),
        mediaUrl: env('NEWSROOM_MEDIA_URL', '') || null,
        publisherLogo: env('NEWSROOM_PUBLISHER_LOGO', '') || null,
      },
      // The publishing workflow: the defaults (domain/workflow/config.ts), with editors allowed to
      // submit their own stories too, in the newsroom's time zone.
      workflow: {
        timezone: env('NEWSROOM_TIMEZONE', 'Asia/Baghdad'),
        transitions: { submit: { roles: ['strapi-author', 'strapi-editor'] } },
        // Desks (README, Publishing workflow): a section topic (documentId or slug) → its editors (admin user ids or
        // e-mails); `submit` hands a story to the first active one. None configured here.
        desks: {},
      },
    },
  },
});

export default config;
