import crypto from 'crypto';
import { ImportInputRefused, importInputs, type ImportInput } from './inputs';

/** Base64 is checked and decoded 256 KB at a time: pieces must join as if it were decoded at once. */
const bytesOf = async (input: ImportInput): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of input.chunks) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
};
const upload = async (content: string) => (await importInputs({ files: [{ name: 'copy.txt', content }] }))[0];

describe('importInputs (uploaded base64)', () => {
  it('decodes across piece boundaries, with line breaks and padding, as one decode would', async () => {
    for (const size of [600_001, 600_002, 600_003, 3 * 256 * 1024]) {
      const bytes = crypto.randomBytes(size);
      const plain = bytes.toString('base64');
      const wrapped = plain.replace(/.{76}/g, '$&\r\n');
      expect((await bytesOf(await upload(plain))).equals(bytes)).toBe(true);
      expect((await bytesOf(await upload(wrapped))).equals(bytes)).toBe(true);
    }
  });

  it('refuses a character or padding out of place in any piece, naming the file', async () => {
    const plain = crypto.randomBytes(600_000).toString('base64');
    const at = 300_000;
    await expect(upload(`${plain.slice(0, at)}!${plain.slice(at)}`)).rejects.toThrow(
      'files.0.content: copy.txt is not base64',
    );
    await expect(upload(`${plain.slice(0, at)}=${plain.slice(at)}`)).rejects.toBeInstanceOf(ImportInputRefused);
    // Padding at the very end of one piece, data at the start of the next.
    const boundary = 256 * 1024;
    await expect(upload(`${plain.slice(0, boundary - 1)}=${plain.slice(boundary)}`)).rejects.toThrow('is not base64');
  });

  it('refuses a file over 5 MB decoded with 413', async () => {
    const refused = await upload(Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64')).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 413 });
  });
});
