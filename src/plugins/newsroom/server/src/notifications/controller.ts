import type { Core } from '@strapi/strapi';
import {
  markReadRequestSchema,
  notificationListQuerySchema,
  notificationPreferencesSchema,
  type MarkReadResponse,
  type NotificationListResponse,
  type NotificationPreferencesResponse,
  type UnreadCountResponse,
} from '../../../shared/contracts/notifications';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { bodyOf, parse, type KoaContext } from '../http/requests';

/** HTTP in and out of the notification centre: always the signed-in admin user's own notifications. */
const notificationsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'notifications');
  const userOf = (ctx: KoaContext) => {
    const user = ctx.state.user as { id: number | string; preferedLanguage?: string | null };
    return { id: Number(user.id), language: user.preferedLanguage ?? null };
  };

  return {
    async list(ctx: KoaContext) {
      const user = userOf(ctx);
      const body: NotificationListResponse = await service().list(
        user.id,
        parse(notificationListQuerySchema, ctx.query),
        user.language,
      );
      ctx.body = body;
    },

    async unread(ctx: KoaContext) {
      const body: UnreadCountResponse = { data: { unread: await service().unread(userOf(ctx).id) } };
      ctx.body = body;
    },

    async markRead(ctx: KoaContext) {
      const { id } = userOf(ctx);
      const marked = await service().markRead(id, parse(markReadRequestSchema, bodyOf(ctx)));
      const body: MarkReadResponse = { data: { marked, unread: await service().unread(id) } };
      ctx.body = body;
    },

    async preferences(ctx: KoaContext) {
      const body: NotificationPreferencesResponse = {
        data: {
          ...(await service().preferences(userOf(ctx).id)),
          emailAvailable: pluginConfig(strapi, 'notifications').email,
        },
      };
      ctx.body = body;
    },

    async setPreferences(ctx: KoaContext) {
      const saved = await service().setPreferences(userOf(ctx).id, parse(notificationPreferencesSchema, bodyOf(ctx)));
      const body: NotificationPreferencesResponse = {
        data: { ...saved, emailAvailable: pluginConfig(strapi, 'notifications').email },
      };
      ctx.body = body;
    },
  };
};

export default notificationsController;
