import { spawn, spawnSync, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

/**
 * A Redis of the test's own, on a free port, to stop, pause and restart (never the shared one on 6379).
 * No persistence of its own (`--save '' --appendonly no`); `save()` writes a snapshot that the next start on
 * the same folder loads, as a Redis with persistence (or one behind a network cut) would come back.
 */
export interface OwnRedis {
  port: number;
  url: string;
  save(): Promise<void>;
  /** SIGTERM, waiting for the process to exit. */
  stop(): Promise<void>;
  pause(): void;
  resume(): void;
  /** Starts it again on the same port and folder. */
  start(): Promise<void>;
  /** Ends it whatever its state (after the file). */
  destroy(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** A Redis URL on a port where nothing listens: a process given it is cut off from Redis. */
export const unreachableRedisUrl = async (): Promise<string> => `redis://127.0.0.1:${await freePort()}/0`;

/** Sends one inline command; resolves with the first reply line, rejects on error or after `ms`. */
const command = (port: number, text: string, ms = 1000): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`redis on ${port}: no answer to ${text} within ${ms} ms`));
    }, ms);
    let reply = '';
    socket.on('connect', () => socket.write(`${text}\r\n`));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString();
      if (!reply.includes('\r\n')) return;
      clearTimeout(timer);
      socket.end();
      resolve(reply.split('\r\n')[0]);
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

export async function startOwnRedis(): Promise<OwnRedis> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(
      'redis-server is not on PATH: the cache fault test starts a Redis of its own (apt-get install -y redis-server)',
    );
  }
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-redis-'));
  let child: ChildProcess | null = null;

  const start = async () => {
    const started = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: 'ignore' },
    );
    child = started;
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (started.exitCode !== null) throw new Error(`redis-server on ${port} exited with ${started.exitCode}`);
      const reply = await command(port, 'PING', 500).catch(() => '');
      if (reply === '+PONG') return;
      if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not answer PING within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const running = (): ChildProcess => {
    if (!child) throw new Error('redis-server is not running');
    return child;
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}/0`,
    async save() {
      const reply = await command(port, 'SAVE', 5000);
      if (reply !== '+OK') throw new Error(`SAVE answered ${reply}`);
    },
    async stop() {
      const stopping = running();
      stopping.kill('SIGTERM');
      await exited(stopping);
      child = null;
    },
    pause: () => void running().kill('SIGSTOP'),
    resume: () => void running().kill('SIGCONT'),
    start,
    async destroy() {
      if (child) {
        const ending = child;
        ending.kill('SIGCONT');
        ending.kill('SIGKILL');
        await exited(ending);
        child = null;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
