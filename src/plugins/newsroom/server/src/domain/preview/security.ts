/**
 * HTTP headers for a preview response. The page has no script at all and one nonce'd `<style>`,
 * so the policy allows nothing but that style, fonts and images; `frame-ancestors` lets the
 * Strapi admin show it in its preview iframe. Preview URLs carry a token, so no Referer leaves
 * the page (header and `rel="noreferrer"` on links), and nothing is cached or indexed.
 */
export interface PreviewSecurityOptions {
  /** Fresh per response, base64 or base64url, at least 16 characters (the same as `RenderOptions.nonce`). */
  nonce: string;
  /** Who may frame the page: the admin's origin(s). Default ["'self'"] (admin served by Strapi); [] for 'none'. */
  frameAncestors?: readonly string[];
  /** Extra font sources besides 'self', when `fontBaseUrl` is on another origin. */
  fontSources?: readonly string[];
  /** Extra image sources besides 'self', e.g. the upload provider's CDN origin. */
  imageSources?: readonly string[];
}

const NONCE = /^[A-Za-z0-9+/_-]{16,256}={0,2}$/;
/** Scheme, host (with optional `*.` and port) and path characters; no quotes, spaces, ';' or ','. */
const SOURCE_CHARACTERS = /^[A-Za-z0-9.:/*_~%+-]+$/;
const KEYWORDS = new Set(["'self'", "'none'"]);

export function requireNonce(nonce: unknown, fn: string): string {
  if (typeof nonce !== 'string' || !NONCE.test(nonce)) {
    throw new TypeError(`${fn}: nonce must be 16 to 256 base64 or base64url characters`);
  }
  return nonce;
}

function sources(values: readonly string[] | undefined, field: string): string[] {
  if (values === undefined) return [];
  if (!Array.isArray(values)) throw new TypeError(`previewSecurityHeaders: ${field} must be an array of CSP sources`);
  return values.map((value: unknown, index) => {
    if (typeof value !== 'string' || !(KEYWORDS.has(value) || SOURCE_CHARACTERS.test(value))) {
      throw new TypeError(`previewSecurityHeaders: ${field}[${index}] is not a CSP source: ${JSON.stringify(value)}`);
    }
    return value;
  });
}

function sourceList(values: readonly string[]): string {
  const unique = [...new Set(values)];
  if (unique.length > 1 && unique.includes("'none'"))
    throw new TypeError("previewSecurityHeaders: 'none' cannot be combined with other sources");
  return unique.length === 0 ? "'none'" : unique.join(' ');
}

export function previewSecurityHeaders(options: PreviewSecurityOptions): Record<string, string> {
  const nonce = requireNonce(options?.nonce, 'previewSecurityHeaders');
  const frameAncestors =
    options.frameAncestors === undefined ? ["'self'"] : sources(options.frameAncestors, 'frameAncestors');
  const policy = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `font-src ${sourceList(["'self'", ...sources(options.fontSources, 'fontSources')])}`,
    `img-src ${sourceList(["'self'", ...sources(options.imageSources, 'imageSources')])}`,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${sourceList(frameAncestors)}`,
  ].join('; ');
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': policy,
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}
