import { CONTEXT_LENGTH, findAnchor, makeAnchor } from './anchor';

const TEXT = 'قال الوزير إن المحادثات ستستمر. وأضاف الوزير إن المحادثات ستستمر غداً في المنامة.';

describe('making an anchor', () => {
  it('keeps the quote with the text around it', () => {
    const anchor = makeAnchor('standfirst', 'abc QUOTE xyz', 'QUOTE');
    expect(anchor).toEqual({ field: 'standfirst', quote: 'QUOTE', prefix: 'abc ', suffix: ' xyz' });
  });

  it('keeps at most CONTEXT_LENGTH characters of context on each side', () => {
    const anchor = makeAnchor('title', `${'a'.repeat(100)}Q${'b'.repeat(100)}`, 'Q');
    expect(anchor?.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(anchor?.suffix).toHaveLength(CONTEXT_LENGTH);
  });

  it('takes the occurrence at or after the selection when the quote repeats', () => {
    const second = TEXT.lastIndexOf('إن المحادثات ستستمر');
    const anchor = makeAnchor('body', TEXT, 'إن المحادثات ستستمر', second);
    expect(anchor?.suffix.startsWith(' غداً')).toBe(true);
  });

  it('is null for an empty quote or one the text does not contain', () => {
    expect(makeAnchor('title', TEXT, '')).toBeNull();
    expect(makeAnchor('title', TEXT, 'غير موجود')).toBeNull();
  });
});

describe('finding an anchor in a later version', () => {
  it('follows the quote when text is added before it', () => {
    const anchor = makeAnchor('body', TEXT, 'في المنامة')!;
    const later = `عاجل: ${TEXT}`;
    const place = findAnchor(anchor, later);
    expect(place).toEqual({ found: true, start: later.indexOf('في المنامة'), end: later.indexOf('في المنامة') + 10 });
  });

  it('picks the occurrence whose surroundings match when the quote repeats', () => {
    const second = TEXT.lastIndexOf('إن المحادثات ستستمر');
    const anchor = makeAnchor('body', TEXT, 'إن المحادثات ستستمر', second)!;
    const later = TEXT.replace('قال', 'صرّح');
    const place = findAnchor(anchor, later);
    expect(place.found && later.slice(place.end, place.end + 5)).toBe(' غداً');
    const first = makeAnchor('body', TEXT, 'إن المحادثات ستستمر', 0)!;
    const firstPlace = findAnchor(first, later);
    expect(firstPlace.found && firstPlace.start).toBe(later.indexOf('إن المحادثات ستستمر'));
  });

  it('still finds a unique quote whose surroundings changed', () => {
    const anchor = makeAnchor('body', TEXT, 'في المنامة')!;
    expect(findAnchor(anchor, 'تبدأ المحادثات في المنامة').found).toBe(true);
  });

  it('says the text no longer matches when the quote was rewritten or removed', () => {
    const anchor = makeAnchor('body', TEXT, 'في المنامة')!;
    expect(findAnchor(anchor, TEXT.replace('في المنامة', 'في الرياض'))).toEqual({ found: false });
    expect(findAnchor(anchor, '')).toEqual({ found: false });
  });
});
