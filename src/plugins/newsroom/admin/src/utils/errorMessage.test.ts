import { errorMessage, isolated } from './errorMessage';

describe('errorMessage', () => {
  it("prefers the newsroom's message in the interface language", () => {
    const error = {
      name: 'ForbiddenError',
      message: 'Forbidden',
      details: { message: { ar: 'مرفوض', en: 'Refused' } },
    };
    expect(errorMessage(error, 'ar')).toBe('مرفوض');
    expect(errorMessage(error, 'en')).toBe('Refused');
  });

  it("says Strapi's generic refusals in the interface language", () => {
    expect(errorMessage({ name: 'ForbiddenError', message: 'Forbidden' }, 'ar')).toBe('ليست لديك صلاحية لهذا الإجراء');
    expect(errorMessage({ name: 'ForbiddenError', message: 'Forbidden' }, 'en')).toBe('You may not do this');
  });

  it("falls back to the message as sent, or the thrown value's text", () => {
    expect(errorMessage({ name: 'ValidationError', message: 'title is required' }, 'ar')).toBe('title is required');
    expect(errorMessage('offline', 'en')).toBe('offline');
  });
});

describe('isolated', () => {
  it('wraps the text in a first-strong isolate', () => {
    expect(isolated('حلف NATO.')).toBe('\u2068حلف NATO.\u2069');
  });
});
