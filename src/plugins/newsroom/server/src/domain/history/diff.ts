import type { FieldDiff } from '../../../../shared/contracts/history';
import { canonicalJson, type ArticleSnapshot } from './snapshot';

/**
 * The fields that changed between two versions, in field order. PLACEHOLDER (issue #15, item 3): every changed
 * field as a `value` diff; the word-level Arabic text diff, blocks as blocks and relations as added/removed
 * replace it.
 */
export const diffSnapshots = (before: ArticleSnapshot, after: ArticleSnapshot): FieldDiff[] => {
  const changed: FieldDiff[] = [];
  for (const field of Object.keys(after.fields) as Array<keyof ArticleSnapshot['fields']>) {
    if (canonicalJson(before.fields[field]) !== canonicalJson(after.fields[field]))
      changed.push({ type: 'value', field, from: before.fields[field], to: after.fields[field] });
  }
  for (const field of Object.keys(after.relations) as Array<keyof ArticleSnapshot['relations']>) {
    const old = new Set(before.relations[field]);
    const now = new Set(after.relations[field]);
    const added = after.relations[field].filter((id) => !old.has(id));
    const removed = before.relations[field].filter((id) => !now.has(id));
    if (added.length || removed.length) changed.push({ type: 'relation', field, added, removed });
  }
  return changed;
};
