/**
 * Reader for the test vector files in tests/fixtures/vectors (test support, not runtime code).
 * Format: `#` comment lines, then a header row naming the tab-separated columns, then data rows.
 * Cells are taken verbatim (no trimming): an empty cell is an empty-string test case.
 */
import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

/** The project root, seven levels above this folder (src/plugins/newsroom/server/src/domain/text). */
const PROJECT_ROOT = resolve(__dirname, '../../../../../../..');
export const VECTORS_DIR = join(PROJECT_ROOT, 'tests/fixtures/vectors');

export type VectorRow = Readonly<Record<string, string>>;

export interface VectorFile {
  columns: readonly string[];
  rows: readonly VectorRow[];
  /** Non-comment, non-blank lines after the header: every one of them must become a row. */
  dataLineCount: number;
}

export function readVectors(fileName: string): VectorFile {
  const path = join(VECTORS_DIR, fileName);
  if (!existsSync(path)) throw new Error(`test vectors missing: ${path}`);
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('#') && line !== '');
  const [header, ...data] = lines;
  if (header === undefined) throw new Error(`${fileName}: no header row`);
  const columns = header.split('\t');
  const rows = data.map((line, index) => {
    const cells = line.split('\t');
    if (cells.length !== columns.length) {
      throw new Error(`${fileName}: data row ${index + 1} has ${cells.length} cells, header has ${columns.length}`);
    }
    return Object.fromEntries(columns.map((column, at) => [column, cells[at]]));
  });
  return { columns, rows, dataLineCount: data.length };
}
