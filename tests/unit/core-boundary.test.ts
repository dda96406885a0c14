import fs from 'fs';
import { builtinModules } from 'module';
import path from 'path';
import ts from 'typescript';

/**
 * The admin panel runs in the browser: what it imports, and the plugin's core/ it shares with the server, must
 * not reach Node's builtins (crypto, fs, …) or the server's code. This walks the import graph from every file
 * under core/ and admin/src/ (following relative imports wherever they lead) and lists the imports that do.
 */
const pluginDir = path.resolve(__dirname, '..', '..', 'src', 'plugins', 'newsroom');
const serverDir = path.join(pluginDir, 'server', 'src') + path.sep;
const ROOTS = [path.join(pluginDir, 'core'), path.join(pluginDir, 'admin', 'src')];
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$|(^|[\\/])test-[^\\/]*$/;
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]]));

const sourceFilesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(full);
    return SOURCE.test(entry.name) && !TEST.test(entry.name) ? [full] : [];
  });

const resolveRelative = (from: string, specifier: string): string | undefined => {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
};

const importsOf = (file: string): string[] =>
  ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((imported) => imported.fileName);

/** Imports of Node builtins or of server/src reachable from `roots`, as "file -> specifier". */
export const forbiddenImports = (roots: string[]): string[] => {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue = roots.flatMap(sourceFilesUnder);
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      const where = `${path.relative(pluginDir, file)} -> ${specifier}`;
      if (specifier.startsWith('node:') || BUILTINS.has(specifier)) {
        found.push(where);
      } else if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        if (path.resolve(path.dirname(file), specifier).startsWith(serverDir)) found.push(where);
        else if (target !== undefined && SOURCE.test(target)) queue.push(target); // assets (css, images): the admin build checks them
      }
    }
  }
  return found;
};

describe('what the browser loads stays free of Node and of the server', () => {
  it('finds files to walk under core/ and admin/src/', () => {
    for (const root of ROOTS) expect(sourceFilesUnder(root).length).toBeGreaterThan(0);
  });

  it('no import of a Node builtin or of server/src from core/ or admin/src/', () => {
    expect(forbiddenImports(ROOTS)).toEqual([]);
  });
});
