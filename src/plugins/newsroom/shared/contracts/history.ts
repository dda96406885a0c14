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

/** One run of a text diff: words kept, added or removed. `kind` says what changed inside a replaced word. */
export interface TextRun {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** What kind of change a replaced span is, when it is not a plain rewrite. */
export type ChangeKind = 'text' | 'tashkeel-only' | 'punctuation-only' | 'whitespace-only';

export interface TextFieldDiff {
  type: 'text';
  field: string;
  kind: ChangeKind;
  runs: TextRun[];
}

/** Blocks compared as blocks: kept, added, removed, moved, or changed (with a word diff of its text). */
export interface BlockChange {
  op: 'equal' | 'insert' | 'delete' | 'move' | 'change';
  /** Index in the old body (delete, move, change, equal) and in the new body (insert, move, change, equal). */
  from?: number;
  to?: number;
  /** `paragraph`, `heading 2`, `list`, `quote`… */
  blockType: string;
  kind?: ChangeKind;
  runs?: TextRun[];
  /** The whole block, for insert and delete. */
  block?: unknown;
}

export interface BlocksFieldDiff {
  type: 'blocks';
  field: string;
  changes: BlockChange[];
}

export interface RelationFieldDiff {
  type: 'relation';
  field: string;
  added: string[];
  removed: string[];
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

/** Kinds of change when a published story is published again (item 6). */
export type CorrectionKind = 'silent' | 'update' | 'correction' | 'clarification';

export interface CorrectionView {
  kind: Exclude<CorrectionKind, 'silent'>;
  /** In the article locale's language. */
  text: string;
  at: string;
}
