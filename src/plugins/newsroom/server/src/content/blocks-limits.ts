import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { blocksLimitMessage, blocksOverLimit } from '../domain/content/blocks-limits';
import { pluginConfig } from '../plugin-config';
import type { DocumentMiddleware } from './document-call';

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

/**
 * Refuses a blocks field (an article's `body`) over `limits.blocks` on every write through the Document
 * Service (Content Manager, REST, GraphQL mutations, plugin code) with a 400 naming the field and the limit.
 * Registered before the middlewares that walk the body (derived fields: word count, search key, tagging).
 */
export const blocksLimits =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    const data = call.params.data;
    if (!WRITE_ACTIONS.has(call.action) || !data) return next();
    const attributes = strapi.contentType(call.uid as Parameters<Core.Strapi['contentType']>[0])?.attributes ?? {};
    const limits = pluginConfig(strapi, 'limits').blocks;
    for (const [field, attribute] of Object.entries(attributes)) {
      if ((attribute as { type?: string }).type !== 'blocks' || !(field in data)) continue;
      const over = blocksOverLimit(data[field], limits);
      if (!over) continue;
      const message = blocksLimitMessage(field, over);
      throw new errors.ValidationError(message.en, {
        errors: [{ path: [field], message: message.en, name: 'ValidationError' }],
        limit: over.limit,
        max: over.max,
        message,
      });
    }
    return next();
  };
