import type { AddressInfo } from 'net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** A real SMTP server on a free local port that keeps every message it receives, decoded by mailparser. */
export interface OwnSmtp {
  url: string;
  messages: ParsedMail[];
  /** The raw header lines of each message as received (to see the RFC 2047 encoding itself). */
  rawHeaders: string[];
  /**
   * Holds the next message at the end of its DATA (the sender waits for the server's answer) until `release`:
   * `arrived` resolves once it is being held. Only that message: the ones after it pass.
   */
  hold(): { arrived: Promise<void>; release(): void };
  stop(): Promise<void>;
}

export async function startOwnSmtp(): Promise<OwnSmtp> {
  const messages: ParsedMail[] = [];
  const rawHeaders: string[] = [];
  let gate: { arrived(): void; released: Promise<void> } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on localhost: no self-signed STARTTLS for nodemailer to refuse.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        rawHeaders.push(raw.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '');
        const held = gate;
        gate = null;
        held?.arrived();
        Promise.resolve(held?.released)
          .then(() => simpleParser(raw))
          .then((parsed) => {
            messages.push(parsed);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rawHeaders,
    hold() {
      let release = () => {};
      let arrived = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      gate = { arrived, released };
      return { arrived: arrival, release };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The addresses a message was sent to. */
export const recipientsOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) =>
    to.value.map((address) => address.address ?? ''),
  );
