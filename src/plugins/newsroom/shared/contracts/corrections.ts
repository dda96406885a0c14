/**
 * Corrections on published stories (issue #15, item 6). When a live story is published again with a changed text,
 * the editor says what kind of change it is, with a short public note in the locale's language; the notes are
 * append-only and shown in the site read and the preview.
 */

import { z } from 'zod';

/** `silent`: a typo, never shown; `update`, `correction`, `clarification`: shown with their note. */
export type CorrectionKind = 'silent' | 'update' | 'correction' | 'clarification';

/** One change readers see (site read `corrections[]`, the preview); zod for the site read's OpenAPI answer. */
export const correctionViewSchema = z.object({
  kind: z.enum(['update', 'correction', 'clarification']),
  /** In the article locale's language. */
  text: z.string(),
  /** When it went live (UTC ISO). */
  at: z.string().meta({ format: 'date-time' }),
});
export type CorrectionView = z.infer<typeof correctionViewSchema>;

/**
 * `change` in the body of the publish transition (POST …/workflow/articles/:documentId/transitions) of a live
 * story whose draft differs from what is live. `note` is one text for the locale published, or one per locale
 * (`{ ar, en }`) when several are published at once; a silent change has none. Limit: MAX_NOTE_LENGTH characters.
 */
export interface ChangeRequestBody {
  kind: CorrectionKind;
  note?: string | Record<string, string>;
}

/** What the Workflow panel needs to ask for the change (in the workflow state response). */
export interface RepublishView {
  /** The draft differs from what is live: publishing it needs a `change`. */
  changed: boolean;
  /** The kinds this user may choose (corrections and clarifications need an Editor). */
  kinds: CorrectionKind[];
  /** The note's limit, in characters. */
  maxNoteLength: number;
  /** What readers see already, oldest first. */
  corrections: CorrectionView[];
}

/** The note's limit, in characters (domain/corrections/kinds.ts checks it). */
export const MAX_CORRECTION_NOTE_LENGTH = 500;
