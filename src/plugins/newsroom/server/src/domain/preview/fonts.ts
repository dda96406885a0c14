/**
 * Fonts of the preview, self-hosted from two npm packages (SIL OFL 1.1), never from the internet:
 *  - @fontsource/noto-naskh-arabic: Noto Naskh Arabic, the Arabic subset, 400 and 700. Naskh is
 *    the style of Arabic print and news copy, and Noto's is drawn for screens;
 *  - @fontsource/noto-serif: Noto Serif, latin and latin-ext subsets, 400/700, roman and italic:
 *    the Latin face designed to sit beside Noto Naskh, used for Latin runs inside Arabic text and
 *    for LTR pages; latin-ext covers names such as Erdoğan or Łukasz.
 * Each face carries the `unicode-range` of its fontsource subset, so a browser downloads only the
 * files whose characters appear on the page. The route serving them can resolve each file with
 * `require.resolve(`${font.package}/files/${font.file}`)` (the packages export `./files/*`).
 */
export interface PreviewFont {
  package: '@fontsource/noto-naskh-arabic' | '@fontsource/noto-serif';
  family: 'Noto Naskh Arabic' | 'Noto Serif';
  file: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
}

/**
 * From the fontsource CSS of version 5.3.0 of both packages (the `arabic`, `latin` and `latin-ext`
 * subsets); the Arabic subset's many small ranges of Arabic mathematical letters are merged into one.
 */
const ARABIC_RANGE =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EEF1';
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT_RANGE =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const naskh = (weight: 400 | 700): PreviewFont => ({
  package: '@fontsource/noto-naskh-arabic',
  family: 'Noto Naskh Arabic',
  file: `noto-naskh-arabic-arabic-${weight}-normal.woff2`,
  weight,
  style: 'normal',
  unicodeRange: ARABIC_RANGE,
});

const serif = (subset: 'latin' | 'latin-ext', weight: 400 | 700, style: 'normal' | 'italic'): PreviewFont => ({
  package: '@fontsource/noto-serif',
  family: 'Noto Serif',
  file: `noto-serif-${subset}-${weight}-${style}.woff2`,
  weight,
  style,
  unicodeRange: subset === 'latin' ? LATIN_RANGE : LATIN_EXT_RANGE,
});

export const PREVIEW_FONTS: readonly PreviewFont[] = [
  naskh(400),
  naskh(700),
  ...(['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).flatMap((weight) =>
      (['normal', 'italic'] as const).map((style) => serif(subset, weight, style)),
    ),
  ),
];

/** The font files the page references, for the static route (all .woff2). */
export const PREVIEW_FONT_FILES: readonly string[] = PREVIEW_FONTS.map((font) => font.file);

/** Arabic face first: its unicode-range keeps Latin characters on Noto Serif whatever the order. */
export const FONT_STACK = "'Noto Naskh Arabic','Noto Serif',serif";
export const MONOSPACE_STACK = 'ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace';

/** `@font-face` rules pointing at `${fontBaseUrl}/<file>`; the base URL is checked by the caller. */
export function fontFaceCss(fontBaseUrl: string): string {
  return PREVIEW_FONTS.map(
    (font) =>
      `@font-face{font-family:'${font.family}';font-style:${font.style};font-weight:${font.weight};font-display:swap;` +
      `src:url("${fontBaseUrl}/${font.file}") format("woff2");unicode-range:${font.unicodeRange}}`,
  ).join('\n');
}
