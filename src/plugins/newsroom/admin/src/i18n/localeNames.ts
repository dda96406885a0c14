import { NEWSROOM_LOCALES } from '../../../core/model';
import type { Lang } from '../../../shared/contracts/workflow';
import { interfaceLang } from './localizeRefusals';

/**
 * Locale names in the interface language. Strapi's i18n stores one English name per locale («Arabic (ar)») and
 * every screen (the edit view's locale picker, the list's locale column and filter, Settings) shows it as
 * stored; it has no per-language name and no hook. The admin reads them from GET /i18n/locales with the global
 * `fetch`, so a wrapper gives each newsroom locale whose stored name is still the newsroom's own its label in the
 * interface language («العربية (ar)»); a name an administrator changed in Settings stays as they wrote it.
 */
type Fetch = typeof fetch;
interface LocaleRow {
  code?: unknown;
  name?: unknown;
}

const LOCALES_PATH = /\/i18n\/locales\/?(\?|$)/;

/** The rows with the newsroom's stored names relabelled; the same array when nothing changes. */
export const relabelLocales = (rows: unknown, lang: Lang): unknown => {
  if (!Array.isArray(rows)) return rows;
  let changed = false;
  const relabelled = rows.map((row: unknown) => {
    const { code, name } = (row ?? {}) as LocaleRow;
    const known = NEWSROOM_LOCALES.find((locale) => locale.code === code && locale.name === name);
    if (!known || known.label[lang] === name) return row;
    changed = true;
    return { ...(row as object), name: known.label[lang] };
  });
  return changed ? relabelled : rows;
};

const urlOf = (input: Parameters<Fetch>[0]): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

export const relabellingLocales =
  (inner: Fetch, lang: () => Lang = interfaceLang): Fetch =>
  async (input, init) => {
    const response = await inner(input, init);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    if (method !== 'GET' || !response.ok || !LOCALES_PATH.test(urlOf(input))) return response;
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      return response;
    }
    const relabelled = relabelLocales(body, lang());
    if (relabelled === body) return response;
    return new Response(JSON.stringify(relabelled), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };

let installed = false;

/** Wraps `window.fetch` once (the plugin's bootstrap calls it). */
export const relabelLocaleNames = (target: { fetch: Fetch } = window): void => {
  if (installed) return;
  installed = true;
  target.fetch = relabellingLocales(target.fetch.bind(target));
};
