import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from '../src/env/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  assertProductionSecrets(process.env);
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    app: {
      keys: env.array('APP_KEYS', []),
    },
    // Nothing reaches the internet at run time: no update check.
    logger: {
      updates: { enabled: false },
      startup: { enabled: env.bool('STRAPI_STARTUP_LOG', true) },
    },
    // Scheduled publishing (the newsroom plugin's scheduler task); NEWSROOM_SCHEDULER=false turns it off here.
    cron: { enabled: env.bool('NEWSROOM_SCHEDULER', true) },
    webhooks: {
      populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
    },
  };
};

export default config;
