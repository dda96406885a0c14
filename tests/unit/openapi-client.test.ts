import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import ts from 'typescript';
import { OPENAPI_FILE } from '../../scripts/openapi/document';

/**
 * A site's typed client, generated from the committed docs/openapi.json with openapi-typescript and used through
 * openapi-fetch, must compile: path parameters typed (not `never`), answers typed from shared/contracts, and what
 * the document forbids (`status=draft` on a public read, a missing path parameter, an unknown slug type) refused
 * by the compiler (`@ts-expect-error` fails the build when the line compiles).
 * tests/api/openapi.test.api.ts checks the committed file is what the routes generate.
 */
const root = path.resolve(__dirname, '..', '..');

const CLIENT = `
import createClient from 'openapi-fetch';
import type { paths } from './schema';

const client = createClient<paths>({ baseUrl: 'http://localhost:1337/api' });

export async function articlePage(slug: string): Promise<string[]> {
  const { data } = await client.GET('/newsroom/site/{locale}/articles/{slug}', {
    params: { path: { locale: 'ar', slug } },
  });
  if (!data) return [];
  const title: string = data.data.title;
  const dir: 'rtl' | 'ltr' | undefined = data.data.dir;
  return [title, dir ?? 'rtl', ...data.data.topics.map((topic) => topic.name)];
}

export async function topicPage(slug: string): Promise<boolean> {
  const { data } = await client.GET('/newsroom/site/{locale}/topics/{slug}/articles', {
    params: { path: { locale: 'en', slug }, query: { page: 2 } },
  });
  return data?.meta.pagination.hasMore ?? false;
}

export async function canonicalSlug(slug: string): Promise<string | undefined> {
  const { data } = await client.GET('/newsroom/resolve/{type}/{slug}', {
    params: { path: { type: 'articles', slug }, query: { locale: 'ar' } },
  });
  return data?.data.slug;
}

export async function readsDrafts(): Promise<boolean> {
  const { data } = await client.GET('/newsroom/drafts/access');
  return data?.data.drafts ?? false;
}

export async function publishedArticles(): Promise<void> {
  await client.GET('/articles', { params: { query: { locale: 'ar', status: 'published' } } });
  await client.DELETE('/auth/sessions/{sessionId}', { params: { path: { sessionId: 's1' } } });
}

export async function refused(): Promise<void> {
  // @ts-expect-error a public read takes no status=draft
  await client.GET('/articles', { params: { query: { status: 'draft' } } });
  // @ts-expect-error the path parameters are required
  await client.GET('/newsroom/site/{locale}/articles/{slug}', {});
  // @ts-expect-error a slug names an article, author, topic or source
  await client.GET('/newsroom/resolve/{type}/{slug}', { params: { path: { type: 'pages', slug: 'x' } } });
  const { data } = await client.GET('/newsroom/site/{locale}/search', {
    params: { path: { locale: 'ar' }, query: { q: 'النفط' } },
  });
  // @ts-expect-error a list item has no body
  const body: unknown = data?.data[0]?.body;
  console.log(body);
}
`;

describe('a client generated from docs/openapi.json', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-openapi-client-'));
    // Resolve openapi-fetch from the project's packages.
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('types the newsroom path parameters (no `path?: never`)', () => {
    // Its command line, as a site runs it (the package's dependencies are ES modules, which jest cannot load).
    const cli = path.join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
    const output = path.join(dir, 'schema.d.ts');
    execFileSync(process.execPath, [cli, path.join(root, OPENAPI_FILE), '--output', output], { stdio: 'pipe' });
    const schema = fs.readFileSync(output, 'utf8');
    const operation = schema.slice(schema.indexOf('"newsroom/get/newsroom_site_by_locale_articles_by_slug": {'));
    expect(operation.slice(0, 400)).toMatch(/path: \{\s+locale: string;\s+slug: string;\s+\};/);
  });

  it('compiles a site client against it, and refuses what the document forbids', () => {
    fs.writeFileSync(path.join(dir, 'client.ts'), CLIENT);
    const program = ts.createProgram([path.join(dir, 'client.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
