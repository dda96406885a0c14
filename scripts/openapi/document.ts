import { generate } from '@strapi/openapi';
import type { Core } from '@strapi/strapi';

/**
 * The content API's OpenAPI document: Strapi's own generator (@strapi/openapi, experimental in 5.54) reads every
 * route's `request` and `response` zod schemas (the newsroom's come from shared/contracts, see http/route.ts; the
 * core reads' `status` is documented published-only in site/public-read-config.ts). What zod on a route cannot say
 * is added here: answers that are not JSON, and the path parameters of other plugins' routes that declare none.
 */
export type OpenApiDocument = ReturnType<typeof generate>['document'];

/** Routes whose 200 is not JSON: Strapi's generator describes `application/json` answers only. */
const FEED_TYPES = ['application/rss+xml', 'application/atom+xml'];
const FEED = {
  description: 'RSS 2.0 (`.rss`) or Atom (`.atom`), the latest 50 published stories',
  mediaTypes: FEED_TYPES,
};
const NON_JSON_ANSWERS: Record<string, { description: string; mediaTypes: string[]; format?: string }> = {
  '/newsroom/preview/{documentId}': {
    description: 'The preview page, for a valid signed link only (401 otherwise); never cached',
    mediaTypes: ['text/html'],
  },
  '/newsroom/preview-fonts/{file}': {
    description: 'A bundled preview font',
    mediaTypes: ['font/woff2'],
    format: 'binary',
  },
  '/newsroom/sitemaps/news.xml': {
    description: 'A Google News sitemap: stories published in the last two days, at most 1,000',
    mediaTypes: ['application/xml'],
  },
  '/newsroom/sitemaps/{file}': {
    description: 'The sitemap index or one of its pages (streamed)',
    mediaTypes: ['application/xml'],
  },
  '/newsroom/feeds/{file}': FEED,
  '/newsroom/calendar/feed/{userId}': {
    description:
      'The user’s iCal feed of their scheduled and planned stories, for its signed token only (403 otherwise)',
    mediaTypes: ['text/calendar'],
  },
  '/newsroom/feeds/{locale}/topics/{file}': FEED,
  '/newsroom/feeds/{locale}/authors/{file}': FEED,
};

type Operation = NonNullable<NonNullable<NonNullable<OpenApiDocument['paths']>[string]>['get']>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const templateNames = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);

/**
 * A route without `request.params` (users-permissions' `/auth/sessions/{sessionId}`, …) gets no path
 * parameter from Strapi, so a generated client cannot call it (`path?: never`): declare each as a string.
 */
const declarePathParameters = (path: string, operation: Operation): void => {
  const declared = new Set(
    (operation.parameters ?? []).flatMap((parameter) =>
      'in' in parameter && parameter.in === 'path' ? [parameter.name] : [],
    ),
  );
  const missing = templateNames(path).filter((name) => !declared.has(name));
  operation.parameters = [
    ...missing.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' as const } })),
    ...(operation.parameters ?? []),
  ];
};

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/**
 * Strapi's document schemas give `publishedAt` the time of generation as its `default` (its model defaults it
 * to "now"): not a value a client can rely on, and it would make every generation differ. Dropped.
 */
const dropGenerationTimes = (node: unknown): void => {
  if (Array.isArray(node)) return node.forEach(dropGenerationTimes);
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const publishedAt = (record.properties as Record<string, Record<string, unknown>> | undefined)?.publishedAt;
  if (typeof publishedAt?.default === 'string' && ISO_TIME.test(publishedAt.default)) delete publishedAt.default;
  Object.values(record).forEach(dropGenerationTimes);
};

/** Adds what Strapi leaves out; fails loudly when a route it describes is gone, so the list cannot go stale. */
export const finishDocument = (document: OpenApiDocument): OpenApiDocument => {
  dropGenerationTimes(document);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (operation) declarePathParameters(path, operation);
    }
  }
  for (const [path, answer] of Object.entries(NON_JSON_ANSWERS)) {
    const operation = document.paths?.[path]?.get;
    if (!operation) throw new Error(`OpenAPI: no GET ${path} to describe`);
    const schema = answer.format ? { type: 'string' as const, format: answer.format } : { type: 'string' as const };
    const content = Object.fromEntries(answer.mediaTypes.map((mediaType) => [mediaType, { schema }]));
    operation.responses = { ...operation.responses, 200: { description: answer.description, content } };
  }
  return document;
};

/** The document of a loaded Strapi whose routes are mounted (`strapi.server.mount()`). */
export const openApiDocument = (strapi: Core.Strapi): OpenApiDocument =>
  finishDocument(generate(strapi, { type: 'content-api' }).document);

/** The committed file's text: stable key order as generated, two-space indent, final newline. */
export const serializeDocument = (document: OpenApiDocument): string => `${JSON.stringify(document, null, 2)}\n`;

/** Where `npm run openapi` writes it, relative to the project root. */
export const OPENAPI_FILE = 'docs/openapi.json';
