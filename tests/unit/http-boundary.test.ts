import fs from 'fs';
import path from 'path';
import ts from 'typescript';

/**
 * Controllers only translate HTTP (parse the request, call a service, shape the response), and a request is
 * refused one way (server/src/http/refusal.ts). This reads the plugin's server code and lists what breaks either:
 * a controller importing a Koa middleware or a route policy, and an error answered by hand (`ctx.badRequest(…)`,
 * `ctx.forbidden(…)`, … or `ctx.status = 4xx/5xx`) anywhere but in the modules refusal.ts names as exceptions.
 */
const serverDir = path.resolve(__dirname, '..', '..', 'src', 'plugins', 'newsroom', 'server', 'src');
const TEST = /\.test\.ts$/;
const CONTROLLER = /(^|[\\/])[\w-]*controller[\w-]*\.ts$/;
/** Answers GraphQL's `errors[]` shape, not Strapi's REST error body (see the comment of http/refusal.ts). */
const OWN_ERROR_SHAPE = new Set(['http/graphql-draft-guard.ts']);

const sourceFilesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(full);
    return entry.name.endsWith('.ts') && !TEST.test(entry.name) ? [full] : [];
  });

const resolveRelative = (from: string, specifier: string): string =>
  path.relative(serverDir, path.resolve(path.dirname(from), specifier)).replace(/\.ts$/, '') + '.ts';

const relativeImportsOf = (file: string): string[] =>
  ts
    .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolveRelative(file, specifier));

/** The modules the plugin registers as Koa middlewares and route policies (middlewares.ts, policies.ts). */
const registered = (registry: string): Set<string> => new Set(relativeImportsOf(path.join(serverDir, registry)));
const MIDDLEWARE_OR_POLICY = new Set([...registered('middlewares.ts'), ...registered('policies.ts')]);

export const handMadeRefusals = (source: string): string[] => {
  const found: string[] = [];
  const helper =
    /\bctx\.(badRequest|unauthorized|forbidden|notFound|methodNotAllowed|conflict|gone|payloadTooLarge|unsupportedMediaType|unprocessableEntity|tooManyRequests|internalServerError|throw)\s*\(/g;
  for (const match of source.matchAll(helper)) found.push(match[0]);
  // A literal 2xx/3xx (a redirect, a 304) is a response, not a refusal; any other value is an error by hand.
  for (const match of source.matchAll(/\bctx\.status\s*=\s*([^;\n]+)/g)) {
    if (!/^[23]\d\d$/.test(match[1].trim())) found.push(match[0]);
  }
  return found;
};

describe('controllers only translate HTTP', () => {
  const controllers = sourceFilesUnder(serverDir).filter((file) => CONTROLLER.test(file));

  it('finds the controllers and the registered middlewares and policies', () => {
    expect(controllers.length).toBeGreaterThan(5);
    expect(MIDDLEWARE_OR_POLICY).toContain('site/response-cache.ts');
    expect(MIDDLEWARE_OR_POLICY).toContain('workflow/role-policy.ts');
  });

  it('no controller imports a middleware or policy module', () => {
    const found = controllers.flatMap((file) =>
      relativeImportsOf(file)
        .filter((target) => MIDDLEWARE_OR_POLICY.has(target) || /(middleware|polic(y|ies))\.ts$/.test(target))
        .map((target) => `${path.relative(serverDir, file)} -> ${target}`),
    );
    expect(found).toEqual([]);
  });
});

describe('one way to refuse a request', () => {
  it('recognises an error answered by hand', () => {
    expect(handMadeRefusals("return ctx.notFound('x'); ctx.status = 413; ctx.status = error.status;")).toEqual([
      'ctx.notFound(',
      'ctx.status = 413',
      'ctx.status = error.status',
    ]);
    expect(handMadeRefusals("ctx.status = 301; ctx.status = 304; throw notFound({ en: 'x', ar: 'س' });")).toEqual([]);
  });

  it('nothing outside http/refusal.ts answers an error by hand', () => {
    const found = sourceFilesUnder(serverDir)
      .map((file) => path.relative(serverDir, file))
      .filter((file) => file !== 'http/refusal.ts' && !OWN_ERROR_SHAPE.has(file))
      .flatMap((file) =>
        handMadeRefusals(fs.readFileSync(path.join(serverDir, file), 'utf8')).map((call) => `${file}: ${call}`),
      );
    expect(found).toEqual([]);
  });
});
