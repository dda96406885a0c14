import { analyze, createAnalyzer, type AnalyzedTerm } from './analyze';

const terms = (result: AnalyzedTerm[]): string[] => result.map((term) => term.term);

describe('analyze', () => {
  it('normalizes, drops stopwords and stems, with offsets of the source tokens', () => {
    const input = 'قال الوزير إن الأسعارَ ارتفعت';
    const result = analyze(input);
    expect(terms(result)).toEqual(['قال', 'وزير', 'اسعار', 'ارتفعت']);
    for (const term of result) expect(term.isProtected).toBe(false);
    expect(input.slice(result[1].start, result[1].end)).toBe('الوزير');
    expect(input.slice(result[2].start, result[2].end)).toBe('الأسعارَ');
  });

  it('keeps content words such as العام (الأمين العام)', () => {
    // Light stemming as Lucene does it: الأمين loses ين too (a protected term would prevent it).
    expect(terms(analyze('الأمين العام للأمم المتحدة'))).toEqual(['ام', 'عام', 'امم', 'متحد']);
  });

  it('lowercases Latin words and does not stem them', () => {
    expect(terms(analyze('The BBC reported'))).toEqual(['bbc', 'reported']);
  });

  it('maps digits to ASCII and keeps numbers whole', () => {
    expect(terms(analyze('ارتفع ٣٫٥ في المئة إلى ١٢٠٠'))).toEqual(['ارتفع', '3.5', 'مئ', '1200']);
  });

  it('returns a hashtag whole, then its words', () => {
    const input = 'تابعوا #الأمن_القومي';
    const result = analyze(input);
    expect(result.map((term) => `${term.term}:${term.kind}`)).toEqual([
      'تابعوا:arabic',
      '#الامن_القومي:hashtag',
      'امن:arabic',
      'قوم:arabic',
    ]);
    expect(input.slice(result[3].start, result[3].end)).toBe('القومي');
  });

  it('expands a ligature into its words at the ligature offsets', () => {
    const result = analyze('محمد ﷺ'); // صلى الله عليه وسلم, and عليه is a stopword
    expect(terms(result)).toEqual(['محمد', 'صل', 'له', 'سلم']);
    expect(result[1]).toMatchObject({ start: 5, end: 6 });
  });

  it('never stems when stem is false', () => {
    expect(terms(analyze('الكتاب والمدرسة', { stem: false }))).toEqual(['الكتاب', 'والمدرسه']);
  });

  it('uses the given stopwords instead of the defaults', () => {
    expect(terms(analyze('في البيت', { stopwords: ['بيت', 'البيت'] }))).toEqual(['في']);
  });
});

describe('protected terms', () => {
  const analyzer = createAnalyzer({ protectedTerms: ['البحرين', 'ناتو', 'لبنان', 'مصر', 'BBC'] });
  const protectedTerms = (text: string): string[] =>
    analyzer.analyze(text).map((term) => (term.isProtected ? `${term.term}*` : term.term));

  it('returns البحرين unstemmed, also behind و ب ل and in للبحرين', () => {
    expect(protectedTerms('البحرين والبحرين بالبحرين للبحرين وللبحرين')).toEqual([
      'البحرين*',
      'البحرين*',
      'البحرين*',
      'البحرين*',
      'البحرين*',
    ]);
  });

  it('matches on matchKey: tashkeel, tatweel and hamza spelling do not matter', () => {
    expect(protectedTerms('البَحْرَيْن البحـــرين')).toEqual(['البحرين*', 'البحرين*']);
  });

  it('strips ال only where the protected term has none', () => {
    expect(protectedTerms('الناتو والناتو بالناتو للناتو ناتو')).toEqual(['ناتو*', 'ناتو*', 'ناتو*', 'ناتو*', 'ناتو*']);
    expect(protectedTerms('بحرين')).toEqual(['بحر']); // البحرين is protected, بحرين is not
  });

  it('handles a protected term starting with a clitic letter (لبنان, للبنان, ولبنان)', () => {
    expect(protectedTerms('لبنان للبنان ولبنان')).toEqual(['لبنان*', 'لبنان*', 'لبنان*']);
  });

  it('strips clitics only to reach a protected term, and never from Latin', () => {
    expect(protectedTerms('ومصر بمصر المصري')).toEqual(['مصر*', 'مصر*', 'مصر']); // المصري: stemmed, not protected
    expect(protectedTerms('bbc xbbc')).toEqual(['bbc*', 'xbbc']);
  });

  it('accepts multi-word terms without breaking and reports them as phrases', () => {
    const withPhrase = createAnalyzer({ protectedTerms: ['حلف شمال الأطلسي', 'قطر'] });
    expect(withPhrase.protectedPhrases).toEqual(['حلف شمال الاطلسي']);
    expect(terms(withPhrase.analyze('حلف شمال الأطلسي وقطر'))).toEqual(['حلف', 'شمال', 'اطلس', 'قطر']);
  });

  it('protects a word even when it is also a stopword', () => {
    expect(terms(createAnalyzer({ protectedTerms: ['هنا'] }).analyze('هنا'))).toEqual(['هنا']);
  });
});

describe('bad input', () => {
  it('rejects a non-string text with a TypeError naming the argument', () => {
    const call = analyze as (text: unknown) => unknown;
    expect(() => call(5)).toThrow(new TypeError('analyze: text must be a string, got number'));
    const analyzeWith = createAnalyzer().analyze as (text: unknown) => unknown;
    expect(() => analyzeWith(undefined)).toThrow(new TypeError('analyze: text must be a string, got undefined'));
  });

  it('rejects malformed options with a TypeError naming the field', () => {
    const create = createAnalyzer as (options: unknown) => unknown;
    expect(() => create(null)).toThrow(new TypeError('createAnalyzer: options must be an object, got null'));
    expect(() => create({ protectedTerms: 'البحرين' })).toThrow(
      new TypeError('createAnalyzer: protectedTerms must be an iterable of strings, got string'),
    );
    expect(() => create({ protectedTerms: ['مصر', 3] })).toThrow(
      new TypeError('createAnalyzer: protectedTerms[1] must be a string, got number'),
    );
    expect(() => create({ stopwords: [null] })).toThrow(
      new TypeError('createAnalyzer: stopwords[0] must be a string, got null'),
    );
    expect(() => create({ stem: 'yes' })).toThrow(new TypeError('createAnalyzer: stem must be a boolean, got string'));
  });

  it('accepts any iterable of strings (a Set) as protected terms', () => {
    expect(terms(createAnalyzer({ protectedTerms: new Set(['البحرين']) }).analyze('البحرين'))).toEqual(['البحرين']);
  });
});
