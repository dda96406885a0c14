/**
 * Arabic text core, layer 1: pure functions over strings, no Strapi, no I/O.
 *  - clean / matchKey: the stored-and-shown form and the comparison key;
 *  - tokenize / tokenTexts: tokens with offsets into the input, or just their strings;
 *  - stem / normalizeLikeLucene: Lucene-compatible light stemming and normalization;
 *  - stopword sets, and the analyzer that chains all of it, with protected terms.
 * This index exports what other modules use; the rest is imported from its own file.
 */
export { matchKey } from './normalize';
export { tokenTexts, type TokenKind } from './tokenize';
export { stem } from './stem';
export { analyze, createAnalyzer, type AnalyzedTerm } from './analyze';
