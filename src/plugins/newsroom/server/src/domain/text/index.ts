/**
 * Arabic text core, layer 1: pure functions over strings, no Strapi, no I/O.
 *  - clean / matchKey: the stored-and-shown form and the comparison key;
 *  - tokenize / tokenTexts: tokens with offsets into the input, or just their strings;
 *  - stem / normalizeLikeLucene: Lucene-compatible light stemming and normalization;
 *  - stopword sets, and the analyzer that chains all of it, with protected terms.
 */
export { clean, matchKey } from './normalize';
export { tokenize, tokenTexts, type Token, type TokenKind } from './tokenize';
export { stem, normalizeLikeLucene } from './stem';
export { ARABIC_STOPWORDS, DEFAULT_STOPWORDS, ENGLISH_STOPWORDS, isStopword, stopwordSet } from './stopwords';
export { analyze, createAnalyzer, type AnalyzedTerm, type Analyzer, type AnalyzerOptions } from './analyze';
