import type { Core } from '@strapi/strapi';
import { MAX_SEARCH_LENGTH } from './domain/content/search-key';
import { registerDocumentMiddlewares } from './middlewares/documents';
import { SLUGGED_TYPES } from './services/slugs';
import { STAGE_CHANGE_EVENT } from './services/workflow';

const FIND_HANDLERS = new Set(Object.keys(SLUGGED_TYPES).map((uid) => `${uid}.find`));

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  registerDocumentMiddlewares(strapi);
  // Sites subscribe to stage changes (and scheduled publishing) in Settings → Webhooks to revalidate caches.
  (strapi.get('webhookStore') as { addAllowedEvent(key: string, value: string): void }).addAllowedEvent(
    'NEWSROOM_STAGE_CHANGE',
    STAGE_CHANGE_EVENT
  );
  // `?search=` on the public list routes of the newsroom types (strict params refuse unknown keys).
  strapi.contentAPI.addQueryParams({
    search: {
      schema: (z) => z.string().max(MAX_SEARCH_LENGTH).optional(),
      matchRoute: (route) => typeof route.handler === 'string' && FIND_HANDLERS.has(route.handler),
    },
  });
};

export default register;
