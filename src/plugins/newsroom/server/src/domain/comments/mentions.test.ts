import { commentParts, excerpt, mentionedUserIds, nameMatches, plainText } from './mentions';

describe('mentions in a comment', () => {
  it('cuts the text into runs and mentions, in order', () => {
    expect(commentParts('راجع @[أحمد الكعبي](12) الفقرة الثانية، و@[Sara Ali](7).')).toEqual([
      { kind: 'text', text: 'راجع ' },
      { kind: 'mention', userId: 12, label: 'أحمد الكعبي' },
      { kind: 'text', text: ' الفقرة الثانية، و' },
      { kind: 'mention', userId: 7, label: 'Sara Ali' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('lists each mentioned user once, in order of first mention', () => {
    expect(mentionedUserIds('@[B](7) @[A](12) @[B again](7)')).toEqual([7, 12]);
  });

  it('ignores what only looks like a mention', () => {
    expect(mentionedUserIds('email me @ sara@example.com, @[no id]() @[x](abc) @Sara [a](1)')).toEqual([]);
    expect(commentParts('plain text')).toEqual([{ kind: 'text', text: 'plain text' }]);
    expect(commentParts('')).toEqual([]);
  });

  it('a name cannot span lines or brackets', () => {
    expect(mentionedUserIds('@[first\nsecond](3)')).toEqual([]);
    expect(mentionedUserIds('@[a]b](3)')).toEqual([]);
  });

  it('the plain text shows mentions as @name; the excerpt stops at 200 characters without splitting a pair', () => {
    expect(plainText('  شكراً  @[أحمد](3)\n\nتم ')).toBe('شكراً @أحمد تم');
    const long = '😀'.repeat(300);
    expect(Array.from(excerpt(long))).toHaveLength(200);
    expect(excerpt(long).endsWith('😀')).toBe(true);
  });
});

describe('matching a typed name', () => {
  it('«احمد» finds «أحمد» and «إحمد» (hamza forms folded)', () => {
    expect(nameMatches('احمد', 'أحمد الكعبي')).toBe(true);
    expect(nameMatches('أحمد', 'احمد الكعبي')).toBe(true);
    expect(nameMatches('احم', 'إحمد')).toBe(true);
  });

  it('matches the start of any word, several words in any order, Latin case folded', () => {
    expect(nameMatches('الكعب', 'أحمد الكعبي')).toBe(true);
    expect(nameMatches('كعبي', 'أحمد الكعبي')).toBe(true);
    expect(nameMatches('kaabi ahm', 'Ahmed Al-Kaabi')).toBe(true);
    expect(nameMatches('SARA', 'sara ali')).toBe(true);
  });

  it('does not match the middle of a word or another name', () => {
    expect(nameMatches('حمد', 'أحمد الكعبي')).toBe(false);
    expect(nameMatches('محمد', 'أحمد الكعبي')).toBe(false);
    expect(nameMatches('ara', 'Sara Ali')).toBe(false);
  });

  it('an empty query matches everyone', () => {
    expect(nameMatches('', 'Sara')).toBe(true);
    expect(nameMatches('  ', 'أحمد')).toBe(true);
  });
});
