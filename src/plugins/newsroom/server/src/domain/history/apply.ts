import type { BlockChange, FieldDiff, TextRun } from '../../../../shared/contracts/history';
import { blockKeyOf, blockTextOf } from './blocks';
import { canonicalJson, SEO_FIELDS, seoSnapshotOf, type ArticleSnapshot } from './snapshot';
import { sidesOf } from './text-diff';

/**
 * Applies a diff to the version it was made from and gives the version it was made to. Every step checks
 * that the diff fits (the old text of the runs, the deleted and kept blocks, the old value): a diff applied to
 * another version throws instead of producing something nobody wrote.
 */
export class DiffMismatchError extends Error {
  constructor(field: string, what: string) {
    super(`The diff does not apply to this version: ${field}: ${what}`);
    this.name = 'DiffMismatchError';
  }
}

export function applyTextRuns(field: string, before: string, runs: readonly TextRun[]): string {
  const sides = sidesOf(runs);
  if (sides.before !== before) throw new DiffMismatchError(field, 'the old text differs');
  return sides.after;
}

function checkEditedBlock(field: string, oldBlock: unknown, change: BlockChange): void {
  if (change.runs && sidesOf(change.runs).before !== blockTextOf(oldBlock))
    throw new DiffMismatchError(field, `the old text of block ${change.from} differs`);
}

const newIndexOf = (field: string, change: BlockChange, length: number): number => {
  const to = change.to ?? -1;
  if (!Number.isInteger(to) || to < 0 || to >= length)
    throw new DiffMismatchError(field, `no place ${to} to ${change.op}`);
  return to;
};

export function applyBlockChanges(
  field: string,
  before: readonly unknown[],
  changes: readonly BlockChange[],
): unknown[] {
  const length = changes.filter((change) => change.op !== 'delete').length;
  const after: unknown[] = new Array<unknown>(length);
  const filled = new Set<number>();
  const seenOld = new Set<number>();
  for (const change of changes) {
    let block = change.block;
    if (change.op !== 'insert') {
      const from = change.from ?? -1;
      if (from < 0 || from >= before.length || seenOld.has(from))
        throw new DiffMismatchError(field, `no block ${from} to ${change.op}`);
      seenOld.add(from);
      if (change.op === 'delete' && blockKeyOf(change.block) !== blockKeyOf(before[from]))
        throw new DiffMismatchError(field, `block ${from} is not the deleted one`);
      checkEditedBlock(field, before[from], change);
      if (change.op === 'delete') continue;
      if (change.op === 'equal' || (change.op === 'move' && change.block === undefined)) block = before[from];
    }
    const to = newIndexOf(field, change, length);
    if (filled.has(to)) throw new DiffMismatchError(field, `two blocks at ${to}`);
    filled.add(to);
    after[to] = block;
  }
  if (seenOld.size !== before.length) throw new DiffMismatchError(field, 'some old blocks are not accounted for');
  return after;
}

type Fields = ArticleSnapshot['fields'];
type Relations = ArticleSnapshot['relations'];

const isField = (field: string, fields: Fields): field is keyof Fields => Object.hasOwn(fields, field);
const isRelation = (field: string, relations: Relations): field is keyof Relations => Object.hasOwn(relations, field);

function applyRelation(field: string, before: readonly string[], diff: FieldDiff & { type: 'relation' }): string[] {
  const removed = new Set(diff.removed);
  for (const id of diff.removed) if (!before.includes(id)) throw new DiffMismatchError(field, `${id} is not related`);
  return diff.order ? [...diff.order] : [...before.filter((id) => !removed.has(id)), ...diff.added];
}

function applyField(fields: Fields, diff: FieldDiff): void {
  const field = diff.field;
  if (!isField(field, fields)) throw new DiffMismatchError(field, 'no such field');
  const old = fields[field];
  if (diff.type === 'text') {
    if (typeof old !== 'string' && old !== null) throw new DiffMismatchError(field, 'not a text field');
    if ((old === null) !== Boolean(diff.nullBefore)) throw new DiffMismatchError(field, 'the old value differs');
    const text = applyTextRuns(field, old ?? '', diff.runs);
    (fields as Record<string, unknown>)[field] = diff.nullAfter ? null : text;
  } else if (diff.type === 'blocks') {
    if (old !== null && !Array.isArray(old)) throw new DiffMismatchError(field, 'not a blocks field');
    if ((old === null) !== Boolean(diff.nullBefore)) throw new DiffMismatchError(field, 'the old value differs');
    const blocks = applyBlockChanges(field, old ?? [], diff.changes);
    (fields as Record<string, unknown>)[field] = diff.nullAfter ? null : blocks;
  } else if (diff.type === 'value') {
    if (canonicalJson(old) !== canonicalJson(diff.from)) throw new DiffMismatchError(field, 'the old value differs');
    (fields as Record<string, unknown>)[field] = diff.to;
  } else throw new DiffMismatchError(field, `a ${diff.type} diff on a field`);
}

/** A change of one SEO field (`seo.metaTitle` …): the component's other fields kept, dropped when all are empty. */
function applySeoField(after: ArticleSnapshot, diff: FieldDiff & { type: 'value' }): void {
  const field = diff.field.slice('seo.'.length) as (typeof SEO_FIELDS)[number];
  if (!SEO_FIELDS.includes(field)) throw new DiffMismatchError(diff.field, 'no such field');
  const seo: Record<string, unknown> = { ...EMPTY_SEO, ...after.fields.seo };
  if (canonicalJson(seo[field] ?? null) !== canonicalJson(diff.from ?? (field === 'noindex' ? false : null)))
    throw new DiffMismatchError(diff.field, 'the old value differs');
  seo[field] = diff.to ?? (field === 'noindex' ? false : null);
  const next = seoSnapshotOf(seo);
  const { seo: _dropped, ...rest } = after.fields;
  after.fields = next ? { ...rest, seo: next } : rest;
}

const EMPTY_SEO = Object.fromEntries(SEO_FIELDS.map((field) => [field, field === 'noindex' ? false : null]));

/** The version `diff` (from diffSnapshots) was made to, from the version it was made from. */
export function applyDiff(before: ArticleSnapshot, diff: readonly FieldDiff[]): ArticleSnapshot {
  const after: ArticleSnapshot = { fields: { ...before.fields }, relations: { ...before.relations } };
  for (const change of diff) {
    if (change.type === 'value' && change.field.startsWith('seo.')) applySeoField(after, change);
    else if (change.type !== 'relation') applyField(after.fields, change);
    else if (isRelation(change.field, after.relations))
      after.relations[change.field] = applyRelation(change.field, before.relations[change.field], change);
    else throw new DiffMismatchError(change.field, 'no such relation');
  }
  return after;
}
