import { interfaceDirection } from './interfaceDirection';

describe('interfaceDirection', () => {
  it('is right to left for Arabic and the other RTL languages, with or without a region', () => {
    expect(['ar', 'ar-IQ', 'fa', 'he', 'ckb'].map(interfaceDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
  });

  it('is left to right otherwise', () => {
    expect(['en', 'en-GB', 'fr', 'tr'].map(interfaceDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});
