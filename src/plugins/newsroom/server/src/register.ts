import type { Core } from '@strapi/strapi';
import { MAX_SEARCH_LENGTH } from './domain/content/search-key';
import { registerDocumentMiddlewares } from './content/document-middlewares';
import { registerRelationDraftGuard } from './content/relation-draft-guard';
import { SLUGGED_TYPES } from './slugs/service';
import { STAGE_CHANGE_EVENT } from './workflow/service';
import { SCHEDULE_FAILED_EVENT } from './workflow/effects';
import { NOTIFICATION_CREATED_EVENT } from '../../shared/contracts/notifications';
import { directionOf } from '../../core/locale/direction';
import { pluginConfig } from './plugin-config';
import { hideInternalTypesFromGraphql, registerInternalTypeGuard } from './content/internal-types';
import { exposeLocalesAsFind } from './http/locales-read';
import { registerSlicedBlocksValidation } from './content/sliced-blocks-validation';

const FIND_HANDLERS = new Set(Object.keys(SLUGGED_TYPES).map((uid) => `${uid}.find`));

/** GraphQL object types of the localized newsroom types, which get a `dir` field. */
const LOCALIZED_GRAPHQL_TYPES = ['Article', 'Author', 'Topic', 'Source'];

interface NexusDefinition {
  nonNull: { field(name: string, config: { type: string; resolve(parent: { locale?: string }): string }): void };
}
interface GraphqlExtensionService {
  use(
    extension: (args: {
      nexus: { extendType(config: { type: string; definition(t: NexusDefinition): void }): unknown };
    }) => { types: unknown[] },
  ): void;
}

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  // `dir` on every localized GraphQL type, from its locale.
  (strapi.plugin('graphql').service('extension') as GraphqlExtensionService).use(({ nexus }) => ({
    types: LOCALIZED_GRAPHQL_TYPES.map((type) =>
      nexus.extendType({
        type,
        definition(t) {
          t.nonNull.field('dir', {
            type: 'String',
            resolve: (parent) => directionOf(parent.locale ?? 'ar', pluginConfig(strapi, 'rtlLocales')),
          });
        },
      }),
    ),
  }));
  hideInternalTypesFromGraphql(strapi);
  exposeLocalesAsFind(strapi);
  registerInternalTypeGuard(strapi);
  registerDocumentMiddlewares(strapi);
  registerSlicedBlocksValidation(strapi);
  registerRelationDraftGuard(strapi);
  // Sites subscribe to stage changes (and scheduled publishing) in Settings → Webhooks to revalidate caches.
  (strapi.get('webhookStore') as { addAllowedEvent(key: string, value: string): void }).addAllowedEvent(
    'NEWSROOM_STAGE_CHANGE',
    STAGE_CHANGE_EVENT,
  );
  // Notifications (notifications/service.ts) and failed scheduled publishes, through the same outbox.
  for (const [key, event] of [
    ['NEWSROOM_NOTIFICATION_CREATE', NOTIFICATION_CREATED_EVENT],
    ['NEWSROOM_SCHEDULE_FAIL', SCHEDULE_FAILED_EVENT],
  ])
    (strapi.get('webhookStore') as { addAllowedEvent(key: string, value: string): void }).addAllowedEvent(key, event);
  // `?search=` on the public list routes of the newsroom types (strict params refuse unknown keys).
  strapi.contentAPI.addQueryParams({
    search: {
      schema: (z) => z.string().max(MAX_SEARCH_LENGTH).optional(),
      matchRoute: (route) => typeof route.handler === 'string' && FIND_HANDLERS.has(route.handler),
    },
  });
};

export default register;
