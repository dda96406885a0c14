import type { FieldDiff } from '../../../../shared/contracts/history';
import { changeSizeOf, wordsChanged, wordsOf } from './change-size';
import { diffSnapshots } from './diff';
import { arabicArticle, seededRandom, withOneWordChanged } from './test-article';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('change size', () => {
  it('words are runs of letters, marks and digits: tashkeel stays in its word, punctuation is no word', () => {
    expect(wordsOf('قالَ الوزيرُ، إنّ 2026 «مهم».')).toEqual(['قالَ', 'الوزيرُ', 'إنّ', '2026', 'مهم']);
    expect(wordsOf('  ،.  ')).toEqual([]);
  });

  it('counts words added plus words removed, with repeats', () => {
    expect(wordsChanged('قال الوزير', 'قال الرئيس')).toBe(2);
    expect(wordsChanged('في في في', 'في')).toBe(2);
    expect(wordsChanged('a b', 'b a')).toBe(0);
  });

  it('reads text runs, blocks, relations and values off a diff', () => {
    const diffs: FieldDiff[] = [
      {
        type: 'text',
        field: 'title',
        kind: 'text',
        runs: [
          { op: 'equal', text: 'قال ' },
          { op: 'delete', text: 'الوزير' },
          { op: 'insert', text: 'الرئيس الجديد' },
        ],
      },
      {
        type: 'blocks',
        field: 'body',
        changes: [
          { op: 'insert', to: 0, blockType: 'paragraph', block: paragraph('فقرة من ثلاث') },
          { op: 'move', from: 1, to: 2, blockType: 'paragraph' },
          { op: 'change', from: 2, to: 3, blockType: 'paragraph', runs: [{ op: 'delete', text: 'كلمة' }] },
        ],
      },
      { type: 'relation', field: 'topics', added: ['t1', 't2'], removed: ['t3'] },
      { type: 'value', field: 'cover', from: 1, to: 2 },
    ];
    expect(changeSizeOf(diffs)).toBe(3 + 3 + 1 + 3 + 1);
  });

  it('a one-word edit of an article is a change of 2 words through the field diff', () => {
    const before = arabicArticle(400);
    const after = withOneWordChanged(before, seededRandom(4));
    expect(changeSizeOf(diffSnapshots(before, after))).toBe(2);
    expect(changeSizeOf(diffSnapshots(before, before))).toBe(0);
  });
});
