/**
 * Test support (not runtime code): reads the tags of rendered HTML. Every '<' the renderer emits
 * starts a tag (text '<' is always escaped) and attribute values never hold a raw '"', so a
 * regular-expression reading of tags and attributes is exact here.
 */
export interface Tag {
  name: string;
  closing: boolean;
  attributes: Array<[name: string, value: string]>;
  /** Whatever is left in the tag after the name and the well-formed attributes (should be ''). */
  rest: string;
}

const ALLOWED_TAGS = new Set(
  'html head meta title style body div main article header footer aside ul ol li h1 h2 h3 h4 h5 h6 p bdi span strong em u s code pre a figure img figcaption time br blockquote'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES = new Set(
  'lang dir class href rel target src alt width height loading fetchpriority decoding datetime title aria-label data-document-id data-language nonce charset name content'.split(
    ' ',
  ),
);
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function tagsOf(html: string): Tag[] {
  const body = html.startsWith('<!doctype html>\n') ? html.slice('<!doctype html>\n'.length) : html;
  return [...body.matchAll(/<(\/?)([^\s>/]*)([^>]*)>/g)].map(([, slash, name, inside]) => {
    const attributes: Array<[string, string]> = [];
    const rest = inside
      .replace(/\s([^\s=>]+)="([^"]*)"/g, (_, attribute: string, value: string) => {
        attributes.push([attribute, value]);
        return '';
      })
      .trim();
    return { name, closing: slash === '/', attributes, rest };
  });
}

/** The attribute value as the browser reads it (entities decoded). */
export function decode(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Problems that would let the page run script, load something unexpected or spoof text; [] when none. */
export function hazardsIn(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('<script');
  if (BIDI_CONTROL.test(html)) problems.push('bidi control');
  const styleText = /<style[^>]*>([^<]*)<\/style>/.exec(html);
  if (styleText === null) problems.push('no style element');
  for (const tag of tagsOf(html)) {
    if (!ALLOWED_TAGS.has(tag.name)) problems.push(`tag <${tag.name}>`);
    if (tag.rest !== '') problems.push(`stray text in <${tag.name}>: ${tag.rest}`);
    for (const [name, value] of tag.attributes) {
      if (/^on/i.test(name) || !ALLOWED_ATTRIBUTES.has(name)) problems.push(`attribute ${name}`);
      if ((name === 'href' || name === 'src') && !isAllowedUrl(decode(value))) problems.push(`${name}=${value}`);
    }
  }
  return problems;
}

export function isAllowedUrl(url: string): boolean {
  const scheme = /^([^:/?#\\]*):/.exec(url);
  return scheme === null || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
}
