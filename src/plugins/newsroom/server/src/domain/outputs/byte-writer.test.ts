import { ByteWriter } from './byte-writer';

describe('byte writer', () => {
  it('writes text as UTF-8 and bytes as they are, growing past its first size without losing what it held', () => {
    const parts = ['<url>', 'الحوار', '🇧🇭', '</url>'];
    const out = new ByteWriter(1);
    const fixed = Buffer.from('|');
    let expected = '';
    for (let i = 0; i < 500; i += 1) {
      const part = parts[i % parts.length];
      out.text(part).raw(fixed);
      expected += `${part}|`;
    }
    const bytes = out.done();
    expect(bytes.toString('utf8')).toBe(expected);
    expect(bytes.length).toBe(Buffer.byteLength(expected));
  });

  it('gives what was written: what is written afterwards does not change it', () => {
    const out = new ByteWriter(1024).text('أول');
    const first = out.done();
    out.text('ثان');
    expect(first.toString('utf8')).toBe('أول');
    expect(out.done().toString('utf8')).toBe('أولثان');
  });
});
