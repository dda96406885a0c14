import fs from 'fs';
import os from 'os';
import path from 'path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { factories, type Core } from '@strapi/strapi';
import type { z } from 'zod';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { paragraphs, publicApi } from '../helpers/admin';
import { siteFixtures, site, type Made } from '../helpers/site';
import { transitionBody } from '../helpers/workflow';
import { OPENAPI_FILE, openApiDocument, serializeDocument, type OpenApiDocument } from '../../scripts/openapi/document';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';
import {
  siteArticleResponseSchema,
  siteAuthorResponseSchema,
  siteListResponseSchema,
  siteTopicResponseSchema,
} from '../../src/plugins/newsroom/shared/contracts/site';
import { resolveSlugResponseSchema } from '../../src/plugins/newsroom/shared/contracts/slugs';
import { draftAccessResponseSchema } from '../../src/plugins/newsroom/shared/contracts/drafts';
import {
  workflowApiStateResponseSchema,
  workflowMovesResponseSchema,
} from '../../src/plugins/newsroom/shared/contracts/workflow';

/**
 * The content API's OpenAPI document (`npm run openapi` → docs/openapi.json): regenerated from the routes of a
 * real Strapi and compared with the committed file, validated, and checked for what clients need — the newsroom
 * routes' path parameters and response schemas, and no public read that takes `status=draft`. The response
 * schemas are the contracts' zod schemas; the real answers are parsed with them (nothing missing, nothing extra).
 * tests/unit/openapi-client.test.ts generates a typed client from the committed file and compiles against it.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let document: OpenApiDocument;

type Operation = NonNullable<NonNullable<NonNullable<OpenApiDocument['paths']>[string]>['get']>;
type Parameter = { name: string; in: string; required?: boolean; schema?: Record<string, unknown> };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const operations = (prefix = ''): Array<{ path: string; method: string; operation: Operation }> =>
  Object.entries(document.paths ?? {})
    .filter(([path]) => path.startsWith(prefix))
    .flatMap(([path, item]) =>
      METHODS.flatMap((method) => (item?.[method] ? [{ path, method, operation: item[method] as Operation }] : [])),
    );
const parametersOf = (operation: Operation): Parameter[] => (operation.parameters ?? []) as Parameter[];
const templateNames = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  document = openApiDocument(strapi);
});
afterAll(async () => app?.teardown());

describe('the committed OpenAPI document', () => {
  it('is what the routes generate now (run `npm run openapi` after changing a route or a contract)', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '..', '..', OPENAPI_FILE), 'utf8');
    const generated = serializeDocument(document);
    // The whole text is compared; on a difference the fresh document is left in the temp folder to diff against.
    if (generated !== committed) fs.writeFileSync(path.join(os.tmpdir(), 'openapi.generated.json'), generated);
    expect(generated === committed).toBe(true);
  });

  it('is a valid OpenAPI 3.1 document (swagger-parser)', async () => {
    // validate() dereferences in place: give it a copy.
    const validated = await SwaggerParser.validate(structuredClone(document));
    expect('openapi' in validated && validated.openapi).toBe('3.1.0');
    expect(document.servers?.[0]?.url).toBe('http://localhost:1337/api');
  });
});

describe('the newsroom routes in it', () => {
  const NEWSROOM_PATHS = [
    '/newsroom/site/{locale}/articles/{slug}',
    '/newsroom/site/{locale}/topics/{slug}',
    '/newsroom/site/{locale}/topics/{slug}/articles',
    '/newsroom/site/{locale}/authors/{slug}',
    '/newsroom/site/{locale}/authors/{slug}/articles',
    '/newsroom/site/{locale}/search',
    '/newsroom/resolve/{type}/{slug}',
    '/newsroom/tagging/suggest',
    '/newsroom/workflow/articles/{documentId}',
    '/newsroom/workflow/articles/{documentId}/transitions',
    '/newsroom/preview/{documentId}',
    '/newsroom/preview-fonts/{file}',
    '/newsroom/drafts/access',
    '/newsroom/sitemaps/news.xml',
    '/newsroom/sitemaps/{file}',
    '/newsroom/feeds/{file}',
    '/newsroom/feeds/{locale}/topics/{file}',
    '/newsroom/feeds/{locale}/authors/{file}',
    '/newsroom/calendar/feed/{userId}',
  ];

  it('lists every content-API route of the plugin', () => {
    expect(
      Object.keys(document.paths ?? {})
        .filter((p) => p.startsWith('/newsroom/'))
        .sort(),
    ).toEqual([...NEWSROOM_PATHS].sort());
  });

  it('declares each path parameter, required, with the constraints the route checks', () => {
    const problems: string[] = [];
    for (const { path, method, operation } of operations('/newsroom/')) {
      const inPath = parametersOf(operation).filter((parameter) => parameter.in === 'path');
      const names = inPath.map((parameter) => parameter.name).sort();
      if (JSON.stringify(names) !== JSON.stringify(templateNames(path).sort())) {
        problems.push(`${method} ${path}: declares ${names.join(',') || 'none'}`);
      }
      for (const parameter of inPath) {
        const schema = parameter.schema ?? {};
        const constrained = ['pattern', 'minLength', 'enum'].some((key) => key in schema);
        if (parameter.required !== true || schema.type !== 'string' || !constrained) {
          problems.push(`${method} ${path} {${parameter.name}}: ${JSON.stringify(parameter)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    const resolve = parametersOf(document.paths?.['/newsroom/resolve/{type}/{slug}']?.get as Operation);
    expect(resolve.find((parameter) => parameter.name === 'type')?.schema?.enum).toEqual([
      'articles',
      'authors',
      'topics',
      'sources',
    ]);
  });

  /** Routes answering something other than JSON, by path prefix, with the media types their 200 must name. */
  const NON_JSON_TYPES: Array<[string, string[]]> = [
    ['/newsroom/preview-fonts/', ['font/woff2']],
    ['/newsroom/preview/', ['text/html']],
    ['/newsroom/sitemaps/', ['application/xml']],
    ['/newsroom/feeds/', ['application/rss+xml', 'application/atom+xml']],
    ['/newsroom/calendar/feed/', ['text/calendar']],
  ];

  it('gives every JSON route a 200 schema of its answer, and the preview, sitemaps and feeds their media types', () => {
    const missing: string[] = [];
    for (const { path, method, operation } of operations('/newsroom/')) {
      const ok = operation.responses?.['200'] as { content?: Record<string, { schema?: Record<string, unknown> }> };
      const json = ok?.content?.['application/json']?.schema as { properties?: Record<string, unknown> } | undefined;
      const other = NON_JSON_TYPES.find(([prefix]) => path.startsWith(prefix));
      if (!other && !json?.properties?.data) missing.push(`${method} ${path}`);
      if (other && !other[1].every((mediaType) => ok?.content?.[mediaType])) missing.push(`${method} ${path}`);
    }
    expect(missing).toEqual([]);
    const article = document.paths?.['/newsroom/site/{locale}/articles/{slug}']?.get as Operation;
    const schema = JSON.stringify(article.responses?.['200']);
    for (const field of ['"body"', '"topics"', '"sources"', '"readingTime"']) expect(schema).toContain(field);
  });

  it('documents the request bodies and the page and search parameters', () => {
    const suggest = document.paths?.['/newsroom/tagging/suggest']?.post as Operation;
    expect(JSON.stringify(suggest.requestBody)).toContain('"standfirst"');
    const transition = document.paths?.['/newsroom/workflow/articles/{documentId}/transitions']?.post as Operation;
    expect(JSON.stringify(transition.requestBody)).toContain('"expectedVersion"');
    const search = parametersOf(document.paths?.['/newsroom/site/{locale}/search']?.get as Operation);
    expect(search.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name)).toEqual([
      'q',
      'page',
    ]);
    expect(search.find((parameter) => parameter.name === 'q')?.required).toBe(true);
  });
});

