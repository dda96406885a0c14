/**
 * Versions and history of an article locale (issue #15). Every save is a version; approval binds to one.
 * Admin routes only, under /newsroom/history (never in the content API).
 */
import type { Bilingual } from './workflow';

/** The path a change came through. */
export type VersionPath =
  | 'content-manager'
  | 'rest'
  | 'graphql'
  | 'code'
  | 'import-cli'
  | 'import-page'
  | 'scheduler'
  | 'restore';

/** The fields a version keeps: the article locale's editable content, not what is derived from it. */
/** The article's `seo` component as a version holds it (media as its id). */
export interface SeoSnapshotView {
  metaTitle: string | null;
  metaDescription: string | null;
  socialImage: number | null;
  socialImageAlt: string | null;
  canonicalUrl: string | null;
  noindex: boolean;
}

export interface ArticleSnapshotView {
  fields: {
    title: string | null;
    slug: string | null;
    standfirst: string | null;
    /** Strapi blocks, as stored. */
    body: unknown[] | null;
    dateline: string | null;
    sourceUrl: string | null;
    /** Media ids, in order. */
    cover: number | null;
    /**
     * The SEO and social fields (the `seo` component), only when one of them is set: an article without them has
     * the snapshot (and hash) it had before the component existed.
     */
    seo?: SeoSnapshotView;
  };
  /** documentIds, in order. */
  relations: { authors: string[]; topics: string[]; sources: string[] };
}

export interface VersionSummary {
  /** 1, 2, 3… per article locale. */
  number: number;
  /** sha256 of the canonical snapshot (domain/history/snapshot.ts). */
  hash: string;
  /** `admin:<id>`, `api:<id>`, `token:<id>`, `system:<what>`; `actorName` when an admin user. */
  actorId: string;
  actorName?: string;
  at: string;
  path: VersionPath;
  /** The workflow stage when the version was recorded. */
  stage: string;
  /** Words added plus words removed against the version before (0 for the first). */
  changeSize: number;
  /** Set when this version was made by restoring another. */
  restoredFrom?: number;
}

/** GET /newsroom/history/articles/:documentId?locale=… */
export interface HistoryListResponse {
  data: { versions: VersionSummary[]; approvedNumber: number | null };
}

/**
 * One run of a text diff: whole words (and the separators between them) kept, added or removed; never a
 * fragment of a word. A replaced span is a `delete` run followed by an `insert` run; when the replacement is
 * only a tashkeel, punctuation or whitespace change, both runs carry that `kind`.
 */
export interface TextRun {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  kind?: Exclude<ChangeKind, 'text' | 'format'>;
}

/**
 * What kind of change a replaced span, a field or a block is:
 *  - `tashkeel-only`: only Arabic diacritics (U+064B–U+065F, U+0670) or tatweel (U+0640) differ;
 *  - `punctuation-only`: only punctuation (، ؛ ؟ « » . , …), possibly with the spaces around it, differs;
 *  - `whitespace-only`: only spaces and line breaks differ;
 *  - `format`: the words are the same, something else changed (marks, a link, a heading level, a list style,
 *    an image) — blocks only;
 *  - `text`: anything else (a rewrite, or a mix of the above).
 */
export type ChangeKind = 'text' | 'tashkeel-only' | 'punctuation-only' | 'whitespace-only' | 'format';

/**
 * A text field, word by word. The runs' `equal` + `delete` texts make the old value and `equal` + `insert` the
 * new one; `nullBefore`/`nullAfter` say that side was null rather than empty.
 */
export interface TextFieldDiff {
  type: 'text';
  field: string;
  kind: ChangeKind;
  runs: TextRun[];
  nullBefore?: true;
  nullAfter?: true;
}

/**
 * Blocks compared as blocks, listed in the order of the new body with each deleted block where it stood:
 *  - `equal`: the same block, same place (from → to);
 *  - `move`: the same block elsewhere (a moved paragraph); with `runs`, `kind` and `block` when it was also edited;
 *  - `change`: the same block edited in place, with the word runs of its text and the new `block`;
 *  - `insert` / `delete`: a block added (at `to`) or removed (from `from`), whole in `block`.
 */
export interface BlockChange {
  op: 'equal' | 'insert' | 'delete' | 'move' | 'change';
  /** Index in the old body (equal, move, change, delete). */
  from?: number;
  /** Index in the new body (equal, move, change, insert). */
  to?: number;
  /** `paragraph`, `heading 2`, `list`, `quote`, `image`, `code` (of the new block; of the old one for a delete). */
  blockType: string;
  /** For change (and an edited move). A changed heading level shows as `blockTypeBefore: 'heading 2'`. */
  kind?: ChangeKind;
  runs?: TextRun[];
  blockTypeBefore?: string;
  /** The whole block: inserted, deleted, or the new block of a change (and of an edited move). */
  block?: unknown;
}

export interface BlocksFieldDiff {
  type: 'blocks';
  field: string;
  changes: BlockChange[];
  nullBefore?: true;
  nullAfter?: true;
}

/** Related documentIds added and removed; `order` is the new list when its order is not old − removed + added. */
export interface RelationFieldDiff {
  type: 'relation';
  field: string;
  added: string[];
  removed: string[];
  order?: string[];
}

export interface ValueFieldDiff {
  type: 'value';
  field: string;
  from: unknown;
  to: unknown;
}

export type FieldDiff = TextFieldDiff | BlocksFieldDiff | RelationFieldDiff | ValueFieldDiff;

/** GET /newsroom/history/articles/:documentId/diff?locale=…&from=N&to=M — only fields that changed. */
export interface DiffResponse {
  data: { from: number; to: number; fields: FieldDiff[]; direction: 'rtl' | 'ltr' };
}

/** POST /newsroom/history/articles/:documentId/restore { locale, number } — a new draft version from an old one. */
export interface RestoreRequestBody {
  locale: string;
  number: number;
}
export interface RestoreResponse {
  data: { version: VersionSummary };
}

/**
 * A refusal that names who changed the draft after approval, and when (409 on publish: `error.details.changedSinceApproval`).
 * `changedBy`/`changedAt` are null when unknown (approved before approvals were bound to a version); the version
 * numbers are there when the version store knows them.
 */
export interface ChangedSinceApproval {
  approvedNumber?: number;
  currentNumber?: number;
  changedBy: string | null;
  changedByName?: string;
  changedAt: string | null;
  message: Bilingual;
}

/** Corrections on published stories (item 6): see corrections.ts. */
export type { CorrectionKind, CorrectionView } from './corrections';
