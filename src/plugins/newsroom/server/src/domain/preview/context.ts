import { checkDateFormat, type DateFormat } from './dates';
import {
  DEFAULT_RTL_LOCALES,
  canonicalLang,
  directionOf,
  localeParts,
  scriptOfLocale,
} from '../../../../core/locale/direction';
import { escapeHtml } from './escape';
import { labelsFor } from './labels';
import { directionOfScript, foreignScriptOf } from './script';
import { requireNonce } from './security';
import type { PreviewLabels, RenderOptions, Script } from './types';
import { requireBaseUrl } from './url';

/** Everything about the page that does not depend on one field: language, direction, labels, formats. */
export interface PageContext {
  /** Canonical BCP 47 tag of the page ('und' when the locale is not one). */
  lang: string;
  dir: 'rtl' | 'ltr';
  nonce: string;
  fontBaseUrl: string;
  assetBaseUrl?: string;
  labels: PreviewLabels;
  /** Label text, escaped and marked with its own lang/dir when the labels' language is not the page's. */
  label: (text: string) => string;
  /** Attributes for an element showing `text` (see `languageAttributes`). */
  languageAttributes: (text: string) => string;
  dateFormat: DateFormat;
  showReadingTime: boolean;
  /** The labels' language, for word counts and list formatting. */
  labelLang: string;
}

export const DEFAULT_TIMEZONE = 'Asia/Baghdad';
export const DEFAULT_SCRIPT_LANGUAGES: Readonly<Record<Script, string>> = { Latn: 'en', Arab: 'ar', Hebr: 'he' };

const FN = 'renderPreview';

export function pageContext(locale: unknown, options: RenderOptions): PageContext {
  if (typeof options !== 'object' || options === null) throw new TypeError(`${FN}: options must be an object`);
  const nonce = requireNonce(options.nonce, FN);
  const fontBaseUrl = requireBaseUrl(options.fontBaseUrl, FN, 'fontBaseUrl');
  const assetBaseUrl =
    options.assetBaseUrl === undefined ? undefined : requireBaseUrl(options.assetBaseUrl, FN, 'assetBaseUrl');
  const rtlLocales = options.rtlLocales ?? DEFAULT_RTL_LOCALES;
  const rawLocale = typeof locale === 'string' ? locale : '';
  const lang = canonicalLang(rawLocale);
  const language = localeParts(lang).language;
  const labels = labelsFor(language, options.labels);
  const labelLang = canonicalLang(labels.lang);
  const labelAttributes =
    localeParts(labelLang).language === language
      ? ''
      : ` lang="${escapeHtml(labelLang)}" dir="${directionOf(labelLang, rtlLocales)}"`;
  const dateFormat: DateFormat = {
    locale: labelLang === 'und' ? 'en' : labelLang,
    timeZone: options.timezone ?? DEFAULT_TIMEZONE,
    numberingSystem: options.numberingSystem ?? 'latn',
  };
  checkDateFormat(dateFormat, FN);
  const scriptLanguages = { ...DEFAULT_SCRIPT_LANGUAGES, ...options.scriptLanguages };
  return {
    lang,
    dir: directionOf(lang === 'und' ? rawLocale : lang, rtlLocales),
    nonce,
    fontBaseUrl,
    assetBaseUrl,
    labels,
    label: (text) => (labelAttributes === '' ? escapeHtml(text) : `<span${labelAttributes}>${escapeHtml(text)}</span>`),
    languageAttributes: languageAttributes(scriptOfLocale(lang === 'und' ? rawLocale : lang), scriptLanguages),
    dateFormat,
    showReadingTime: options.showReadingTime !== false,
    labelLang,
  };
}

/**
 * For an element of text written entirely in another script than the page's: ` lang dir` of that
 * script (Latin in an Arabic page: lang="en" dir="ltr" by default), or ` dir="auto"` when the
 * script is not one it can name. Text with any letter of the page's script inherits (''): mixed
 * Arabic/Latin text is the page's language with `<bdi>` isolates.
 */
export function languageAttributes(
  pageScript: Script,
  scriptLanguages: Readonly<Record<Script, string>>,
): (text: string) => string {
  const attributes = new Map<Script, string>();
  for (const script of ['Latn', 'Arab', 'Hebr'] as const) {
    attributes.set(
      script,
      ` lang="${escapeHtml(canonicalLang(scriptLanguages[script]))}" dir="${directionOfScript(script)}"`,
    );
  }
  return (text) => {
    const script = foreignScriptOf(text, pageScript);
    if (script === null) return '';
    return script === 'unknown' ? ' dir="auto"' : (attributes.get(script) ?? ' dir="auto"');
  };
}
