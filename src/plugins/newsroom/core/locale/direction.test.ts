import { canonicalLang, directionOf, localeParts, scriptOfLocale } from './direction';

describe('directionOf', () => {
  it('is rtl for Arabic, Persian, Hebrew and Urdu with or without a region', () => {
    for (const locale of ['ar', 'ar-EG', 'ar_IQ', 'AR-sa', 'fa', 'fa-IR', 'he', 'he-IL', 'ur-PK']) {
      expect(directionOf(locale)).toBe('rtl');
    }
  });

  it('is ltr for other languages, empty and malformed locales', () => {
    for (const locale of ['en', 'en-US', 'fr', 'arn', 'ara', 'tr', '', ' ', '-', 'x-ar', '💥']) {
      expect(directionOf(locale)).toBe('ltr');
    }
  });

  it('follows a script subtag over the language', () => {
    expect(directionOf('ku-Arab')).toBe('rtl');
    expect(directionOf('az-Arab-IR')).toBe('rtl');
    expect(directionOf('ar-Latn')).toBe('ltr');
  });

  it('uses the given list of RTL languages', () => {
    expect(directionOf('ps-AF', ['ar', 'ps'])).toBe('rtl');
    expect(directionOf('fa', ['ar'])).toBe('ltr');
    expect(directionOf('ar-EG', ['AR-eg'])).toBe('rtl');
  });
});

describe('locale helpers', () => {
  it('splits language and script', () => {
    expect(localeParts('az-Arab-IR')).toEqual({ language: 'az', script: 'arab' });
    expect(localeParts('ar_EG')).toEqual({ language: 'ar', script: '' });
  });

  it('canonicalizes tags for lang and gives und for what is not one', () => {
    expect(canonicalLang('ar-eg')).toBe('ar-EG');
    expect(canonicalLang('ar_EG')).toBe('ar-EG');
    expect(canonicalLang('"><script>')).toBe('und');
    expect(canonicalLang('')).toBe('und');
  });

  it('knows the script of a page', () => {
    expect(scriptOfLocale('ar-IQ')).toBe('Arab');
    expect(scriptOfLocale('fa')).toBe('Arab');
    expect(scriptOfLocale('he')).toBe('Hebr');
    expect(scriptOfLocale('en')).toBe('Latn');
    expect(scriptOfLocale('ar-Latn')).toBe('Latn');
  });
});
