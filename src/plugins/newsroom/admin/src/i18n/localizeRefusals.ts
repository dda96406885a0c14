import type { Lang } from '../../../shared/contracts/workflow';

/**
 * The newsroom's refusals in the interface language on Strapi's own screens too. The server sends each refusal
 * in both languages (`error.details.message.{ar,en}`, see server/src/http/) and Strapi's English `error.message`;
 * the Content Manager's toasts (a refused Publish or Save) show `error.message`, and Strapi offers no hook into
 * them. Strapi 5.54's admin calls the global `fetch`, so a wrapper rewrites `error.message` of a refused JSON
 * response to the interface language's text before Strapi reads it. Every other response passes untouched.
 */
type Fetch = typeof fetch;
type RefusalBody = { error?: { message?: unknown; details?: { message?: Partial<Record<Lang, unknown>> } } };

/** The body with `error.message` in the language, or null when it carries no bilingual message. */
export const localizedRefusal = (body: unknown, lang: Lang): RefusalBody | null => {
  if (typeof body !== 'object' || body === null) return null;
  const { error } = body as RefusalBody;
  const text = error?.details?.message?.[lang];
  if (!error || typeof text !== 'string' || text === error.message) return null;
  return { ...(body as RefusalBody), error: { ...error, message: text } };
};

/** Strapi keeps the interface language in the browser's storage under this key (admin reducer). */
const LANGUAGE_KEY = 'strapi-admin-language';
export const interfaceLang = (): Lang => (window.localStorage.getItem(LANGUAGE_KEY)?.startsWith('ar') ? 'ar' : 'en');

export const localizingRefusals =
  (inner: Fetch, lang: () => Lang = interfaceLang): Fetch =>
  async (input, init) => {
    const response = await inner(input, init);
    if (response.ok || !response.headers.get('content-type')?.includes('json')) return response;
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      return response;
    }
    const localized = localizedRefusal(body, lang());
    if (!localized) return response;
    return new Response(JSON.stringify(localized), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };

let installed = false;

/** Wraps `window.fetch` once (the plugin's bootstrap calls it). */
export const localizeRefusals = (target: { fetch: Fetch } = window): void => {
  if (installed) return;
  installed = true;
  target.fetch = localizingRefusals(target.fetch.bind(target));
};
