/**
 * Corrections on published stories (issue #15, item 6), the pure core: the kinds of change, the check of what an
 * editor sends when a changed live story is published again, and what readers see of the changes recorded.
 */
export {
  CORRECTION_KINDS,
  CORRECTION_KIND_LABELS,
  DEFAULT_KIND,
  EDITOR_KINDS,
  MAX_NOTE_LENGTH,
  isCorrectionKind,
  isPublicKind,
  type CorrectionKind,
} from './kinds';
export { checkChange, isChangedRepublish } from './change';
export type { AcceptedChange, ChangeContext, ChangeInput, ChangeRefusal, ChangeRefusalCode } from './change';
export { lastPublicChange, publicCorrections, type StoredChange } from './public';
