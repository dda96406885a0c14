import { existsSync } from 'fs';
import { PREVIEW_FONTS, PREVIEW_FONT_FILES, fontFaceCss } from './fonts';

describe('preview fonts', () => {
  it('references Noto Naskh Arabic for Arabic and Noto Serif for Latin, woff2 only', () => {
    expect(PREVIEW_FONT_FILES).toEqual([
      'noto-naskh-arabic-arabic-400-normal.woff2',
      'noto-naskh-arabic-arabic-700-normal.woff2',
      'noto-serif-latin-400-normal.woff2',
      'noto-serif-latin-400-italic.woff2',
      'noto-serif-latin-700-normal.woff2',
      'noto-serif-latin-700-italic.woff2',
      'noto-serif-latin-ext-400-normal.woff2',
      'noto-serif-latin-ext-400-italic.woff2',
      'noto-serif-latin-ext-700-normal.woff2',
      'noto-serif-latin-ext-700-italic.woff2',
    ]);
  });

  it('writes one @font-face per file, from the base URL only, limited to its subset', () => {
    const css = fontFaceCss('/newsroom/fonts');
    expect(css.match(/@font-face/g)).toHaveLength(PREVIEW_FONT_FILES.length);
    expect([...css.matchAll(/url\("([^"]*)"\)/g)].map(([, url]) => url)).toEqual(
      PREVIEW_FONT_FILES.map((file) => `/newsroom/fonts/${file}`),
    );
    expect(css.match(/unicode-range:U\+0600-06FF/g)).toHaveLength(2);
    expect(css).not.toMatch(/https?:|<|\\/);
  });

  // The fonts ship as dependencies (package.json): every file the page references must exist in its package.
  it('finds every referenced file in its npm package', () => {
    for (const font of PREVIEW_FONTS)
      expect(existsSync(require.resolve(`${font.package}/files/${font.file}`))).toBe(true);
  });
});
