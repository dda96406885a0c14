import type { FieldDiff, RelationFieldDiff } from '../../../../shared/contracts/history';
import { diffBlocks } from './blocks-diff';
import { canonicalJson, SEO_FIELDS, SNAPSHOT_RELATIONS, type ArticleSnapshot } from './snapshot';
import { diffText } from './text-diff';

/**
 * The fields that changed between two versions of an article locale, in field order then relation order:
 * prose fields word by word (text-diff.ts), the body block by block (blocks-diff.ts), the source URL and the
 * cover as values (a URL or a media id is replaced whole, not reworded), relations as documentIds added and
 * removed. `applyDiff(before, diffSnapshots(before, after))` gives `after` (apply.ts).
 */
type Fields = ArticleSnapshot['fields'];

const TEXT_FIELDS = new Set<keyof Fields>(['title', 'slug', 'standfirst', 'dateline']);
const FIELD_ORDER: ReadonlyArray<keyof Fields> = [
  'title',
  'slug',
  'standfirst',
  'body',
  'dateline',
  'sourceUrl',
  'cover',
];

const nullSides = (before: unknown, after: unknown): { nullBefore?: true; nullAfter?: true } => ({
  ...(before === null ? { nullBefore: true as const } : {}),
  ...(after === null ? { nullAfter: true as const } : {}),
});

function diffField(field: keyof Fields, before: Fields, after: Fields): FieldDiff {
  const [old, now] = [before[field], after[field]];
  if (
    TEXT_FIELDS.has(field) &&
    (typeof old === 'string' || old === null) &&
    (typeof now === 'string' || now === null)
  ) {
    const { kind, runs } = diffText(old ?? '', now ?? '');
    // '' and null read the same: nothing a reader sees changed.
    return {
      type: 'text',
      field,
      kind: (old ?? '') === (now ?? '') ? 'whitespace-only' : kind,
      runs,
      ...nullSides(old, now),
    };
  }
  if (field === 'body' && (Array.isArray(old) || old === null) && (Array.isArray(now) || now === null))
    return { type: 'blocks', field, changes: diffBlocks(old ?? [], now ?? []), ...nullSides(old, now) };
  return { type: 'value', field, from: old, to: now };
}

/** A blocks diff that keeps every block where it was, on the same side of null (or an equal value): no change. */
const unchanged = (diff: FieldDiff): boolean =>
  diff.type === 'blocks'
    ? !diff.nullBefore === !diff.nullAfter && diff.changes.every((change) => change.op === 'equal')
    : diff.type === 'value' && canonicalJson(diff.from) === canonicalJson(diff.to);

function diffRelation(field: RelationFieldDiff['field'], before: string[], after: string[]): RelationFieldDiff {
  const old = new Set(before);
  const now = new Set(after);
  const added = after.filter((id) => !old.has(id));
  const removed = before.filter((id) => !now.has(id));
  const plainOrder = [...before.filter((id) => now.has(id)), ...added];
  const reordered = plainOrder.length !== after.length || plainOrder.some((id, index) => id !== after[index]);
  return { type: 'relation', field, added, removed, ...(reordered ? { order: [...after] } : {}) };
}

export const diffSnapshots = (before: ArticleSnapshot, after: ArticleSnapshot): FieldDiff[] => {
  const changed: FieldDiff[] = [];
  for (const field of FIELD_ORDER) {
    // The body is compared block by block (keys computed once) rather than serialized whole first.
    if (field === 'body') {
      const diff = diffField(field, before.fields, after.fields);
      if (!unchanged(diff)) changed.push(diff);
    } else if (canonicalJson(before.fields[field]) !== canonicalJson(after.fields[field]))
      changed.push(diffField(field, before.fields, after.fields));
  }
  // The SEO and social fields, each a value (`seo.metaTitle` …); a version without them has them all empty.
  for (const field of SEO_FIELDS) {
    const [old, now] = [before.fields.seo?.[field] ?? null, after.fields.seo?.[field] ?? null];
    if ((old ?? false) !== (now ?? false)) changed.push({ type: 'value', field: `seo.${field}`, from: old, to: now });
  }
  for (const field of SNAPSHOT_RELATIONS)
    if (canonicalJson(before.relations[field]) !== canonicalJson(after.relations[field]))
      changed.push(diffRelation(field, before.relations[field], after.relations[field]));
  return changed;
};
