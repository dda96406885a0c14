import { decodeMentions, encodeMentions, insertMention, mentionQueryAt } from './mentionDraft';

const AHMED = { id: 12, name: 'أحمد الكعبي' };
const SARA = { id: 7, name: 'Sara' };
const SARA_ALI = { id: 8, name: 'Sara Ali' };

describe('mentions in the composer', () => {
  it('encodes each picked @name as its token, the longest name first', () => {
    expect(encodeMentions('شكراً @أحمد الكعبي و@Sara Ali و@Sara.', [SARA, AHMED, SARA_ALI])).toBe(
      'شكراً @[أحمد الكعبي](12) و@[Sara Ali](8) و@[Sara](7).',
    );
  });

  it('leaves an @name that was not picked as typed', () => {
    expect(encodeMentions('@أحمد وحده', [])).toBe('@أحمد وحده');
  });

  it('decodes a stored comment back into the draft and its picked users', () => {
    expect(
      decodeMentions([
        { kind: 'text', text: 'شكراً ' },
        { kind: 'mention', userId: 12, label: 'أحمد الكعبي' },
        { kind: 'text', text: '!' },
      ]),
    ).toEqual({ draft: 'شكراً @أحمد الكعبي!', picked: [AHMED] });
  });

  it('round-trips', () => {
    const text = 'انظر @[أحمد الكعبي](12) هنا';
    const { draft, picked } = decodeMentions([
      { kind: 'text', text: 'انظر ' },
      { kind: 'mention', userId: 12, label: 'أحمد الكعبي' },
      { kind: 'text', text: ' هنا' },
    ]);
    expect(encodeMentions(draft, picked)).toBe(text);
  });

  it('finds the @word being typed before the caret', () => {
    expect(mentionQueryAt('مرحباً @اح', 10)).toEqual({ start: 7, query: 'اح' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('a@b', 3)).toBeNull();
    expect(mentionQueryAt('@done ', 6)).toBeNull();
  });

  it('inserts the picked name in place of the query', () => {
    expect(insertMention('مرحباً @اح بعد', 7, 10, 'أحمد الكعبي')).toEqual({
      text: 'مرحباً @أحمد الكعبي  بعد',
      caret: 20,
    });
  });
});
