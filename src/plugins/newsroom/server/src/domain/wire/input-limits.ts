import { WireInputError } from './errors';

/**
 * Limits on what one import may read, checked while the bytes stream in (after decompression), so a small
 * gzip of newlines or of one endless line is refused as soon as it passes a limit instead of filling memory.
 * The admin's Import page takes them from the plugin config (`limits.import`), per request; `npm run import`
 * per file, with a larger size.
 */
export interface WireInputLimits {
  /** Bytes after decompression. */
  maxBytes: number;
  /** Lines, blank ones included. */
  maxLines: number;
  /** Bytes of one line (a JSON-lines record is one line). */
  maxLineBytes: number;
  /** Stories and malformed records. */
  maxStories: number;
}

export type WireLimitName = keyof WireInputLimits;

const MB = 1024 * 1024;

/** `npm run import`: archives are about 100 MB decompressed; a record or a line of copy at most 5 MB. */
export const CLI_INPUT_LIMITS: WireInputLimits = {
  maxBytes: 1024 * MB,
  maxLines: 20_000_000,
  maxLineBytes: 5 * MB,
  maxStories: 1_000_000,
};

const DESCRIPTIONS: Readonly<Record<WireLimitName, { en: string; ar: string; unit: { en: string; ar: string } }>> = {
  maxBytes: { en: 'decompressed size', ar: 'الحجم بعد فك الضغط', unit: { en: 'bytes', ar: 'بايت' } },
  maxLines: { en: 'number of lines', ar: 'عدد الأسطر', unit: { en: 'lines', ar: 'سطر' } },
  maxLineBytes: { en: 'line length', ar: 'طول السطر', unit: { en: 'bytes', ar: 'بايت' } },
  maxStories: { en: 'number of stories', ar: 'عدد الأخبار', unit: { en: 'stories', ar: 'خبر' } },
};

/** A limit passed: the whole request (or CLI file) is refused, 413 for sizes, 400 for counts. */
export class WireLimitExceeded extends WireInputError {
  readonly limit: WireLimitName;
  readonly max: number;
  readonly status: 400 | 413;
  readonly messages: { en: string; ar: string };

  constructor(file: string, limit: WireLimitName, max: number, line?: number) {
    const what = DESCRIPTIONS[limit];
    const en = `over the ${what.en} limit (${limit}: ${max} ${what.unit.en})`;
    super(file, en, line);
    this.limit = limit;
    this.max = max;
    this.status = limit === 'maxBytes' || limit === 'maxLineBytes' ? 413 : 400;
    const place = line === undefined ? file : `${file}:${line}`;
    this.messages = { en: `${place}: ${en}`, ar: `${place}: تجاوز حد ${what.ar} (${limit}: ${max} ${what.unit.ar})` };
  }
}

/**
 * Counters for one budget: bytes and stories may be shared by all files of a request (new InputBudget per
 * request), lines and line length are per file (`startFile`).
 */
export class InputBudget {
  private bytes = 0;
  private stories = 0;

  constructor(readonly limits: WireInputLimits) {}

  addBytes(count: number, file: string, line?: number): void {
    this.bytes += count;
    if (this.bytes > this.limits.maxBytes) throw new WireLimitExceeded(file, 'maxBytes', this.limits.maxBytes, line);
  }

  addStory(file: string, line?: number): void {
    this.stories += 1;
    if (this.stories > this.limits.maxStories)
      throw new WireLimitExceeded(file, 'maxStories', this.limits.maxStories, line);
  }

  checkLine(number: number, length: number, file: string): void {
    if (number > this.limits.maxLines) throw new WireLimitExceeded(file, 'maxLines', this.limits.maxLines, number);
    if (length > this.limits.maxLineBytes)
      throw new WireLimitExceeded(file, 'maxLineBytes', this.limits.maxLineBytes, number);
  }
}