describe('status on public reads', () => {
  /** Does a JSON schema let the value through? (enum, const and anyOf/oneOf, as Strapi's schemas use them). */
  const admits = (schema: Record<string, unknown> | undefined, value: string): boolean => {
    if (!schema) return true;
    const branches = (schema.anyOf ?? schema.oneOf) as Array<Record<string, unknown>> | undefined;
    if (branches) return branches.some((branch) => admits(branch, value));
    if (Array.isArray(schema.enum)) return schema.enum.includes(value);
    if ('const' in schema) return schema.const === value;
    return schema.type === undefined || schema.type === 'string';
  };

  it('no GET in the document takes status=draft, publicationFilter or hasPublishedVersion', () => {
    const drafty: string[] = [];
    let withStatus = 0;
    for (const { path, operation } of operations().filter(({ method }) => method === 'get')) {
      for (const parameter of parametersOf(operation)) {
        if (parameter.name === 'status') {
          withStatus += 1;
          if (admits(parameter.schema, 'draft')) drafty.push(`${path} status`);
          if (!String(parameter.schema?.description).includes('plugin::newsroom.drafts.read')) {
            drafty.push(`${path}: status does not describe draft mode`);
          }
        }
        if (['publicationFilter', 'hasPublishedVersion'].includes(parameter.name))
          drafty.push(`${path} ${parameter.name}`);
      }
    }
    expect(drafty).toEqual([]);
    // find and findOne of articles, authors, topics and sources.
    expect(withStatus).toBe(8);
  });

  it('is what the newsroom router changes: a plain core router still advertises draft', () => {
    const plain = factories.createCoreRouter(ARTICLE_UID).routes as Core.Route[];
    const status = plain.find((route) => route.handler === `${ARTICLE_UID}.find`)?.request?.query?.status;
    expect(status?.safeParse('draft').success).toBe(true);
    const newsroom = (strapi.api('article').routes as Record<string, { routes: Core.Route[] }>).article.routes;
    const ours = newsroom.find((route) => route.handler === `${ARTICLE_UID}.find`)?.request?.query?.status;
    expect(ours?.safeParse('draft').success).toBe(false);
    expect(ours?.safeParse('published').success).toBe(true);
  });
});

