import type { ImportFailure, ImportFile, ImportResult } from '../../../shared/contracts/wire-import';

/** What the Import page needs besides the request: the direction of pasted copy, files as base64, results merged. */

const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const ANY_LETTER = /\p{L}/gu;

/** Pasted copy is Arabic when most of its letters are: then the textarea is right-to-left, else `auto`. */
export const pastedDirection = (text: string): 'rtl' | 'auto' => {
  const sample = text.slice(0, 4000);
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  return arabic > 0 && arabic * 2 >= letters ? 'rtl' : 'auto';
};

/** The types the file input offers: plain copy, ANT archives (SGML/XML), JSON lines, ninjs, NewsML-G2, gzip or not. */
export const ACCEPTED_FILES =
  '.txt,.text,.xml,.sgml,.sgm,.trec,.jsonl,.ndjson,.json,.gz,text/plain,application/xml,application/json,application/gzip';

/** The file's bytes as base64 (FileReader's data URL without its `data:…;base64,` prefix). */
export const readAsBase64 = (file: File): Promise<ImportFile> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name}: could not be read`));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({ name: file.name, content: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });

export const emptyResult = (): ImportResult => ({ created: [], updated: [], skipped: [], failed: [], updates: [] });

export const mergeResults = (into: ImportResult, more: ImportResult): ImportResult => ({
  created: [...into.created, ...more.created],
  updated: [...into.updated, ...more.updated],
  skipped: [...into.skipped, ...more.skipped],
  failed: [...into.failed, ...more.failed],
  updates: [...into.updates, ...(more.updates ?? [])],
});

export const failureResult = (failure: ImportFailure): ImportResult => ({ ...emptyResult(), failed: [failure] });

/** The Content Manager's edit view of an imported story (a path inside the admin). */
export const editViewPath = (documentId: string, locale: string): string =>
  `/content-manager/collection-types/api::article.article/${documentId}?plugins[i18n][locale]=${locale}`;
