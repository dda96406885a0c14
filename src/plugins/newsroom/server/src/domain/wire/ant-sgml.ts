import type { AntRecord } from './ant-record';
import { WireInputError } from './errors';

/**
 * The ANT archive's SGML-ish form, read a line at a time so a large file streams:
 *
 *   <DOC>
 *   <DOCNO>AL-culture-1-20180218</DOCNO>   <URL>…</URL>  <SRC>…</SRC>  <CAT>…</CAT>  <TITLE>…</TITLE>
 *   <TIME>…</TIME>  <AUTHOR>…</AUTHOR>  <ABSTRACT>…</ABSTRACT>
 *   <TEXT>
 *   paragraphs, which may hold a bare < or &
 *   </TEXT>
 *   </DOC>
 *
 * Not XML: inside an element only its own closing tag ends it, so "a < b & c" is text. A malformed <DOC>
 * (not closed, no TEXT, a DOC inside a DOC, stray text) becomes an error naming its line, and reading
 * goes on with the next <DOC>.
 */
export type SgmlItem = { record: AntRecord; line: number } | { error: WireInputError };

const ELEMENTS: Readonly<Record<string, keyof AntRecord>> = {
  DOCNO: 'docno',
  URL: 'url',
  SRC: 'source',
  CAT: 'category',
  TITLE: 'title',
  TIME: 'time',
  AUTHOR: 'author',
  ABSTRACT: 'abstract',
  TEXT: 'text',
};
const OPEN_TAG = /^<([A-Z]+)>/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the named and numeric entities; a bare & is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (whole, name: string) => {
    if (!name.startsWith('#')) return ENTITIES[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

interface OpenDoc {
  line: number;
  fields: Partial<Record<keyof AntRecord, string>>;
  element?: { tag: string; line: number; parts: string[] };
}

export class AntSgmlReader {
  private doc: OpenDoc | null = null;
  /** After a malformed DOC: skip to its </DOC> or the next <DOC>. */
  private skipping = false;
  private strayReported = false;

  constructor(private readonly file: string) {}

  /** Feeds one line (without its line break); returns the records and errors it completed. */
  line(text: string, number: number): SgmlItem[] {
    const out: SgmlItem[] = [];
    let rest = text;
    for (;;) {
      if (this.doc?.element) {
        rest = this.continueElement(this.doc, rest, number, out);
        if (this.doc?.element) return out;
      }
      const trimmed = rest.trimStart();
      if (trimmed === '') return out;
      if (trimmed.startsWith('<DOC>')) {
        if (this.doc)
          out.push(
            this.error(
              `<DOC> at line ${number} opens inside the <DOC> of line ${this.doc.line}, which is not closed`,
              this.doc.line,
            ),
          );
        this.doc = { line: number, fields: {} };
        this.skipping = false;
        this.strayReported = false;
        rest = trimmed.slice('<DOC>'.length);
      } else if (trimmed.startsWith('</DOC>')) {
        if (this.doc) out.push(this.finish(this.doc));
        else if (!this.skipping) out.push(this.error('</DOC> without an open <DOC>', number));
        this.doc = null;
        this.skipping = false;
        rest = trimmed.slice('</DOC>'.length);
      } else if (this.skipping) {
        return out;
      } else if (!this.doc) {
        if (!this.strayReported) out.push(this.error('text outside any <DOC>', number));
        this.strayReported = true;
        return out;
      } else {
        const tag = OPEN_TAG.exec(trimmed)?.[1];
        if (!tag || !(tag in ELEMENTS)) {
          out.push(
            this.error(
              `unexpected ${tag ? `<${tag}>` : 'text'} at line ${number} in the <DOC> of line ${this.doc.line}`,
              number,
            ),
          );
          this.doc = null;
          this.skipping = true;
          return out;
        }
        this.doc.element = { tag, line: number, parts: [] };
        rest = trimmed.slice(tag.length + 2);
        if (rest === '') return out; // the content starts on the next line
      }
    }
  }

  /** Drops the open DOC (a line of it could not be read) and skips to the next one. */
  abandon(): void {
    if (this.doc) this.skipping = true;
    this.doc = null;
  }

  /** The end of the input: a DOC still open is an error. */
  end(): SgmlItem[] {
    const doc = this.doc;
    this.doc = null;
    if (!doc) return [];
    const where = doc.element ? `<${doc.element.tag}> of line ${doc.element.line} and the ` : '';
    return [this.error(`unclosed ${where}<DOC> opened at line ${doc.line}: the file ends first`, doc.line)];
  }

  /** Adds `text` to the open element up to its closing tag; returns what follows the tag, if it closed. */
  private continueElement(doc: OpenDoc, text: string, number: number, out: SgmlItem[]): string {
    const element = doc.element as NonNullable<OpenDoc['element']>;
    const close = `</${element.tag}>`;
    const at = text.indexOf(close);
    if (at < 0) {
      const trimmed = text.trimStart();
      // A DOC boundary inside an element means the element was never closed.
      if (trimmed.startsWith('<DOC>') || trimmed.startsWith('</DOC>')) {
        out.push(
          this.error(`<${element.tag}> opened at line ${element.line} is not closed before line ${number}`, doc.line),
        );
        this.doc = null;
        this.skipping = false;
        // A new <DOC> is read as such; a </DOC> closed the broken one.
        return trimmed.startsWith('<DOC>') ? trimmed : '';
      }
      element.parts.push(text);
      return '';
    }
    element.parts.push(text.slice(0, at));
    doc.fields[ELEMENTS[element.tag]] = decodeEntities(element.parts.join('\n').replace(/^\n+|\n+$/g, ''));
    doc.element = undefined;
    return text.slice(at + close.length);
  }

  private finish(doc: OpenDoc): SgmlItem {
    if (doc.fields.text === undefined) return this.error(`<DOC> opened at line ${doc.line} has no <TEXT>`, doc.line);
    const record = {
      docno: '',
      url: '',
      source: '',
      category: '',
      title: '',
      time: '',
      author: '',
      abstract: '',
      text: '',
      ...doc.fields,
    };
    return { record, line: doc.line };
  }

  private error(reason: string, line: number): SgmlItem {
    return { error: new WireInputError(this.file, reason, line) };
  }
}
