import type { Core } from '@strapi/strapi';
import { redactUrl } from '../domain/http/redact';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

/**
 * Strapi's request log line (`strapi::logger`: method, URL, time, status), with credentials in the query
 * redacted: the iCal feed's address carries its token, and a calendar application polls it every 15 minutes, so
 * `strapi::logger` wrote a working credential into the log on every poll. Enabled in config/middlewares.ts in
 * `strapi::logger`'s place.
 */
const requestLog =
  (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<void>) => {
    const start = Date.now();
    try {
      await next();
    } finally {
      strapi.log.http(`${ctx.method} ${redactUrl(ctx.url)} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
    }
  };

export default requestLog;
