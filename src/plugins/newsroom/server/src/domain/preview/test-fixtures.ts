import { countWords, type Block } from '../../../../core/text/word-count';
import type { PreviewArticle, RenderOptions } from './types';

/** Test support (not runtime code): articles and options for the preview tests. */
export const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3OA';

export const OPTIONS: RenderOptions = { nonce: NONCE, fontBaseUrl: '/newsroom/fonts' };

const text = (value: string, marks: Record<string, boolean> = {}): Block =>
  ({ type: 'text', text: value, ...marks }) as Block;
export const paragraph = (...children: Block[]): Block => ({ type: 'paragraph', children });
export const p = (value: string): Block => paragraph(text(value));

export { text };

/** One block of every type Strapi's blocks editor makes, with every text format. */
export const EVERY_BLOCK: Block[] = [
  paragraph(
    text('نص عادي '),
    text('عريض', { bold: true }),
    text(' '),
    text('مائل', { italic: true }),
    text(' '),
    text('مسطر', { underline: true }),
    text(' '),
    text('مشطوب', { strikethrough: true }),
    text(' '),
    text('npm test', { code: true }),
    text(' و'),
    { type: 'link', url: 'https://example.com/a?b=1&c=2', children: [text('رابط')] } as Block,
    text('.'),
  ),
  { type: 'heading', level: 2, children: [text('عنوان فرعي')] },
  { type: 'heading', level: 3, children: [text('عنوان ثالث')] },
  { type: 'quote', children: [text('اقتباس عربي')] },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [text('بند أول')] },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('بند متداخل')] }] },
      { type: 'list-item', children: [text('بند ثان')] },
    ],
  },
  { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('أولاً')] }] },
  {
    type: 'image',
    image: { url: '/uploads/photo.jpg', alternativeText: 'صورة القمة', caption: 'من القمة', width: 1280, height: 960 },
    children: [text('')],
  } as Block,
  { type: 'code', language: 'ts', children: [text('const a = 1;\n  if (a < 2) {}')] } as Block,
];

export function article(overrides: Partial<PreviewArticle> = {}): PreviewArticle {
  return {
    documentId: 'doc123',
    locale: 'ar',
    status: 'draft',
    title: 'حلف NATO 32 دولة',
    standfirst: 'قمة الحلف في واشنطن',
    body: [p('حلف NATO 32 دولة'), ...EVERY_BLOCK],
    dateline: 'بغداد',
    authors: [{ name: 'أحمد علي', jobTitle: 'مراسل' }, { name: 'John Smith' }],
    topics: [
      { name: 'العراق', slug: 'iraq' },
      { name: 'NATO', slug: 'nato' },
    ],
    sources: [
      { name: 'رويترز', homepageUrl: 'https://www.reuters.com' },
      { name: 'AFP', homepageUrl: null },
    ],
    sourceUrl: 'https://www.reuters.com/world/nato-32',
    cover: { url: '/uploads/cover.jpg', alternativeText: 'غلاف', caption: 'صورة الغلاف', width: 1600, height: 900 },
    originalPublishedAt: '2024-07-10T06:00:00.000Z',
    publishedAt: '2024-07-10T07:30:00.000Z',
    updatedAt: '2024-07-10T09:00:00.000Z',
    ...overrides,
  };
}

/** At least `words` words (as `countWords` counts) of Arabic news copy with Latin names and numbers. */
export function longBody(words: number): Block[] {
  const sentence =
    'قال الأمين العام إن حلف NATO 32 دولة ستشارك في القمة في Washington يوم 10 يوليو، ونُشرت صور بدقة 1280 × 960 بكسل.';
  const heading = 'محور جديد في القمة';
  const blocks: Block[] = [];
  for (let written = 0, index = 0; written < words; index += 1) {
    if (index % 6 === 5) {
      blocks.push({ type: 'heading', level: 2, children: [text(heading)] });
      written += countWords(heading);
    }
    blocks.push(paragraph(text(`${sentence} `), text('Jens Stoltenberg', { bold: true }), text(` ${sentence}`)));
    written += countWords(`${sentence} Jens Stoltenberg ${sentence}`);
  }
  return blocks;
}
