import type { Core } from '@strapi/strapi';
import { Kind, parse, valueFromASTUntyped, type ASTNode, type DocumentNode, type ValueNode } from 'graphql';
import { pluginConfig } from '../plugin-config';
import { readBody } from './read-body';
import { DRAFTS_NOT_PUBLIC } from './public-request';
import { authenticateForDrafts, markDraftRead } from './draft-access';
import { JsonDepthScanner } from '../domain/http/json-depth';
import type { NewsroomConfig } from '../config';
import { graphqlLimiter, type GraphqlRefusal } from './graphql-limits';

/**
 * GraphQL asks for drafts through a `status: DRAFT` argument on root queries and on nested relation
 * fields. Nested relations are loaded straight from the database (not through the Document Service), so the
 * document middleware cannot see them: this app middleware refuses any `status` argument other than
 * PUBLISHED before the query runs. Strapi's body middleware leaves the GraphQL endpoint alone, so this
 * reads the JSON body itself and hands it on in `ctx.request.body`, which the GraphQL plugin's body parser
 * then takes as already parsed. The same parse serves the query limits (graphql-limits.ts, `limits.graphql`),
 * which apply whether or not the draft guard is on.
 */
const MAX_BODY_BYTES = 1024 * 1024; // koa-bodyparser's JSON limit, which the GraphQL plugin uses.

interface GraphqlPayload {
  query?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

const valueOf = (node: ValueNode, variables: Record<string, unknown>): unknown => {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.ENUM || node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.NULL) return null;
  return node.kind;
};

/** Every `status` argument in the document whose value is not PUBLISHED (null or absent means the default). */
export const findDraftStatusArguments = (document: DocumentNode, variables: Record<string, unknown>): unknown[] => {
  const offending: unknown[] = [];
  const visit = (node: ASTNode): void => {
    if (node.kind === Kind.ARGUMENT && node.name.value === 'status') {
      const value = valueOf(node.value, variables);
      if (value !== 'PUBLISHED' && value !== null && value !== undefined) offending.push(value);
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach((item) => isNode(item) && visit(item));
      else if (isNode(child)) visit(child);
    }
  };
  visit(document);
  return offending;
};

const isNode = (value: unknown): value is ASTNode =>
  typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type BodyLimits = Pick<NewsroomConfig['limits'], 'jsonDepth' | 'jsonContainers' | 'jsonValues'>;

const readJsonBody = async (
  ctx: KoaContext,
  { jsonDepth: maxDepth, jsonContainers, jsonValues }: BodyLimits,
): Promise<unknown> => {
  const nesting = new JsonDepthScanner(maxDepth, { maxContainers: jsonContainers, maxValues: jsonValues });
  let size = 0;
  const bytes = await readBody(ctx.req, ctx.req, (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, `GraphQL request body over ${MAX_BODY_BYTES} bytes`);
    if (!nesting.feed(chunk)) return;
    if (nesting.passed === 'jsonContainers')
      throw new BodyError(
        413,
        `JSON body has more than ${jsonContainers} objects and arrays (limits.jsonContainers: ${jsonContainers})`,
      );
    if (nesting.passed === 'jsonValues')
      throw new BodyError(413, `JSON body has more than ${jsonValues} values (limits.jsonValues: ${jsonValues})`);
    throw new BodyError(400, `JSON body nested deeper than ${maxDepth} levels (limits.jsonDepth: ${maxDepth})`);
  });
  try {
    return JSON.parse(bytes.toString('utf8') || '{}');
  } catch {
    throw new BodyError(400, 'GraphQL request body is not valid JSON');
  }
};

/**
 * The operations of the request, read the way Apollo reads them: a GET's query string with URLSearchParams (Koa's
 * parser stops at 1,000 parameters, so a query placed after a thousand junk ones would reach Apollo unseen), a
 * POST only as application/json (the GraphQL plugin's body parser also takes JSON-like types such as
 * application/vnd.api+json, and forms, which would skip every check here: they get 415).
 */
const readPayloads = async (ctx: KoaContext, limits: BodyLimits): Promise<GraphqlPayload[]> => {
  if (ctx.method === 'GET') {
    const search = new URLSearchParams(ctx.querystring);
    return [
      {
        query: search.get('query') ?? undefined,
        variables: parseJson(search.get('variables') ?? undefined),
        extensions: parseJson(search.get('extensions') ?? undefined),
      },
    ];
  }
  if (ctx.method !== 'POST') return [];
  const type = ctx.is('application/json');
  if (type === null) return []; // No body: Apollo answers that itself.
  if (type === false) throw new BodyError(415, 'GraphQL requests are accepted as application/json only');
  const request = ctx.request as KoaContext['request'] & { body?: unknown };
  if (request.body === undefined) request.body = await readJsonBody(ctx, limits);
  const body = request.body;
  return (Array.isArray(body) ? body : [body]).filter(
    (item): item is GraphqlPayload => typeof item === 'object' && item !== null,
  );
};

/** The operation's variables as Apollo will run it: the values sent over the defaults the query declares. */
const variablesOf = (document: DocumentNode, sent: unknown): Record<string, unknown> => {
  const defaults: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) defaults[variable.variable.name.value] = valueFromASTUntyped(variable.defaultValue);
    }
  }
  return { ...defaults, ...((typeof sent === 'object' && sent) || {}) };
};

const refuse = (
  ctx: KoaContext,
  status: number,
  message: string,
  code: string,
  extensions: Record<string, unknown> = {},
): void => {
  ctx.status = status;
  ctx.body = {
    errors: [
      { message, extensions: { code, ...(code === 'BAD_USER_INPUT' ? { field: 'status' } : {}), ...extensions } },
    ],
  };
};

const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<void>) => {
    const endpoint = (strapi.config.get('plugin::graphql.endpoint') as string | undefined) ?? '/graphql';
    if (ctx.path !== endpoint) return next();
    const draftGuard = pluginConfig(strapi, 'publicDraftGuard');
    const limiter = graphqlLimiter(strapi);
    let payloads: GraphqlPayload[];
    try {
      payloads = await readPayloads(ctx, pluginConfig(strapi, 'limits'));
    } catch (error) {
      if (error instanceof BodyError) return refuse(ctx, error.status, error.message, 'BAD_REQUEST');
      throw error;
    }
    const overLimit = (found: GraphqlRefusal | null): boolean => {
      if (found) refuse(ctx, 400, found.message, 'BAD_REQUEST', { limit: found.limit, max: found.max });
      return found !== null;
    };
    if (overLimit(limiter.batch(payloads.length))) return;
    for (const payload of payloads) {
      // A persisted query sent by its hash alone would run with variables no check here has seen (Apollo's
      // persisted queries are also off in config/plugins.ts).
      if (
        typeof payload.query !== 'string' &&
        (payload.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery !== undefined
      ) {
        return refuse(ctx, 400, 'persisted queries are not accepted: send the query text', 'BAD_REQUEST');
      }
      if (typeof payload.query !== 'string') continue;
      if (overLimit(limiter.text(payload.query))) return;
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch {
        continue; // Apollo answers syntax errors itself.
      }
      const variables = variablesOf(document, payload.variables);
      if (overLimit(limiter.document(document, variables))) return;
      if (draftGuard && findDraftStatusArguments(document, variables).length > 0) {
        // Draft mode: callers granted draft reads (http/draft-access.ts) ask for drafts; their answer is private.
        if (!(await authenticateForDrafts(strapi, ctx))) return refuse(ctx, 400, DRAFTS_NOT_PUBLIC, 'BAD_USER_INPUT');
        markDraftRead(strapi, ctx);
      }
    }
    return next();
  };
