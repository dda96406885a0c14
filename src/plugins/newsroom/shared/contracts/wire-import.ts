/** The admin's wire-copy import, as POST /newsroom/import and the Import page exchange it. */
import type { FieldDiff } from './history';

/** One uploaded file: its name and its bytes in base64 (plain text, <DOC> archive, JSON lines, gzip or not). */
export interface ImportFile {
  name: string;
  content: string;
}

/** What to do with a story that is a later version of one already imported. */
export type UpdateAction = 'apply' | 'new';

/**
 * The decision on one offered update: the same input again, with the story's content hash and the draft it
 * updates; only that story of the input is imported. `apply` writes it into the draft (a new version; a story
 * in review, approved or published goes back through the workflow: its live version is never changed), `new`
 * imports it as a story of its own.
 */
export interface UpdateDecision {
  contentHash: string;
  documentId: string;
  action: UpdateAction;
}

/** Pasted copy, files, or both. Imports from the admin are always drafts at the workflow's first stage. */
export interface ImportRequest {
  text?: string;
  files?: ImportFile[];
  publish?: false;
  update?: UpdateDecision;
}

/** How an incoming story was recognised as a later version of a stored one. */
export type UpdateMatchKind = 'agency-id' | 'url' | 'similar-text';

/** An incoming story that is a later version of an imported one: offered, not written. */
export interface OfferedUpdate {
  /** The stored story (its Arabic draft) it would update. */
  documentId: string;
  locale: string;
  /** The stored story's title now. */
  title: string;
  /** The incoming story's title and content hash (what an UpdateDecision names). */
  storyTitle: string;
  contentHash: string;
  matchedBy: UpdateMatchKind;
  /** Estimated share of word shingles in common (0..1), for `similar-text`. */
  similarity?: number;
  /** The agency's id, version and urgency of the incoming story, and the version imported before. */
  agency?: { id: string; version?: string; urgency?: number; previousVersion?: string };
  /** The stored story's workflow stage (draft, in_review, approved, scheduled, published, …). */
  stage: string;
  /** Whether a version of it is live: applying changes the draft only, published again through the workflow. */
  published: boolean;
  /** Whether the importing user may apply it (edit that draft). */
  mayApply: boolean;
  /** What applying changes in the draft, as the History page shows a diff. */
  changes: FieldDiff[];
}

export interface ImportedStory {
  documentId: string;
  locale: string;
  title: string;
  /** The copy had no headline: the title was cut from the lead and wants an editor's look. */
  titleProposed: boolean;
  /** An import asked to publish (the CLI's `--publish`) left it a draft: its embargo (UTC ISO) still holds. */
  heldUntil?: string;
}

export interface SkippedStory extends ImportedStory {
  reason: string;
}

export interface ImportFailure {
  /** The file's name (or "pasted text"). */
  file: string;
  line?: number;
  reason: string;
}

export interface ImportResult {
  created: ImportedStory[];
  updated: ImportedStory[];
  skipped: SkippedStory[];
  failed: ImportFailure[];
  /** Later versions of imported stories, not written: the page offers to apply them or import them as new. */
  updates: OfferedUpdate[];
}

export interface ImportResponse {
  data: ImportResult;
}

/** The name failures give pasted copy. */
export const PASTED_TEXT = 'pasted text';

/** Per file, decoded, as `npm run import` allows. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

/**
 * GET /newsroom/wire/proposed-title/:documentId?locale=…: the headline the importer proposed for this article
 * locale (copy that came without one), while its stored title is still that proposal; null once someone has
 * changed the title, and for articles that were not imported with a proposed headline. The edit view marks the
 * title as proposed while this is set and the form's title still equals it.
 */
export interface ProposedTitleView {
  proposedTitle: string | null;
}

export interface ProposedTitleResponse {
  data: ProposedTitleView;
}
