import { matchKey } from '../text/normalize';
import { plainTextFromBlocks, type Block } from '../../../../core/text/word-count';

/**
 * The normalized search key of a document: its searchable fields folded with `matchKey`, so that a search
 * for الامن finds الأمن and اللقاء finds اللِّقاء, on SQLite and PostgreSQL alike (a plain substring match
 * on already-folded text needs no database-specific collation or extension).
 */
const textOf = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'string')
      ? (value as string[]).join('\n')
      : plainTextFromBlocks(value as Block[]);
  }
  return '';
};

export const searchKeyFrom = (values: readonly unknown[]): string =>
  matchKey(
    values
      .map(textOf)
      .filter((text) => text !== '')
      .join('\n'),
  );

/** Longest search accepted from a client, in characters: a search box, not a document. */
export const MAX_SEARCH_LENGTH = 200;
const MAX_SEARCH_TERMS = 8;

/** The words of a search, folded the same way as the key; every one must occur in a match. */
export const searchTerms = (query: string): string[] => {
  const terms = matchKey(query.slice(0, MAX_SEARCH_LENGTH))
    .split(' ')
    .filter((term) => term !== '');
  return [...new Set(terms)].slice(0, MAX_SEARCH_TERMS);
};
