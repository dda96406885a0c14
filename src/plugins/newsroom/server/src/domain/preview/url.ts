import { isBidiControl } from './escape';

/**
 * URL allow-listing for href and src. Only http(s), mailto (links only) and relative URLs pass;
 * anything else (javascript:, JAVASCRIPT:, java\tscript:, data:, vbscript:, file:…) is refused
 * and the caller shows the text without a link. The check follows how browsers parse: ASCII tab
 * and line breaks anywhere are removed and C0 controls or spaces at either end are trimmed before
 * the scheme is read, so "java\tscript:" and " javascript:" are seen for what they are. Any other
 * control, bidi control or lone surrogate makes the URL unusable rather than "repaired".
 * One linear pass, no regular expression on the input.
 */
export type UrlUse = 'link' | 'image';

const SCHEMES: Readonly<Record<UrlUse, ReadonlySet<string>>> = {
  link: new Set(['http', 'https', 'mailto']),
  image: new Set(['http', 'https']),
};

/** Longest URL accepted; longer ones are refused (no real link or upload is this long). */
export const MAX_URL_LENGTH = 8192;

export function safeUrl(raw: unknown, use: UrlUse): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return null;
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && raw.charCodeAt(end - 1) <= 0x20) end -= 1;
  let url = '';
  for (let index = start; index < end; index += 1) {
    const code = raw.charCodeAt(index);
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || isBidiControl(code) || isLoneSurrogate(raw, index))
      return null;
    url += raw[index];
  }
  if (url === '') return null;
  const scheme = schemeOf(url);
  if (scheme === null) return url; // relative: path, query, fragment or //host
  return SCHEMES[use].has(scheme) ? url : null;
}

/** The scheme in lower case, or null when a '/', '?' or '#' comes before any ':'. */
function schemeOf(url: string): string | null {
  for (let index = 0; index < url.length; index += 1) {
    const character = url[index];
    if (character === ':') return url.slice(0, index).toLowerCase();
    if (character === '/' || character === '?' || character === '#' || character === '\\') return null;
  }
  return null;
}

function isLoneSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(index - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

/** Joins a root-relative media URL ("/uploads/a.jpg") to `base`; other URLs are returned as they are. */
export function withBase(url: string, base: string | undefined): string {
  if (base === undefined || base === '' || url[0] !== '/' || url[1] === '/' || url[1] === '\\') return url;
  return base.replace(/\/+$/, '') + url;
}

const PLAIN_BASE_URL = /^(?:https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?)?(?:\/[A-Za-z0-9._~%@+-]*)*$/;

/**
 * Checks a base URL from configuration (fonts, media) that is written into CSS `url()` or an
 * attribute: root-relative or http(s), of URL characters that need no escaping in either place.
 */
export function requireBaseUrl(value: unknown, fn: string, field: string): string {
  if (typeof value !== 'string' || value === '' || !PLAIN_BASE_URL.test(value)) {
    throw new TypeError(
      `${fn}: ${field} must be a root-relative or http(s) URL of plain URL characters, got ${JSON.stringify(value)}`,
    );
  }
  return value.replace(/\/+$/, '');
}
