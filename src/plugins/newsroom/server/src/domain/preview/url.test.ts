import { requireBaseUrl, safeUrl, withBase } from './url';

describe('safeUrl', () => {
  it('allows http(s), mailto and relative URLs', () => {
    expect(safeUrl('https://example.com/a?b=1#c', 'link')).toBe('https://example.com/a?b=1#c');
    expect(safeUrl('HTTP://example.com', 'link')).toBe('HTTP://example.com');
    expect(safeUrl('mailto:desk@example.com', 'link')).toBe('mailto:desk@example.com');
    expect(safeUrl('/ar/articles/1', 'link')).toBe('/ar/articles/1');
    expect(safeUrl('article?id=1', 'link')).toBe('article?id=1');
    expect(safeUrl('#section', 'link')).toBe('#section');
    expect(safeUrl('//cdn.example.com/a.jpg', 'image')).toBe('//cdn.example.com/a.jpg');
    expect(safeUrl('/path/with:colon', 'link')).toBe('/path/with:colon');
  });

  it('refuses script, data and other schemes however they are written', () => {
    const refused = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      ' \u0001javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\u0000script:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2Zz4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/1',
      'tel:+9647700000000',
      'java\u202Escript:alert(1)',
      'https://example.com/\u202Egpj.exe',
      '',
      '   ',
    ];
    for (const url of refused) expect([url, safeUrl(url, 'link')]).toEqual([url, null]);
  });

  it('allows mailto for links but not images', () => {
    expect(safeUrl('mailto:a@b.c', 'image')).toBeNull();
  });

  it('refuses non-strings and overlong URLs', () => {
    expect(safeUrl(undefined, 'link')).toBeNull();
    expect(safeUrl(42, 'link')).toBeNull();
    expect(safeUrl(`https://example.com/${'a'.repeat(10_000)}`, 'link')).toBeNull();
  });

  it('removes tabs and line breaks and trims like a browser', () => {
    expect(safeUrl('  https://exa\nmple.com/ ', 'link')).toBe('https://example.com/');
  });
});

describe('base URLs', () => {
  it('joins root-relative media URLs to a base', () => {
    expect(withBase('/uploads/a.jpg', 'https://cms.example.com/')).toBe('https://cms.example.com/uploads/a.jpg');
    expect(withBase('https://cdn.example.com/a.jpg', 'https://cms.example.com')).toBe('https://cdn.example.com/a.jpg');
    expect(withBase('//cdn.example.com/a.jpg', 'https://cms.example.com')).toBe('//cdn.example.com/a.jpg');
    expect(withBase('/uploads/a.jpg', undefined)).toBe('/uploads/a.jpg');
  });

  it('accepts only plain root-relative or http(s) base URLs', () => {
    expect(requireBaseUrl('/newsroom/fonts/', 'f', 'fontBaseUrl')).toBe('/newsroom/fonts');
    expect(requireBaseUrl('https://cms.example.com:1337/fonts', 'f', 'fontBaseUrl')).toBe(
      'https://cms.example.com:1337/fonts',
    );
    for (const bad of ['', 'fonts', 'javascript:x', '/a")}body{x:url(', '/a b', '/a</style>', 'ftp://x/y', 42]) {
      expect(() => requireBaseUrl(bad, 'f', 'fontBaseUrl')).toThrow(TypeError);
    }
  });
});
