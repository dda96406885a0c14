/**
 * Why one input (a file, or one record of it) could not be read. `line` is 1-based and present when the
 * problem is at a place in the file (a malformed record, an invalid byte); the message names both.
 */
export class WireInputError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly reason: string;

  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'WireInputError';
    this.file = file;
    this.reason = reason;
    if (line !== undefined) this.line = line;
  }
}
