import type { Block } from '../../../../core/text/word-count';
import { MAX_LIST_DEPTH, renderBlocks, type BlockContext } from './blocks';
import { EVERY_BLOCK, p, text } from './test-fixtures';

const context: BlockContext = { languageAttributes: () => '', unsafeLinkTitle: 'removed' };
const render = (blocks: unknown, extra: Partial<BlockContext> = {}): string =>
  renderBlocks(blocks, { ...context, ...extra });

describe('renderBlocks: every block type', () => {
  const html = render(EVERY_BLOCK);

  it('renders paragraphs with every text format and links', () => {
    expect(html).toContain(
      '<p>نص عادي <strong>عريض</strong> <em>مائل</em> <u>مسطر</u> <s>مشطوب</s> <code dir="auto">npm test</code> و' +
        '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">رابط</a>.</p>',
    );
  });

  it('renders headings at their level, quotes and code', () => {
    expect(html).toContain('<h2>عنوان فرعي</h2><h3>عنوان ثالث</h3><blockquote>اقتباس عربي</blockquote>');
    expect(html).toContain('<pre dir="ltr" data-language="ts"><code>const a = 1;\n  if (a &lt; 2) {}</code></pre>');
  });

  it('renders unordered and ordered lists, a nested list inside the item before it', () => {
    expect(html).toContain(
      '<ul><li>بند أول<ol><li>بند متداخل</li></ol></li><li>بند ثان</li></ul><ol><li>أولاً</li></ol>',
    );
  });

  it('renders an image with alt text, size and caption', () => {
    expect(html).toContain(
      '<figure class="body-image"><img src="/uploads/photo.jpg" alt="صورة القمة" width="1280" height="960" loading="lazy" decoding="async">' +
        '<figcaption>من القمة</figcaption></figure>',
    );
  });

  it('prefixes root-relative image URLs with the asset base URL', () => {
    expect(render(EVERY_BLOCK, { assetBaseUrl: 'https://cms.example.com' })).toContain(
      'src="https://cms.example.com/uploads/photo.jpg"',
    );
  });
});

describe('renderBlocks: edge cases', () => {
  it('maps heading level 1 to h2 (the headline is h1) and clamps odd levels', () => {
    const heading = (level: unknown): Block => ({ type: 'heading', level, children: [text('ع')] }) as Block;
    expect(render([heading(1), heading(6), heading(9), heading('2'), heading(2.5)])).toBe(
      '<h2>ع</h2><h6>ع</h6><h6>ع</h6><h2>ع</h2><h2>ع</h2>',
    );
  });

  it('isolates NATO in a body paragraph', () => {
    expect(render([p('حلف NATO 32 دولة')])).toBe('<p>حلف <bdi>NATO</bdi> 32 دولة</p>');
  });

  it('drops empty paragraphs, images without a usable URL and empty code', () => {
    const blocks = [
      p(''),
      p('   '),
      { type: 'image', image: { url: 'javascript:alert(1)' } },
      { type: 'image', image: null },
      { type: 'image' },
      { type: 'code', children: [text('  ')] },
    ];
    expect(render(blocks)).toBe('');
  });

  it('shows an unknown block with children as a paragraph and skips other junk', () => {
    expect(render([{ type: 'callout', children: [text('تنبيه')] }, 42, null, 'x', [], { type: 'paragraph' }])).toBe(
      '<p>تنبيه</p>',
    );
    expect(render(null)).toBe('');
    expect(render({ type: 'paragraph' })).toBe('');
  });

  it('omits width and height unless both are positive integers', () => {
    const image = (width: unknown, height: unknown): Block =>
      ({ type: 'image', image: { url: '/a.jpg', width, height } }) as Block;
    expect(render([image(10, 20)])).toContain('width="10" height="20"');
    for (const [width, height] of [
      [10, null],
      [-1, 20],
      [1.5, 2],
      ['10', '20'],
      [Infinity, 1],
    ]) {
      expect(render([image(width, height)])).not.toContain('width=');
    }
  });

  it('shows lists nested deeper than the limit as plain text', () => {
    let list: Block = {
      type: 'list',
      format: 'unordered',
      children: [{ type: 'list-item', children: [text('أعمق')] }],
    };
    for (let depth = 0; depth < MAX_LIST_DEPTH + 5; depth += 1)
      list = { type: 'list', format: 'ordered', children: [list] };
    const html = render([list]);
    expect(html).toContain('أعمق');
    expect(html.match(/<ol>/g)).toHaveLength(MAX_LIST_DEPTH);
  });

  it('marks blocks in another script with the attributes the context gives', () => {
    const html = render([p('A quote in English'), p('نص عربي')], {
      languageAttributes: (value) => (/[a-z]/i.test(value) ? ' lang="en" dir="ltr"' : ''),
    });
    expect(html).toBe('<p lang="en" dir="ltr">A quote in English</p><p>نص عربي</p>');
  });
});
