/**
 * The analysis chain used by search keys and the topic tagger:
 * tokenize → matchKey (lowercase, digits, letter folds) → protected terms → stopwords → stem.
 * Lucene's ArabicAnalyzer filters stopwords before normalizing; ours are stored as matchKeys, so
 * they are filtered after it (stopwords.ts explains the few spellings this has to tell apart).
 *
 * A pure core with explicit options: `createAnalyzer(options)` builds the sets once, and its
 * `analyze(text)` is a function of `text` alone.
 */
import { describeType, readStringList, requireString } from './guard';
import { matchKey } from './normalize';
import { createProtectedTermMatcher, type ProtectedTermMatcher } from './protected-terms';
import { stem } from './stem';
import { DEFAULT_STOPWORDS, isStopword, stopwordSet } from './stopwords';
import { nextToken, type TokenKind, type TokenSpan } from './tokenize';

export interface AnalyzerOptions {
  /** Names, places, organisations: matched on matchKey (and behind و ف ب ك ل ال), never stemmed. */
  protectedTerms?: Iterable<string>;
  /** Words to drop, in any spelling (compared on matchKey). Default: DEFAULT_STOPWORDS; [] keeps all. */
  stopwords?: Iterable<string>;
  /** Stem Arabic words with the Lucene light stemmer. Default: true. */
  stem?: boolean;
}

export interface AnalyzedTerm {
  /** The normalized term: matchKey, then stemmed for Arabic words that are not protected. */
  term: string;
  /** Offsets of the source token in the analyzed text. */
  start: number;
  end: number;
  kind: TokenKind;
  /** The term is a protected term (returned as the term's matchKey, unstemmed). */
  isProtected: boolean;
}

export interface Analyzer {
  analyze(text: string): AnalyzedTerm[];
  /** Protected terms of several words, which single-word matching cannot see (matchKey forms). */
  readonly protectedPhrases: readonly string[];
}

function readOptions(options: unknown): {
  protectedTerms: string[];
  stopwords: ReadonlySet<string>;
  stemming: boolean;
} {
  if (options === undefined) return { protectedTerms: [], stopwords: DEFAULT_STOPWORDS, stemming: true };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`createAnalyzer: options must be an object, got ${describeType(options)}`);
  }
  const { protectedTerms, stopwords, stem: stemming } = options as Record<string, unknown>;
  if (stemming !== undefined && typeof stemming !== 'boolean') {
    throw new TypeError(`createAnalyzer: stem must be a boolean, got ${describeType(stemming)}`);
  }
  return {
    protectedTerms: readStringList(protectedTerms, 'createAnalyzer', 'protectedTerms'),
    stopwords:
      stopwords === undefined
        ? DEFAULT_STOPWORDS
        : stopwordSet(readStringList(stopwords, 'createAnalyzer', 'stopwords')),
    stemming: stemming ?? true,
  };
}

class TermCollector {
  readonly terms: AnalyzedTerm[] = [];

  constructor(
    private readonly text: string,
    private readonly protectedTerms: ProtectedTermMatcher,
    private readonly stopwords: ReadonlySet<string>,
    private readonly stemming: boolean,
  ) {}

  word(span: TokenSpan): void {
    const word = this.text.slice(span.start, span.end);
    const key = matchKey(word);
    // NFKC can expand one ligature into several words (ﷺ): each is a term at the same offsets.
    if (key.includes(' ')) for (const part of key.split(' ')) this.key(part, word, span);
    else this.key(key, word, span);
  }

  hashtag(span: TokenSpan): void {
    const { start, end } = span;
    // A ligature in a hashtag expands to several words (#ﷺ); _ keeps the term one word, as in hashtags.
    const term = matchKey(this.text.slice(start, end)).split(' ').join('_');
    this.terms.push({ term, start, end, kind: 'hashtag', isProtected: false });
    // Then its words, so that #البحرين is evidence for البحرين and #الأمن_القومي for الأمن.
    const part: TokenSpan = { start: 0, end: 0, kind: 'number' };
    let from = start + 1;
    while (nextToken(this.text, from, end, part, false)) {
      this.word(part);
      from = part.end;
    }
  }

  private key(key: string, word: string, span: TokenSpan): void {
    if (key === '') return;
    const { start, end, kind } = span;
    const isArabic = kind === 'arabic';
    const protectedTerm = this.protectedTerms.match(key, isArabic);
    if (protectedTerm !== null) {
      this.terms.push({ term: protectedTerm, start, end, kind, isProtected: true });
    } else if (!isStopword(key, word, this.stopwords)) {
      this.terms.push({ term: isArabic && this.stemming ? stem(key) : key, start, end, kind, isProtected: false });
    }
  }
}

/** An analyzer with fixed options; see AnalyzerOptions for the defaults. */
export function createAnalyzer(options?: AnalyzerOptions): Analyzer {
  const { protectedTerms, stopwords, stemming } = readOptions(options);
  const matcher = createProtectedTermMatcher(protectedTerms);
  return {
    protectedPhrases: matcher.phrases,
    analyze(text: string): AnalyzedTerm[] {
      requireString(text, 'analyze', 'text');
      const collector = new TermCollector(text, matcher, stopwords, stemming);
      const span: TokenSpan = { start: 0, end: 0, kind: 'number' };
      let from = 0;
      while (nextToken(text, from, text.length, span, true)) {
        from = span.end;
        if (span.kind === 'hashtag') collector.hashtag(span);
        else collector.word(span);
      }
      return collector.terms;
    },
  };
}

let defaultAnalyzer: Analyzer | null = null;

/** `createAnalyzer(options).analyze(text)`; the default analyzer is built once and reused. */
export function analyze(text: string, options?: AnalyzerOptions): AnalyzedTerm[] {
  requireString(text, 'analyze', 'text');
  if (options !== undefined) return createAnalyzer(options).analyze(text);
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text);
}
