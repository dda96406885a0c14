import type {
  BlockChange,
  ChangeKind,
  DiffResponse,
  FieldDiff,
  TextRun,
  VersionSummary,
} from '../../../shared/contracts/history';

/**
 * The History page's diff as rows to display (pure: no React). Text is shown as runs of words kept, inserted or
 * deleted; the body as blocks (inserted, deleted, moved, changed), unchanged blocks folded into a count;
 * relations as documentIds added and removed; other values as before → after.
 */

export type DiffRow =
  | { kind: 'text'; field: string; change: ChangeKind; runs: TextRun[] }
  | {
      kind: 'block';
      field: string;
      op: Exclude<BlockChange['op'], 'equal'>;
      blockType: string;
      /** A changed heading level or list style: the block's type before (`heading 2` → `heading 3`). */
      blockTypeBefore?: string;
      /** 1-based positions, for people: in the old body, in the new body. */
      from?: number;
      to?: number;
      change?: ChangeKind;
      runs: TextRun[];
    }
  | { kind: 'unchanged-blocks'; field: string; count: number }
  | { kind: 'relation'; field: string; added: string[]; removed: string[]; reordered: boolean }
  /** A yes/no value stays a boolean: the page says it in the interface language (نعم/لا, Yes/No). */
  | { kind: 'value'; field: string; from: string | boolean; to: string | boolean };

/** Joins neighbouring runs of the same kind, so that a changed phrase is marked as one run, not word by word. */
export function mergeRuns(runs: readonly TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.op === run.op) last.text += run.text;
    else merged.push({ op: run.op, text: run.text });
  }
  return merged;
}

type BlockNode = { text?: unknown; children?: unknown };

/** The text of a Strapi block (paragraph, heading, list with items, quote…), children read in order. */
export function blockText(block: unknown): string {
  if (typeof block !== 'object' || block === null) return '';
  const node = block as BlockNode;
  if (typeof node.text === 'string') return node.text;
  if (!Array.isArray(node.children)) return '';
  const parts = node.children.map(blockText);
  // List items are blocks of their own: one line each; inline children (text, links) run on.
  const isList = node.children.some(
    (child) => typeof child === 'object' && child !== null && (child as { type?: unknown }).type === 'list-item',
  );
  return parts.join(isList ? '\n' : '');
}

const display = (value: unknown): string | boolean => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
};

const oneBased = (index: number | undefined): number | undefined => (index === undefined ? undefined : index + 1);

function blockRows(field: string, changes: readonly BlockChange[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let unchanged = 0;
  const flush = () => {
    if (unchanged > 0) rows.push({ kind: 'unchanged-blocks', field, count: unchanged });
    unchanged = 0;
  };
  for (const change of changes) {
    if (change.op === 'equal') {
      unchanged += 1;
      continue;
    }
    flush();
    const whole = change.block === undefined ? '' : blockText(change.block);
    let runs: TextRun[];
    if (change.runs) runs = mergeRuns(change.runs);
    else if (change.op === 'insert' || change.op === 'delete') runs = whole ? [{ op: change.op, text: whole }] : [];
    else runs = whole ? [{ op: 'equal', text: whole }] : [];
    // Read structurally: the diff helper's contract adds it (older servers do not send it).
    const before = (change as { blockTypeBefore?: unknown }).blockTypeBefore;
    rows.push({
      kind: 'block',
      field,
      op: change.op,
      blockType: change.blockType,
      ...(typeof before === 'string' && before !== change.blockType ? { blockTypeBefore: before } : {}),
      from: oneBased(change.from),
      to: oneBased(change.to),
      change: change.kind,
      runs,
    });
  }
  flush();
  return rows;
}

function fieldRows(diff: FieldDiff): DiffRow[] {
  switch (diff.type) {
    case 'text':
      return [{ kind: 'text', field: diff.field, change: diff.kind, runs: mergeRuns(diff.runs) }];
    case 'blocks':
      return blockRows(diff.field, diff.changes);
    case 'relation': {
      // `order`: the new list, sent when the order changed beyond what was added and removed.
      const order = (diff as { order?: unknown }).order;
      return [
        {
          kind: 'relation',
          field: diff.field,
          added: [...diff.added],
          removed: [...diff.removed],
          reordered: Array.isArray(order),
        },
      ];
    }
    case 'value':
      return [{ kind: 'value', field: diff.field, from: display(diff.from), to: display(diff.to) }];
  }
}

export const diffRows = (diff: DiffResponse['data']): DiffRow[] => diff.fields.flatMap(fieldRows);

/** The pair compared when the page opens: the latest version against the one before (versions newest first). */
export function defaultPair(versions: readonly VersionSummary[]): { from: number; to: number } | null {
  const sorted = [...versions].sort((a, b) => b.number - a.number);
  if (sorted.length < 2) return null;
  return { from: sorted[1].number, to: sorted[0].number };
}

/** The pair a link asks for (`?from=N&to=M`, e.g. from a refused stale save), or null when it names none. */
export function pairFromQuery(params: URLSearchParams): { from: number; to: number } | null {
  const from = Number(params.get('from'));
  const to = Number(params.get('to'));
  const isVersion = (value: number) => Number.isInteger(value) && value >= 1;
  return params.has('from') && params.has('to') && isVersion(from) && isVersion(to) ? { from, to } : null;
}

/** Versions newest first, whatever order they arrive in. */
export const newestFirst = (versions: readonly VersionSummary[]): VersionSummary[] =>
  [...versions].sort((a, b) => b.number - a.number);

/** Words inserted and deleted in a set of rows (what the page's summary line counts). */
export function countWords(rows: readonly DiffRow[]): { inserted: number; deleted: number } {
  const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
  let inserted = 0;
  let deleted = 0;
  for (const row of rows) {
    if (row.kind !== 'text' && row.kind !== 'block') continue;
    for (const run of row.runs) {
      if (run.op === 'insert') inserted += words(run.text);
      if (run.op === 'delete') deleted += words(run.text);
    }
  }
  return { inserted, deleted };
}
