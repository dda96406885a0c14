import { OPTIONS, article } from './test-fixtures';
import { renderPreview } from './render';
import { hazardsIn } from './test-html';

const corrections = [
  { kind: 'update' as const, text: 'أضيفت تصريحات الوزير', at: '2026-12-05T09:00:00.000Z' },
  { kind: 'correction' as const, text: 'صُحّح عدد الضحايا إلى 12', at: '2026-12-05T10:00:00.000Z' },
];

describe('renderPreview: corrections', () => {
  it('lists the changes under the body, oldest first, with their kind, time and note, in Arabic', () => {
    const html = renderPreview(article({ locale: 'ar', status: 'published', corrections }), OPTIONS);
    expect(html).toContain('<aside class="corrections"><h2>تصحيحات وتحديثات</h2>');
    const update = html.indexOf('<strong>تحديث</strong>');
    const correction = html.indexOf('<strong>تصحيح</strong>');
    expect(update).toBeGreaterThan(html.indexOf('<div class="article-body">'));
    expect(correction).toBeGreaterThan(update);
    expect(html).toContain('<time datetime="2026-12-05T10:00:00.000Z">');
    expect(html).toContain('أضيفت تصريحات الوزير');
  });

  it('uses English labels on an English page, and shows nothing without corrections', () => {
    const english = renderPreview(
      article({
        locale: 'en',
        corrections: [{ kind: 'clarification', text: 'The deal is a draft.', at: '2026-12-05T09:00:00Z' }],
      }),
      OPTIONS,
    );
    expect(english).toContain('<h2>Corrections and updates</h2>');
    expect(english).toContain('<strong>Clarification</strong>');
    expect(renderPreview(article({ locale: 'ar' }), OPTIONS)).not.toContain('class="corrections"');
  });

  it('escapes the note and skips an empty one or an unknown kind', () => {
    const html = renderPreview(
      article({
        locale: 'ar',
        corrections: [
          { kind: 'update', text: '<script>alert(1)</script> تحديث', at: '2026-12-05T09:00:00Z' },
          { kind: 'update', text: '  ', at: '2026-12-05T09:00:00Z' },
          { kind: 'retraction' as 'update', text: 'x', at: '2026-12-05T09:00:00Z' },
        ],
      }),
      OPTIONS,
    );
    expect(hazardsIn(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;');
    expect(html.match(/class="correction /g)).toHaveLength(1);
  });
});
