import { readFileSync } from 'fs';
import { join } from 'path';
import { diffText, sidesOf } from './text-diff';

const STORY = readFileSync(
  join(__dirname, '../../../../../../../tests/fixtures/wire/iraq-nato-manama-dialogue.txt'),
  'utf8',
);
const LEAD = STORY.split('\n')[1];

const changedRuns = (before: string, after: string) => diffText(before, after).runs.filter((run) => run.op !== 'equal');

describe('word diff of Arabic text', () => {
  it('shows القاء → اللقاء in the wire lead as one whole word replaced', () => {
    const fixed = LEAD.replace('أن القاء أرسى', 'أن اللقاء أرسى');
    const { kind, runs } = diffText(LEAD, fixed);
    expect(kind).toBe('text');
    expect(runs.filter((run) => run.op !== 'equal')).toEqual([
      { op: 'delete', text: 'القاء' },
      { op: 'insert', text: 'اللقاء' },
    ]);
    expect(sidesOf(runs)).toEqual({ before: LEAD, after: fixed });
  });

  it('never cuts a word into letters: a changed suffix replaces the whole word', () => {
    expect(changedRuns('السلام الإقليمي والدولي', 'السلام الإقليمية والدولي')).toEqual([
      { op: 'delete', text: 'الإقليمي' },
      { op: 'insert', text: 'الإقليمية' },
    ]);
  });

  it('calls added tashkeel a tashkeel-only change, on the field and on the word', () => {
    const { kind, runs } = diffText('التقى مستشار الأمن', 'التقى مُستشارُ الأمن');
    expect(kind).toBe('tashkeel-only');
    expect(runs.filter((run) => run.op !== 'equal')).toEqual([
      { op: 'delete', text: 'مستشار', kind: 'tashkeel-only' },
      { op: 'insert', text: 'مُستشارُ', kind: 'tashkeel-only' },
    ]);
    expect(diffText('الأمـــن', 'الأمن').kind).toBe('tashkeel-only');
  });

  it('calls Arabic and Latin punctuation changes punctuation-only', () => {
    expect(diffText('قاسم الأعرجي مع رئيس', 'قاسم الأعرجي، مع رئيس')).toEqual({
      kind: 'punctuation-only',
      runs: [
        { op: 'equal', text: 'قاسم الأعرجي' },
        { op: 'insert', text: '،', kind: 'punctuation-only' },
        { op: 'equal', text: ' مع رئيس' },
      ],
    });
    expect(diffText('هل انتهى الحوار?', 'هل انتهى الحوار؟').kind).toBe('punctuation-only');
    expect(diffText('قال "نريد شراكة"', 'قال «نريد شراكة»').kind).toBe('punctuation-only');
    expect(diffText('NATO, Iraq.', 'NATO; Iraq!').kind).toBe('punctuation-only');
  });

  it('calls spacing changes whitespace-only', () => {
    expect(diffText('حلف  الناتو', 'حلف الناتو').kind).toBe('whitespace-only');
    expect(diffText('حلف الناتو\n', 'حلف الناتو').kind).toBe('whitespace-only');
  });

  it('calls a rewrite, or a mix of minor changes, a text change', () => {
    expect(diffText('حلف الناتو', 'حلف شمال الأطلسي').kind).toBe('text');
    expect(diffText('مستشار الأمن', 'مُستشار، الأمن').kind).toBe('text');
  });

  it('reads a replaced phrase as one replacement, not words around a kept space', () => {
    expect(changedRuns('التقى مستشار الأمن القومي العراقي', 'التقى وزير الدفاع القومي العراقي')).toEqual([
      { op: 'delete', text: 'مستشار الأمن' },
      { op: 'insert', text: 'وزير الدفاع' },
    ]);
  });

  it('diffs mixed Arabic and English text and numbers by words', () => {
    expect(
      changedRuns('مؤتمر حوار المنامة 21 (Manama Dialogue)', 'مؤتمر حوار المنامة 22 (Manama Security Dialogue)'),
    ).toEqual([
      { op: 'delete', text: '21' },
      { op: 'insert', text: '22' },
      { op: 'insert', text: ' Security' },
    ]);
  });

  it('handles empty and equal texts', () => {
    expect(diffText('', '')).toEqual({ kind: 'text', runs: [] });
    expect(diffText('', 'نص')).toEqual({ kind: 'text', runs: [{ op: 'insert', text: 'نص' }] });
    expect(diffText('نص', 'نص').runs).toEqual([{ op: 'equal', text: 'نص' }]);
  });
});
