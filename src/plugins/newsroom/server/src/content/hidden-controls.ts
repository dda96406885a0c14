import type { Core } from '@strapi/strapi';
import { cleanTextFields, type AttributeMap } from '../domain/content/text-fields';
import { removeHiddenControls } from '../domain/text/hidden-controls';
import { pluginConfig } from '../plugin-config';
import type { DocumentMiddleware } from './document-call';

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

/**
 * Removes bidi overrides, embeddings, isolates and zero-width characters from the text fields of the newsroom's
 * own types (`api::`) on every write through the Document Service: Content Manager, REST, GraphQL, imports.
 * Registered before `derivedFields`, so slugs and search keys are made from the cleaned text, and before
 * validation (inside `next`), so a title of hidden characters only is judged as the empty title it is.
 * Which fields: domain/content/text-fields.ts; which characters and why LRM/RLM/ZWNJ stay: domain/text/hidden-controls.ts.
 */
export const hiddenControls =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    const data = call.params.data;
    if (
      !WRITE_ACTIONS.has(call.action) ||
      !data ||
      !call.uid.startsWith('api::') ||
      !pluginConfig(strapi, 'invisibleCharacterGuard')
    ) {
      return next();
    }
    const attributes = (strapi.contentType(call.uid as Parameters<Core.Strapi['contentType']>[0])?.attributes ??
      {}) as AttributeMap;
    const components = (uid: string) =>
      strapi.components[uid as keyof typeof strapi.components]?.attributes as AttributeMap | undefined;
    const cleaned = cleanTextFields(attributes, data, components, removeHiddenControls);
    if (cleaned !== data) call.params = { ...call.params, data: cleaned };
    return next();
  };
