import { searchKeyFrom, searchTerms } from './search-key';

describe('searchKeyFrom', () => {
  it('folds hamza forms, tashkeel, tatweel and taa marbuta in every field', () => {
    const key = searchKeyFrom([
      'تعزيز الأمـــن',
      'اللِّقاء في المنامة',
      [{ type: 'paragraph', children: [{ type: 'text', text: 'إطار المسؤولية' }] }],
      ['التنسيق الأمني', 'NATO'],
      null,
    ]);
    for (const term of searchTerms('الامن اللقاء اطار المسؤوليه التنسيق nato')) expect(key).toContain(term);
  });
});

describe('searchTerms', () => {
  it('splits and folds a query, dropping repeats and empty words', () => {
    expect(searchTerms('  الأمن   الامن  اللِّقاء ')).toEqual(['الامن', 'اللقاء']);
  });

  it('bounds what a client can send', () => {
    expect(searchTerms('كلمة '.repeat(1000)).length).toBe(1);
    expect(searchTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '))).toHaveLength(8);
  });
});
