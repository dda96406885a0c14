import fc from 'fast-check';
import { MAX_INPUT_BYTES, decodeInput, firstInvalidUtf8 } from './input-check';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeInput', () => {
  it('accepts UTF-8 text and drops a BOM', () => {
    expect(decodeInput(bytes('\uFEFFكتب: سيد محمد'), { file: 'a.txt' })).toBe('كتب: سيد محمد');
  });

  it('refuses empty, binary, non-UTF-8 and oversized input, naming the file and line', () => {
    expect(() => decodeInput(bytes('  \n '), { file: 'a.txt' })).toThrow('a.txt: empty');
    expect(() => decodeInput(bytes('سطر\nثان\0'), { file: 'b.txt' })).toThrow(
      'b.txt:2: binary data, not text (NUL byte)',
    );
    expect(() => decodeInput(Uint8Array.from([1, 2, 3, 4, 5, 65]), { file: 'c.bin' })).toThrow(
      'c.bin: binary data, not text (mostly control characters)',
    );
    const latin1 = Uint8Array.from([...bytes('line one\n'), 0x63, 0x61, 0x66, 0xe9]);
    expect(() => decodeInput(latin1, { file: 'd.txt' })).toThrow('d.txt:2: not UTF-8 (invalid byte 0xe9 at offset 12)');
    expect(() => decodeInput(bytes('{"text":"\xe9"}'), { file: 'e.jsonl', line: 40 })).not.toThrow();
    expect(() => decodeInput(new Uint8Array(MAX_INPUT_BYTES + 1).fill(65), { file: 'big.txt' })).toThrow(
      `big.txt: larger than 5 MB (${MAX_INPUT_BYTES + 1} bytes)`,
    );
  });

  it('finds the first invalid byte exactly as the decoder does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (data) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(data);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(data) === -1).toBe(valid);
      }),
    );
  });
});
