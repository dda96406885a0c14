import type { Block } from '../../../../core/text/word-count';
import { text } from './test-fixtures';
import { collectInline, prepareText, renderInline, renderText } from './inline';
import { splitIsolates } from './isolates';

const render = (children: Block[]): string => renderInline(collectInline(children), { unsafeLinkTitle: 'removed' });
const link = (url: string, ...children: Block[]): Block => ({ type: 'link', url, children });
const A = '<a href="https://x.example/" rel="noopener noreferrer nofollow" target="_blank">';

describe('renderInline: isolation over the whole block', () => {
  it('isolates NATO in one text node', () => {
    expect(render([text('حلف NATO 32 دولة')])).toBe('حلف <bdi>NATO</bdi> 32 دولة');
  });

  it('isolates NATO when it is a bold node of its own, with the bold inside the isolate', () => {
    expect(render([text('حلف '), text('NATO', { bold: true }), text(' 32 دولة')])).toBe(
      'حلف <bdi><strong>NATO</strong></bdi> 32 دولة',
    );
  });

  it('isolates a run that spans two formatted nodes', () => {
    expect(render([text('حلف '), text('NA', { italic: true }), text('TO 32 دولة')])).toBe(
      'حلف <bdi><em>NA</em>TO</bdi> 32 دولة',
    );
  });

  it('keeps a link around an isolate that lies inside it', () => {
    expect(render([link('https://x.example/', text('حلف NATO')), text(' 32 دولة')])).toBe(
      `${A}حلف <bdi>NATO</bdi></a> 32 دولة`,
    );
  });

  it('puts a link inside an isolate that covers it', () => {
    expect(render([text('حلف '), link('https://x.example/', text('NATO')), text(' 32 دولة')])).toBe(
      `حلف <bdi>${A}NATO</a></bdi> 32 دولة`,
    );
  });

  it('splits a link, never an isolate, when the isolate crosses the link edge', () => {
    expect(render([link('https://x.example/', text('حلف NA')), text('TO 32 دولة')])).toBe(
      `${A}حلف </a><bdi>${A}NA</a>TO</bdi> 32 دولة`,
    );
    expect(render([text('حلف NA'), link('https://x.example/', text('TO 32 دولة'))])).toBe(
      `حلف <bdi>NA${A}TO</a></bdi>${A} 32 دولة</a>`,
    );
  });

  it('renders every format, code innermost', () => {
    expect(render([text('x', { bold: true, italic: true, underline: true, strikethrough: true, code: true })])).toBe(
      '<strong><em><u><s><code dir="auto">x</code></s></u></em></strong>',
    );
  });

  it('shows the text of a refused link in a marked span, without the URL', () => {
    const html = render([link('javascript:alert(1)', text('اضغط'))]);
    expect(html).toBe('<span class="unsafe-link" title="removed">اضغط</span>');
  });

  it('does not nest links and skips malformed nodes', () => {
    const html = render([
      link('https://x.example/', text('a '), link('https://y.example/', text('b'))),
      null as unknown as Block,
      { type: 'text' } as Block,
      { type: 'text', text: 42 } as unknown as Block,
    ]);
    expect(html).toBe(`${A}a b</a>`);
  });

  it('turns line breaks into <br> and keeps spaces and breaks between nodes', () => {
    expect(render([text('سطر أول\nسطر '), text('ثان', { bold: true })])).toBe('سطر أول<br>سطر <strong>ثان</strong>');
    expect(render([text('سطر أول\n'), text('ثان', { bold: true })])).toBe('سطر أول<br><strong>ثان</strong>');
  });

  it('survives deeply nested inline JSON', () => {
    let node: Block = text('عميق');
    for (let depth = 0; depth < 100_000; depth += 1) node = { type: 'span', children: [node] };
    expect(render([node])).toBe('عميق');
  });
});

describe('prepareText', () => {
  it('cleans, keeping one space at either end', () => {
    expect(prepareText('  حلف \u202E NATO  ')).toBe(' حلف NATO ');
    expect(prepareText('   ')).toBe(' ');
    expect(prepareText('\u200B')).toBe('');
    expect(prepareText('سطر \n')).toBe('سطر\n');
    expect(prepareText(' \n ')).toBe('\n');
  });
});

describe('renderText', () => {
  it('cleans, escapes and isolates plain text', () => {
    expect(renderText('  حلف NATO 32 دولة <b> ')).toBe('حلف <bdi>NATO</bdi> 32 دولة <bdi>&lt;b&gt;</bdi>');
  });
});

describe('splitIsolates', () => {
  it('maps isolates and entities back onto segments', () => {
    expect(splitIsolates('a&amp;<bdi>bc</bdi>d', [2, 2, 1])).toEqual([
      { kind: 'text', segment: 0, html: 'a&amp;' },
      { kind: 'open' },
      { kind: 'text', segment: 1, html: 'bc' },
      { kind: 'close' },
      { kind: 'text', segment: 2, html: 'd' },
    ]);
  });

  it('returns null when the html does not match the segments', () => {
    expect(splitIsolates('abc', [2])).toBeNull();
    expect(splitIsolates('ab', [3])).toBeNull();
    expect(splitIsolates('a<b>c', [3])).toBeNull();
    expect(splitIsolates('a&ampersand', [2])).toBeNull();
  });
});
