import { breakLines, escapeHtml } from './escape';

describe('escapeHtml', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('drops every bidi control and replaces other controls and lone surrogates', () => {
    expect(escapeHtml('a\u202Eb\u202Ac\u202Bd\u202Ce\u202Df\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl\u061Cm')).toBe(
      'abcdefghijklm',
    );
    expect(escapeHtml('a\u0000b\u0007c\u007Fd\u0085e\uD800f\uDC00g😀\t\n')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg😀\t\n',
    );
  });

  it('returns text without anything to escape as is', () => {
    const text = 'حلف الناتو';
    expect(escapeHtml(text)).toBe(text);
  });
});

describe('breakLines', () => {
  it('turns each line break into one <br>', () => {
    expect(breakLines('a\nb\r\nc\rd')).toBe('a<br>b<br>c<br>d');
  });
});
