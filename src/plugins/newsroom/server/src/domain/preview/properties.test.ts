import fc from 'fast-check';
import type { Block } from '../../../../core/text/word-count';
import { LINEAR_GROWTH_LIMIT, growthRatio } from '../text/test-timing';
import { OPTIONS, article, longBody, p } from './test-fixtures';
import { renderPreview } from './render';
import { hazardsIn } from './test-html';
import type { PreviewArticle } from './types';

const NASTY = [
  '<script>alert(1)</script>',
  '</style>',
  '" onmouseover="alert(1)',
  "' onfocus='x",
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'JAVASCRIPT:',
  'java\tscript:',
  'data:text/html,<b>',
  '&amp;',
  '&#x6a;',
  '\u202E',
  '\u2066',
  '\u200F',
  '\u0000',
  '\uD800',
  '😀',
  'حلف',
  'NATO',
  '32',
  '1280 × 960',
  ' ',
  '\n',
  '-',
  '(',
  ')',
  '#',
  '//',
  'https://',
  'mailto:',
  ':',
];
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.array(fc.constantFrom(...NASTY), { maxLength: 8 }).map((pieces) => pieces.join('')),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> =>
  fc.option(arbitrary, { nil: undefined }).map((value) => value ?? null);

const textNode = fc.record(
  {
    type: fc.constant('text'),
    text: nasty,
    bold: fc.boolean(),
    italic: fc.boolean(),
    underline: fc.boolean(),
    strikethrough: fc.boolean(),
    code: fc.boolean(),
  },
  { requiredKeys: ['type', 'text'] },
);
const inline = fc.oneof(
  textNode,
  fc.record({ type: fc.constant('link'), url: nasty, children: fc.array(textNode, { maxLength: 3 }) }),
);
const children = fc.array(inline, { maxLength: 5 });
const block: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ type: fc.constantFrom('paragraph', 'quote', 'code', 'list-item', 'callout'), children }),
  fc.record({ type: fc.constant('heading'), level: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.double()), children }),
  fc.record({
    type: fc.constant('list'),
    format: fc.oneof(fc.constantFrom('ordered', 'unordered'), nasty),
    children: fc.array(
      fc.oneof(
        fc.record({ type: fc.constant('list-item'), children }),
        fc.record({
          type: fc.constant('list'),
          children: fc.array(fc.record({ type: fc.constant('list-item'), children }), { maxLength: 2 }),
        }),
      ),
      { maxLength: 4 },
    ),
  }),
  fc.record({
    type: fc.constant('image'),
    image: fc.record({
      url: nasty,
      alternativeText: maybe(nasty),
      caption: maybe(nasty),
      width: fc.integer(),
      height: fc.integer(),
    }),
  }),
  fc.jsonValue({ maxDepth: 3 }),
);

const anyArticle: fc.Arbitrary<PreviewArticle> = fc.record({
  documentId: nasty,
  locale: fc.oneof(fc.constantFrom('ar', 'en', 'ar-EG', 'fa', 'he-IL', 'fr'), nasty),
  status: fc.constantFrom('draft' as const, 'published' as const),
  title: nasty,
  standfirst: maybe(nasty),
  body: maybe(fc.array(block, { maxLength: 6 }).map((blocks) => blocks as Block[])),
  dateline: maybe(nasty),
  authors: fc.array(fc.record({ name: nasty, jobTitle: maybe(nasty) }), { maxLength: 3 }),
  topics: fc.array(fc.record({ name: nasty, slug: maybe(nasty) }), { maxLength: 3 }),
  sources: fc.array(fc.record({ name: nasty, homepageUrl: maybe(nasty) }), { maxLength: 3 }),
  sourceUrl: maybe(nasty),
  cover: maybe(
    fc.record({
      url: nasty,
      alternativeText: maybe(nasty),
      caption: maybe(nasty),
      width: maybe(fc.integer()),
      height: maybe(fc.integer()),
    }),
  ),
  originalPublishedAt: maybe(
    fc.oneof(
      nasty,
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    ),
  ),
  publishedAt: maybe(
    fc.oneof(
      nasty,
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    ),
  ),
  updatedAt: maybe(nasty),
});

describe('renderPreview properties', () => {
  it('never throws and never emits script, event handlers, bad URLs, bidi controls or unknown tags', () => {
    fc.assert(
      fc.property(anyArticle, (value) => {
        const html = renderPreview(value, OPTIONS);
        expect(html.startsWith('<!doctype html>\n<html lang="')).toBe(true);
        expect(hazardsIn(html)).toEqual([]);
        expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<[^>]*\son\w+=/i);
        expect(html.match(/<style/g)).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every tag balanced', () => {
    const VOID = new Set(['meta', 'img', 'br']);
    fc.assert(
      fc.property(anyArticle, (value) => {
        const html = renderPreview(value, OPTIONS);
        const open: string[] = [];
        for (const [, slash, name] of html.slice('<!doctype html>'.length).matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
          if (VOID.has(name)) continue;
          if (slash === '') open.push(name);
          else expect(open.pop()).toBe(name);
        }
        expect(open).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderPreview time', () => {
  it('grows linearly with the body, one huge paragraph, many tiny nodes and long URLs', () => {
    const render = (value: PreviewArticle) => renderPreview(value, OPTIONS);
    const checks: Array<(size: number) => PreviewArticle> = [
      (size) => article({ body: longBody(size) }),
      (size) => article({ body: [p('حلف NATO 32 دولة، (a'.repeat(size))] }),
      (size) =>
        article({
          body: [
            {
              type: 'paragraph',
              children: Array.from({ length: size }, (_, i) => ({
                type: 'text',
                text: i % 2 ? 'NA' : 'حلف ',
                bold: i % 3 === 0,
              })),
            },
          ],
        }),
      (size) =>
        article({
          body: [p('&<>"\''.repeat(size))],
          title: '\u202E'.repeat(size),
          sourceUrl: `https://x/${'a'.repeat(Math.min(size, 800))}`,
        }),
    ];
    for (const makeArticle of checks) expect(growthRatio(1_000, makeArticle, render)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});