describe('the real answers match the documented schemas exactly', () => {
  /** Parsed by the contract's schema, with nothing dropped: no field missing, mistyped or undocumented. */
  const expectExactly = (label: string, schema: z.ZodType, body: unknown) => {
    const parsed = schema.safeParse(body);
    expect({ label, issues: parsed.error?.issues ?? [] }).toEqual({ label, issues: [] });
    expect({ label, body: parsed.data }).toEqual({ label, body });
  };
  const made: Record<string, Made> = {};

  beforeAll(async () => {
    const make = siteFixtures(strapi);
    made.author = await make.author('ريم الكاتبة', 'ar', { jobTitle: 'مراسلة', bio: 'تكتب عن الاقتصاد' });
    made.section = await make.topic('الاقتصاد', { kind: 'section' });
    made.topic = await make.topic('النفط', { parent: made.section.documentId });
    made.source = await make.source('وكالة الأنباء');
    made.article = await make.article('أسعار النفط ترتفع', {
      standfirst: 'ارتفاع في الأسواق',
      authors: [made.author.documentId],
      topics: [made.topic.documentId],
      sources: [made.source.documentId],
    });
    await make.publish(made.article.documentId);
  });

  it('site reads, the slug resolver and the draft-access check', async () => {
    const { article, topic, author } = made;
    // The Public role is not granted the draft-access check: a site asks with its token.
    const { accessKey: fullAccessKey } = (await strapi
      .service('admin::api-token')
      .create({ name: 'openapi-check', type: 'full-access', lifespan: null })) as { accessKey: string };
    const answers: Array<[string, z.ZodType, Awaited<ReturnType<typeof site>>]> = [
      ['article', siteArticleResponseSchema, await site(strapi, `ar/articles/${article.slug}`)],
      ['topic', siteTopicResponseSchema, await site(strapi, `ar/topics/${topic.slug}`)],
      ['topic articles', siteListResponseSchema, await site(strapi, `ar/topics/${topic.slug}/articles`, { page: '1' })],
      ['author', siteAuthorResponseSchema, await site(strapi, `ar/authors/${author.slug}`)],
      ['author articles', siteListResponseSchema, await site(strapi, `ar/authors/${author.slug}/articles`)],
      ['search', siteListResponseSchema, await site(strapi, 'ar/search', { q: 'النفط' })],
      [
        'resolver',
        resolveSlugResponseSchema,
        await publicApi(strapi)
          .get(`/api/newsroom/resolve/articles/${encodeURIComponent(article.slug)}`)
          .query({ locale: 'ar' }),
      ],
      [
        'draft access',
        draftAccessResponseSchema,
        await publicApi(strapi).get('/api/newsroom/drafts/access').set('Authorization', `Bearer ${fullAccessKey}`),
      ],
    ];
    for (const [label, schema, response] of answers) {
      expect({ label, status: response.status }).toEqual({ label, status: 200 });
      expectExactly(label, schema, response.body);
    }
    for (const [label, , response] of answers.filter(([name]) => name.includes('articles') || name === 'search')) {
      expect({ label, listed: (response.body as { data: unknown[] }).data.length }).toEqual({ label, listed: 1 });
    }
  });

  it('the workflow through the content API', async () => {
    const role = (await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'newsroom-editor' } })) as { id: number };
    const user = (await strapi.db.query('plugin::users-permissions.user').create({
      data: {
        username: 'openapi-editor',
        email: 'openapi-editor@newsroom.test',
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      },
    })) as { id: number };
    // With refresh tokens on (config/plugins.ts) `issue` answers a promise of a session's access token.
    const jwt = (await strapi.plugin('users-permissions').service('jwt').issue({ id: user.id })) as string;
    const created = await strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title: 'خبر للتوثيق', body: paragraphs('نص') } });

    const route = `/api/newsroom/workflow/articles/${created.documentId}`;
    const state = await publicApi(strapi).get(route).query({ locale: 'ar' }).set('Authorization', `Bearer ${jwt}`);
    expect({ status: state.status, body: state.body as unknown }).toMatchObject({ status: 200 });
    expectExactly('state', workflowApiStateResponseSchema, state.body);

    const { allowed } = workflowApiStateResponseSchema.parse(state.body).data;
    const next = allowed.find((transition) => !transition.requiresSchedule);
    expect(next).toBeDefined();
    const moved = await publicApi(strapi)
      .post(`${route}/transitions`)
      .set('Authorization', `Bearer ${jwt}`)
      .send(transitionBody(next?.id ?? ''));
    expect({ status: moved.status, body: moved.body as unknown }).toMatchObject({ status: 200 });
    expectExactly('transition', workflowMovesResponseSchema, moved.body);
  });
});
