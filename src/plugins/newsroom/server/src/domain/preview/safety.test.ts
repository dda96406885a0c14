import type { Block } from '../../../../core/text/word-count';
import { OPTIONS, article, p, paragraph, text } from './test-fixtures';
import { renderPreview } from './render';
import { hazardsIn } from './test-html';

const link = (url: string, label = 'اضغط هنا'): Block => ({ type: 'link', url, children: [text(label)] });
const BAD_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
];
const ATTACK = '" onmouseover="alert(1)" x="';

/** Nothing executes or spoofs: no script, no event handler, no bad URL, no bidi control, only known tags. */
function expectInert(html: string): void {
  expect(hazardsIn(html)).toEqual([]);
  expect(html).not.toMatch(/<script/i);
  // Attribute values are always double-quoted with '"' escaped, so with them emptied what is left
  // of each tag is its real attribute names: none may be an event handler.
  expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<[^>]*\son\w+=/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
}

describe('renderPreview: nothing in the content executes or spoofs', () => {
  it('escapes <script> in every text field', () => {
    const script = '<script>alert(1)</script>';
    const html = renderPreview(
      article({
        title: script,
        standfirst: script,
        dateline: script,
        body: [
          p(script),
          { type: 'heading', level: 2, children: [text(script)] },
          { type: 'code', children: [text(script)] } as Block,
        ],
        authors: [{ name: script, jobTitle: script }],
        topics: [{ name: script }],
        sources: [{ name: script }],
        cover: { url: '/c.jpg', alternativeText: script, caption: script },
        documentId: script,
      }),
      OPTIONS,
    );
    expectInert(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders links with script, data and other schemes as plain text', () => {
    for (const url of BAD_URLS) {
      const html = renderPreview(
        article({
          body: [paragraph(text('نص '), link(url))],
          sources: [{ name: 'رويترز', homepageUrl: url }],
          sourceUrl: url,
          cover: { url },
        }),
        OPTIONS,
      );
      expectInert(html);
      expect(html).toContain('<span class="unsafe-link" title="أزيل الرابط');
      expect(html).toContain('>اضغط هنا</span>');
      expect(html).toContain('<li><bdi>رويترز</bdi></li>');
      expect(html).not.toContain('<figure class="cover"');
      expect(html).not.toMatch(/data:text/);
    }
  });

  it('keeps event-handler text inside text, URLs and alt text', () => {
    const html = renderPreview(
      article({
        title: ATTACK,
        body: [
          paragraph(text(ATTACK), link(`https://example.com/${ATTACK}`, ATTACK)),
          { type: 'image', image: { url: `/a.jpg${ATTACK}`, alternativeText: ATTACK, caption: ATTACK } } as Block,
        ],
        cover: { url: `/c.jpg?${ATTACK}`, alternativeText: ATTACK },
        sources: [{ name: ATTACK, homepageUrl: `https://example.com/?q=${ATTACK}` }],
        sourceUrl: `https://example.com/${ATTACK}`,
        authors: [{ name: ATTACK }],
      }),
      OPTIONS,
    );
    expectInert(html);
    expect(html).toContain('alt="&quot; onmouseover=&quot;alert(1)&quot; x=&quot;"');
    expect(html).toContain('href="https://example.com/&quot; onmouseover=&quot;alert(1)&quot; x=&quot;"');
  });

  it('strips right-to-left overrides and isolates from text, names and URLs', () => {
    const spoof = 'invoice\u202Egpj.exe \u202Bمرحبا\u202C \u2066x\u2069 \u200F';
    const html = renderPreview(
      article({
        title: spoof,
        body: [
          p(spoof),
          paragraph(link(`https://example.com/${spoof}`, spoof)),
          { type: 'code', children: [text(spoof)] } as Block,
        ],
        authors: [{ name: spoof, jobTitle: spoof }],
        topics: [{ name: spoof }],
        sources: [{ name: spoof, homepageUrl: 'https://example.com/\u202Eevil' }],
        cover: { url: '/c.jpg', alternativeText: spoof, caption: spoof },
        sourceUrl: 'https://example.com/\u202Egpj.exe',
      }),
      OPTIONS,
    );
    expectInert(html);
    expect(html).toContain('invoicegpj.exe');
    expect(html).not.toContain('href="https://example.com/evil"'); // refused, not silently repaired
  });

  it('shows HTML typed into rich text as text', () => {
    const html = renderPreview(
      article({
        body: [
          p('<img src=x onerror=alert(1)>'),
          paragraph(text('<a href="javascript:alert(1)">x</a>', { bold: true })),
        ],
      }),
      OPTIONS,
    );
    expectInert(html.replace('&lt;a href=&quot;javascript:alert(1)&quot;&gt;', ''));
    expect(hazardsIn(html)).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('cannot close the style element or inject CSS through any field', () => {
    const html = renderPreview(
      article({ title: '</style><style>body{display:none}</style>', body: [p('</style>')] }),
      OPTIONS,
    );
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('refuses an image whose URL is not http(s) or relative', () => {
    for (const url of [...BAD_URLS, 'mailto:a@b.c']) {
      expect(renderPreview(article({ cover: { url }, body: [] }), OPTIONS)).not.toContain('<img');
    }
  });
});
