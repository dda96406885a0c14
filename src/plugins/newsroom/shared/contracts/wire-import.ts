/** The admin's wire-copy import, as POST /newsroom/import and the Import page exchange it. */

/** One uploaded file: its name and its bytes in base64 (plain text, <DOC> archive, JSON lines, gzip or not). */
export interface ImportFile {
  name: string;
  content: string;
}

/** Pasted copy, files, or both. Imports from the admin are always drafts at the workflow's first stage. */
export interface ImportRequest {
  text?: string;
  files?: ImportFile[];
  publish?: false;
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
}

export interface ImportResponse {
  data: ImportResult;
}

/** The name failures give pasted copy. */
export const PASTED_TEXT = 'pasted text';

/** Per file, decoded, as `npm run import` allows. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
