import type { IncomingMessage } from 'http';
import type { Readable } from 'stream';

/**
 * Reads a request body chunk by chunk, handing each to `check`, which throws to refuse it (a size or nesting
 * limit passed). On refusal the rest of the body is drained and discarded instead of the stream being
 * destroyed: `for await` over the request would destroy it when the loop exits by a throw, and destroying an
 * IncomingMessage closes the socket, so the client sees ECONNRESET instead of the 400/413 that names the limit.
 * Draining costs no parsing; the server's request timeout bounds a client that never stops sending.
 */
export const readBody = (
  request: IncomingMessage,
  decoded: Readable,
  check: (chunk: Buffer) => void,
): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stop = () => {
      decoded.removeListener('data', onData);
      decoded.removeListener('end', onEnd);
      decoded.removeListener('error', onError);
    };
    const onData = (chunk: Buffer) => {
      try {
        check(chunk);
        chunks.push(chunk);
      } catch (error) {
        stop();
        if (decoded !== request) {
          request.unpipe();
          decoded.destroy();
        }
        request.resume();
        reject(error);
      }
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      request.resume();
      reject(error);
    };
    decoded.on('data', onData);
    decoded.once('end', onEnd);
    decoded.once('error', onError);
  });
