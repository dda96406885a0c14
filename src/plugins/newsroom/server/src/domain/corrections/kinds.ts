import type { Bilingual } from '../../../../core/workflow/messages';
import { MAX_CORRECTION_NOTE_LENGTH, type CorrectionKind } from '../../../../shared/contracts/corrections';

/**
 * What kind of change an editor makes when a published story is published again with a different text
 * (issue #15, item 6):
 *  - `silent`: a typo or a tidy-up; recorded, never shown, and it does not move `dateModified`;
 *  - `update`: new facts added; a public note, shown;
 *  - `correction`: something published was wrong; a public note, shown; an Editor only;
 *  - `clarification`: something published was unclear; a public note, shown; an Editor only.
 */
export type { CorrectionKind };
/** The kinds readers see. */
export type PublicKind = Exclude<CorrectionKind, 'silent'>;

export const CORRECTION_KINDS: readonly CorrectionKind[] = ['silent', 'update', 'correction', 'clarification'];
/** Kinds that admit a fault in what was published: only an Editor may record them. */
export const EDITOR_KINDS: readonly CorrectionKind[] = ['correction', 'clarification'];
/** The kind recorded when a changed live story is published again on a path that cannot ask (Content Manager, code). */
export const DEFAULT_KIND: CorrectionKind = 'update';
/** A short public note: a line or two under the story. */
export const MAX_NOTE_LENGTH = MAX_CORRECTION_NOTE_LENGTH;

export const CORRECTION_KIND_LABELS: Readonly<Record<CorrectionKind, Bilingual>> = {
  silent: { en: 'Silent (typo)', ar: 'تعديل صامت (خطأ مطبعي)' },
  update: { en: 'Update', ar: 'تحديث' },
  correction: { en: 'Correction', ar: 'تصحيح' },
  clarification: { en: 'Clarification', ar: 'توضيح' },
};

export function isCorrectionKind(value: unknown): value is CorrectionKind {
  return typeof value === 'string' && (CORRECTION_KINDS as readonly string[]).includes(value);
}

/** Whether the kind is shown to readers (and moves `dateModified`). */
export function isPublicKind(kind: CorrectionKind): kind is PublicKind {
  return kind !== 'silent';
}
