import fs from 'fs';
import path from 'path';
import ts from 'typescript';

/**
 * The plugin's modules form no import circle (type-only imports included): a circle is what tied `getService`
 * to the services before services-registry.ts, and what makes a module's load order matter. Walks the relative
 * imports of every file under server/src, core/ and shared/ and reports the first circle found from each file.
 */
const pluginDir = path.resolve(__dirname, '..', '..', 'src', 'plugins', 'newsroom');
const ROOTS = ['server/src', 'core', 'shared'].map((dir) => path.join(pluginDir, dir));
const SOURCE = /\.tsx?$/;

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });

const resolveRelative = (from: string, specifier: string): string | undefined => {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
};

const importGraph = (files: string[]): Map<string, string[]> =>
  new Map(
    files.map((file) => [
      file,
      ts
        .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
        .importedFiles.map((imported) => imported.fileName)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => resolveRelative(file, specifier))
        .filter((target): target is string => target !== undefined),
    ]),
  );

/** Every circle as "a -> b -> a" (paths relative to the plugin), each reported once. */
export const importCircles = (graph: Map<string, string[]>): string[] => {
  const circles = new Set<string>();
  const done = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at >= 0) {
      const circle = trail.slice(at).map((step) => path.relative(pluginDir, step));
      const start = circle.indexOf([...circle].sort()[0]);
      const canonical = [...circle.slice(start), ...circle.slice(0, start)];
      circles.add([...canonical, canonical[0]].join(' -> '));
      return;
    }
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
  return [...circles];
};

describe('import circles', () => {
  it('finds a planted circle (the check can fail)', () => {
    const graph = new Map([
      ['/p/a.ts', ['/p/b.ts']],
      ['/p/b.ts', ['/p/c.ts']],
      ['/p/c.ts', ['/p/a.ts']],
      ['/p/d.ts', ['/p/a.ts']],
    ]);
    expect(importCircles(graph)).toHaveLength(1);
  });

  it('has none among the plugin server, core and shared modules', () => {
    expect(importCircles(importGraph(ROOTS.flatMap(filesUnder)))).toEqual([]);
  });
});
