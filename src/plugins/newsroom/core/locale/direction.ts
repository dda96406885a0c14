/** The scripts a page is set in (preview typography, isolation of foreign runs). */
export type Script = 'Arab' | 'Hebr' | 'Latn';

/** Languages written right to left: Arabic, Persian, Hebrew, Urdu. */
export const DEFAULT_RTL_LOCALES: readonly string[] = ['ar', 'fa', 'he', 'ur'];

/** Scripts written right to left, for a locale that names its script ("az-Arab", "pa-Arab"). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);
/** Scripts written left to right that a locale of an RTL language may name ("ku-Latn", "uz-Cyrl"). */
const LTR_SCRIPTS = new Set(['latn', 'cyrl', 'grek', 'deva', 'hans', 'hant']);

/** Languages written in Arabic or Hebrew script unless the locale names another. */
const ARABIC_SCRIPT_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug', 'ks', 'prs']);
const HEBREW_SCRIPT_LANGUAGES = new Set(['he', 'iw', 'yi']);

export interface LocaleParts {
  /** Primary language subtag, lower case ('' when none). */
  language: string;
  /** Script subtag, lower case ('' when none). */
  script: string;
}

/** Splits "ar-EG", "ar_EG", "AR", "az-Arab-AZ" without validating the rest of the tag. */
export function localeParts(locale: string): LocaleParts {
  const subtags = String(locale).trim().toLowerCase().split(/[-_]/, 3);
  const script = subtags.slice(1).find((subtag) => subtag.length === 4 && /^[a-z]{4}$/.test(subtag)) ?? '';
  return { language: subtags[0] ?? '', script };
}

/**
 * 'rtl' or 'ltr' for a locale: by its script subtag when it names one ("ku-Arab", "ku-Latn"),
 * otherwise by its primary language subtag ("ar-EG" → ar) against `rtlLocales`.
 */
export function directionOf(locale: string, rtlLocales: readonly string[] = DEFAULT_RTL_LOCALES): 'rtl' | 'ltr' {
  const { language, script } = localeParts(locale);
  if (RTL_SCRIPTS.has(script)) return 'rtl';
  if (LTR_SCRIPTS.has(script)) return 'ltr';
  return rtlLocales.some((rtl) => localeParts(rtl).language === language && language !== '') ? 'rtl' : 'ltr';
}

/** The script a page in this locale is written in; Latin for everything not Arabic or Hebrew. */
export function scriptOfLocale(locale: string): Script {
  const { language, script } = localeParts(locale);
  if (script === 'arab') return 'Arab';
  if (script === 'hebr') return 'Hebr';
  if (script !== '') return 'Latn';
  if (ARABIC_SCRIPT_LANGUAGES.has(language)) return 'Arab';
  return HEBREW_SCRIPT_LANGUAGES.has(language) ? 'Hebr' : 'Latn';
}

/** A BCP 47 tag for `lang`, canonical ("ar-eg" → "ar-EG"), or 'und' for something that is not one. */
export function canonicalLang(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(String(locale).trim().replace(/_/g, '-'));
    return canonical ?? 'und';
  } catch {
    return 'und';
  }
}
