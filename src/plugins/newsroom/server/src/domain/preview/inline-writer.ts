import { breakLines, escapeHtml } from './escape';
import type { InlineEvent } from './isolates';

/** Text formats as bits of `Segment.marks`. */
export const MARKS = { bold: 1, italic: 2, underline: 4, strikethrough: 8, code: 16 } as const;

const MARK_TAGS: ReadonlyArray<readonly [mark: number, open: string, close: string]> = [
  [MARKS.bold, '<strong>', '</strong>'],
  [MARKS.italic, '<em>', '</em>'],
  [MARKS.underline, '<u>', '</u>'],
  [MARKS.strikethrough, '<s>', '</s>'],
  [MARKS.code, '<code dir="auto">', '</code>'],
];

export interface Segment {
  text: string;
  marks: number;
  /** Index into `InlineContent.links`, or -1. */
  link: number;
}

export interface InlineRenderOptions {
  /** Title of the marker put on the text of a refused link. */
  unsafeLinkTitle: string;
}

/**
 * Writes a block's inline events (text pieces and `<bdi>` isolates) as HTML, keeping `<a>` (or
 * the refused-link `<span>`) and `<bdi>` properly nested; formatting tags are innermost, opened
 * and closed around each piece. An isolate never splits (two isolates in a row would swap places in RTL text): when it lies
 * inside one link the link stays outside it, otherwise the link is split at the isolate's edges.
 */
export class InlineWriter {
  private out = '';
  private openLink = -1;
  private bdiOpen = false;
  /** True when a link and an isolate are both open and the link is the outer one. */
  private linkIsOuter = false;

  constructor(
    private readonly segments: readonly Segment[],
    private readonly links: ReadonlyArray<string | null>,
    private readonly options: InlineRenderOptions,
  ) {}

  write(events: readonly InlineEvent[]): string {
    const isolateLink = this.isolateLinks(events);
    events.forEach((event, index) => {
      if (event.kind === 'text') this.text(event.segment, event.html);
      else if (event.kind === 'open') this.openIsolate(isolateLink[index]);
      else this.closeIsolate();
    });
    this.closeIsolate();
    if (this.openLink !== -1) this.out += this.linkClose(this.openLink);
    return this.out;
  }

  /** For each 'open' event, the one link all the text of that isolate is in; -1 for none or several. */
  private isolateLinks(events: readonly InlineEvent[]): number[] {
    const result = new Array<number>(events.length).fill(-1);
    let openIndex = -1;
    let link: number | null = null; // null: no text seen yet in the current isolate
    events.forEach((event, index) => {
      if (event.kind === 'open') {
        openIndex = index;
        link = null;
      } else if (event.kind === 'text' && openIndex >= 0) {
        const textLink = this.segments[event.segment].link;
        link = link === null || link === textLink ? textLink : -1;
        result[openIndex] = link;
      } else if (event.kind === 'close') {
        openIndex = -1;
      }
    });
    return result;
  }

  private text(segment: number, html: string): void {
    const { link, marks } = this.segments[segment];
    if (this.openLink !== -1 && this.openLink !== link) this.closeLink();
    if (link !== -1 && this.openLink === -1) {
      this.out += this.linkOpen(link);
      this.openLink = link;
      this.linkIsOuter = false;
    }
    let piece = breakLines(html);
    for (let index = MARK_TAGS.length - 1; index >= 0; index -= 1) {
      const [mark, open, close] = MARK_TAGS[index];
      if ((marks & mark) !== 0) piece = open + piece + close;
    }
    this.out += piece;
  }

  private openIsolate(isolateLink: number): void {
    this.closeIsolate();
    const insideOpenLink = this.openLink !== -1 && isolateLink === this.openLink;
    if (this.openLink !== -1 && !insideOpenLink) this.closeLink();
    this.out += '<bdi>';
    this.bdiOpen = true;
    this.linkIsOuter = insideOpenLink;
  }

  private closeIsolate(): void {
    if (!this.bdiOpen) return;
    // A link opened inside the isolate ends with it; the next piece reopens it if it goes on.
    if (this.openLink !== -1 && !this.linkIsOuter) this.closeLink();
    this.out += '</bdi>';
    this.bdiOpen = false;
    this.linkIsOuter = false;
  }

  private closeLink(): void {
    // With the link outside an open isolate the isolate would have to end first; `isolateLinks`
    // keeps a link outside only an isolate wholly inside it, so this is never reached with one open.
    if (this.bdiOpen && this.linkIsOuter) {
      this.out += '</bdi>';
      this.bdiOpen = false;
    }
    this.out += this.linkClose(this.openLink);
    this.openLink = -1;
    this.linkIsOuter = false;
  }

  private linkOpen(link: number): string {
    const href = this.links[link];
    if (href === null) return `<span class="unsafe-link" title="${escapeHtml(this.options.unsafeLinkTitle)}">`;
    return `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow" target="_blank">`;
  }

  private linkClose(link: number): string {
    return this.links[link] === null ? '</span>' : '</a>';
  }
}
