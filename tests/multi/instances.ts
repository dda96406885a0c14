import { spawn, type ChildProcess } from 'child_process';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';

/**
 * Shared by the multi-instance tests: Strapi processes started from the compiled app (instance.js) on the
 * database and secrets of the test's own Strapi (startTestStrapi sets them in process.env, the children inherit
 * them), stopped after the file; and a webhook receiver that records the stage-change events.
 */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

export const requirePostgres = (): void => {
  if (!process.env.TEST_DATABASE_URL)
    throw new Error('The multi-instance tests need PostgreSQL: set TEST_DATABASE_URL (npm run test:multi does)');
};

export interface Instance {
  name: string;
  child: ChildProcess;
  port: number;
  url: string;
  /** What the process printed (stdout and stderr), the last 200,000 characters. */
  output(): string;
}

/** Every process started by this file, ready or not, to stop after it. */
const children: ChildProcess[] = [];
const OUTPUT_KEPT = 200_000;

/** Starts one instance on a free port; `env` is added to the inherited environment (NEWSROOM_SCHEDULER, …). */
export const startInstance = (name: string, env: Record<string, string> = {}): Promise<Instance> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'instance.js')], {
      env: { ...process.env, PORT: '0', NEWSROOM_INSTANCE: name, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    const record = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
    };
    const instance: Omit<Instance, 'port' | 'url'> = { name, child, output: () => output };
    const timer = setTimeout(
      () => reject(new Error(`instance ${name} did not start: ${output.slice(-2000)}`)),
      120_000,
    );
    let ready = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      record(chunk);
      const listening = ready ? null : /READY (\d+)/.exec(output);
      if (listening) {
        ready = true;
        clearTimeout(timer);
        const port = Number(listening[1]);
        resolve({ ...instance, port, url: `http://127.0.0.1:${port}` });
      }
    });
    child.stderr?.on('data', record);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== null && code !== 0) reject(new Error(`instance ${name} exited ${code}: ${output.slice(-2000)}`));
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });

/** Resolves when the process has exited, or after `ms` (false then). */
export const exited = (child: ChildProcess, ms: number): Promise<boolean> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });

/** Stops every instance started by this file: SIGTERM, then SIGKILL for any still running after 5 s. */
export async function stopInstances(): Promise<void> {
  const running = children.splice(0).filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) child.kill('SIGTERM');
  await Promise.all(
    running.map(async (child) => {
      if (!(await exited(child, 5000))) child.kill('SIGKILL');
    }),
  );
}

export interface HookServer {
  port: number;
  /** documentId → the deliveryId of every `newsroom.stage.change` POST to `published`, repeats included. */
  published: Map<string, string[]>;
  close(): Promise<void>;
}

/** A webhook receiver on a free port of 127.0.0.1 (register it with the webhookStore). */
export async function startHookServer(): Promise<HookServer> {
  const published = new Map<string, string[]>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const payload = JSON.parse(body) as { entry?: { documentId?: string; to?: string; deliveryId?: string } };
      const { documentId, to, deliveryId } = payload.entry ?? {};
      if (to === 'published' && documentId && deliveryId)
        published.set(documentId, [...(published.get(documentId) ?? []), deliveryId]);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    published,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
