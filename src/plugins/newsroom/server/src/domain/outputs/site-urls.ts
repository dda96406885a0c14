/**
 * The public site's URLs (not the CMS's), for the sitemaps and feeds: a base URL (`NEWSROOM_SITE_URL`) and a
 * path pattern per document type and locale, e.g. `/ar/{section}/{slug}`. Every value put into a path is one
 * segment in one canonical form, so the same story always has the same URL, byte for byte: Unicode NFC, then
 * percent-encoded as UTF-8 with uppercase hex (RFC 3986 §2.1: the uppercase form is the normal one), with the
 * unreserved characters left as they are. A value that arrives already percent-encoded is decoded first, so
 * `%d8%a7` and `ا` give the same segment.
 */

/** The placeholders a pattern may use. */
export const URL_PLACEHOLDERS = ['locale', 'section', 'slug', 'documentId'] as const;
export type UrlPlaceholder = (typeof URL_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Decodes valid percent-escapes; text that is not a valid UTF-8 escape sequence is kept as written. */
const decodeEscapes = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** Characters a segment keeps as they are (RFC 3986 unreserved): such a value is already canonical. */
const UNRESERVED_ONLY = /^[A-Za-z0-9\-._~]*$/;

/**
 * Values made of unreserved characters, Arabic letters (hamza to yeh, tatweel) and Arabic-Indic digits only: what
 * the newsroom's slugs are made of (domain/text slugs). Each of these characters is its own NFC form and no two of
 * them compose (composition needs a combining mark: madda or hamza above or below), so the value is already NFC
 * and well formed, and encodeURIComponent leaves nothing reserved: normalising it cost as much as encoding it
 * (1,000 slugs of a news sitemap). site-urls.test.ts checks the claim on every pair of these characters.
 */
export const NFC_STABLE_SEGMENT = /^[A-Za-z0-9\-._~\u0621-\u064A\u0660-\u0669]*$/;

/** The sub-delimiters encodeURIComponent leaves as they are. */
const SUB_DELIMITERS = /[!'()*]/;
const SUB_DELIMITERS_ALL = /[!'()*]/g;

/** One path segment in canonical form: NFC, UTF-8 percent-encoded, uppercase hex, `/` encoded too. */
export function canonicalSegment(value: string): string {
  // Locales, document ids and Latin slugs (most segments of a sitemap of 1,000 or 50,000 URLs): nothing to do.
  if (UNRESERVED_ONLY.test(value)) return value;
  if (NFC_STABLE_SEGMENT.test(value)) return encodeURIComponent(value);
  // toWellFormed: a lone surrogate becomes U+FFFD, which encodeURIComponent can encode (it throws on the lone one).
  const text = (value.includes('%') ? decodeEscapes(value) : value).toWellFormed().normalize('NFC');
  // encodeURIComponent writes uppercase hex and leaves A–Z a–z 0–9 - _ . ! ~ * ' ( ) as they are; RFC 3986
  // counts ! * ' ( ) as reserved sub-delimiters, so they are encoded too, leaving exactly the unreserved set.
  const encoded = encodeURIComponent(text);
  // Looked for in the text rather than in its encoding, which is up to nine times as long (an Arabic slug).
  return SUB_DELIMITERS.test(text)
    ? encoded.replace(SUB_DELIMITERS_ALL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    : encoded;
}

/** Why a pattern is refused, or null: starts with `/`, names known placeholders only, includes `{slug}`. */
export function patternProblem(pattern: string): string | null {
  if (!pattern.startsWith('/')) return 'must start with "/"';
  const names = [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1]);
  const unknown = names.find((name) => !(URL_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown !== undefined) return `unknown placeholder {${unknown}} (known: ${URL_PLACEHOLDERS.join(', ')})`;
  if (!names.includes('slug')) return 'must contain {slug}';
  if (/[{}\s?#]/.test(pattern.replace(PLACEHOLDER, ''))) return 'braces, spaces, "?" and "#" are not allowed';
  return null;
}

/** Placeholders with few values (a handful of locales and sections): their segments are kept once made. */
const FEW_VALUES: ReadonlySet<string> = new Set<UrlPlaceholder>(['locale', 'section']);

/**
 * A pattern read once, for filling many times (a sitemap page fills one pattern 50,000 times): the path of the
 * values given, each value one canonical segment. Throws naming the placeholder when a value is missing or empty.
 */
export function compilePattern(pattern: string): (values: Partial<Record<UrlPlaceholder, string>>) => string {
  // split with a capturing group: literal text at even indexes, placeholder names at odd ones.
  const parts = pattern.split(PLACEHOLDER);
  // The segments made of each few-valued placeholder, by value.
  const kept = new Map<string, Map<string, string>>();
  for (const name of FEW_VALUES) kept.set(name, new Map());
  const segment = (name: string, value: string): string => {
    const made = kept.get(name);
    if (made === undefined) return canonicalSegment(value);
    let text = made.get(value);
    if (text === undefined) {
      text = canonicalSegment(value);
      made.set(value, text);
    }
    return text;
  };
  return (values) => {
    let path = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const value = values[parts[i] as UrlPlaceholder];
      if (value === undefined || value === '') throw new Error(`no value for {${parts[i]}} in ${pattern}`);
      path += segment(parts[i], value) + parts[i + 1];
    }
    return path;
  };
}

/** The path of a pattern with its placeholders filled, each value one canonical segment. */
export function fillPattern(pattern: string, values: Partial<Record<UrlPlaceholder, string>>): string {
  return compilePattern(pattern)(values);
}

/** The site's base URL without its trailing slashes: what a path (which starts with `/`) is appended to. */
export const siteRoot = (base: string): string => base.replace(/\/+$/, '');

/** The absolute URL of a site path: the base without its trailing slash, then the path (which starts with `/`). */
export function siteUrl(base: string, path: string): string {
  return `${siteRoot(base)}${path}`;
}
