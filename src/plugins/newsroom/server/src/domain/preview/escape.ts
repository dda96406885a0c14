import { BIDI_CONTROLS } from '../text/chars';

/**
 * HTML escaping for text and attribute values (always emitted in double quotes), in one linear
 * pass over UTF-16 units, with the same policy as the text core's `analyzeBidi` html:
 *  - & < > " ' become entities, so text never opens a tag or leaves an attribute;
 *  - explicit bidi controls (RLO U+202E, LRI…PDI, LRM, RLM, ALM) are dropped: they could reorder
 *    or disguise what the editor sees, and `<bdi>`/`dir` do their job in the preview;
 *  - C0/C1 controls other than tab and line breaks, and lone surrogates, become U+FFFD.
 */
const ENTITIES: Readonly<Record<number, string>> = {
  0x26: '&amp;',
  0x3c: '&lt;',
  0x3e: '&gt;',
  0x22: '&quot;',
  0x27: '&#39;',
};
const REPLACEMENT = '\uFFFD';

const IS_BIDI_CONTROL = new Uint8Array(0x2070);
for (const [first, last] of BIDI_CONTROLS) IS_BIDI_CONTROL.fill(1, first, last + 1);

export function isBidiControl(code: number): boolean {
  return code < IS_BIDI_CONTROL.length && IS_BIDI_CONTROL[code] === 1;
}

/** What to emit for the unit at `index`, or null to keep it as is. */
function replacementAt(text: string, index: number): string | null {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    if (code >= 0x20 && code !== 0x7f) return ENTITIES[code] ?? null;
    return code === 0x09 || code === 0x0a || code === 0x0d ? null : REPLACEMENT;
  }
  if (code <= 0x9f) return REPLACEMENT;
  if (isBidiControl(code)) return '';
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff ? null : REPLACEMENT;
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(index - 1);
    return previous >= 0xd800 && previous <= 0xdbff ? null : REPLACEMENT;
  }
  return null;
}

/** `text` safe to place between tags or inside a double-quoted attribute. */
export function escapeHtml(text: string): string {
  let out = '';
  let plainStart = 0;
  for (let index = 0; index < text.length; index += 1) {
    const replacement = replacementAt(text, index);
    if (replacement === null) continue;
    out += text.slice(plainStart, index) + replacement;
    plainStart = index + 1;
  }
  return plainStart === 0 ? text : out + text.slice(plainStart);
}

/** Line breaks as `<br>` in already escaped text (CRLF, CR and LF each count once). */
export function breakLines(html: string): string {
  if (html.indexOf('\n') < 0 && html.indexOf('\r') < 0) return html;
  return html.replace(/\r\n?|\n/g, '<br>');
}
