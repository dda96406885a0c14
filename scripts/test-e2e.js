#!/usr/bin/env node
/**
 * `npm run test:e2e`: the browser suite (tests/e2e, jest project `e2e`) against a real `strapi start`.
 *
 *  1. builds the admin and the server (`strapi build`) unless dist/ is newer than every source file
 *     (E2E_BUILD=always | never overrides; CI runs `npm run build` first, so it is reused there);
 *  2. starts `strapi start` as a child process on a free port of 127.0.0.1, on a fresh SQLite file in a temporary
 *     folder, with fresh secrets, the demo content seeded and a first admin user from ADMIN_EMAIL / ADMIN_PASSWORD
 *     (the project's .env is not read: ENV_PATH points into the temporary folder);
 *  3. waits for /_health, runs `jest --selectProjects e2e --runInBand` (extra arguments are passed on) with
 *     E2E_BASE_URL, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, E2E_ARTIFACTS_DIR and E2E_CHROMIUM set;
 *  4. stops the server and removes the temporary folder whatever happens. The exit code is jest's.
 *
 * Screenshots and the server's log go to artifacts/e2e/ (gitignored). Needs Debian's chromium
 * (`apt-get install chromium`, /usr/bin/chromium; E2E_CHROMIUM names another binary).
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const root = path.resolve(__dirname, '..');
const artifactsDir = path.join(root, 'artifacts', 'e2e');
const strapiBin = path.join(root, 'node_modules', '.bin', 'strapi');
const chromium = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const HEALTH_TIMEOUT_MS = 240000;
const STOP_TIMEOUT_MS = 15000;

const log = (message) => process.stdout.write(`[test:e2e] ${message}\n`);

// --- Build, when dist/ is missing or older than a source file

/** Sources compiled into dist/ (server) or dist/build (admin); tests and test helpers are not. */
const BUILD_INPUTS = ['src', 'config', 'patches', 'package.json', 'package-lock.json', 'tsconfig.json', 'favicon.png'];
const NOT_BUILT = /(\.test\.tsx?|[\\/]test-[^\\/]*\.ts)$/;

function newestSource(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return NOT_BUILT.test(entry) ? null : { file: entry, mtimeMs: stat.mtimeMs };
  let newest = null;
  for (const name of fs.readdirSync(entry)) {
    const found = newestSource(path.join(entry, name));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/** Why a build is needed, or null when dist/ is current. */
function staleReason() {
  // The admin build writes index.html last, after the server's TypeScript: its time is the build's.
  const stamps = ['dist/build/index.html', 'dist/src/index.js'].map((file) => path.join(root, file));
  const missing = stamps.find((file) => !fs.existsSync(file));
  if (missing) return `${path.relative(root, missing)} is missing`;
  const builtAt = fs.statSync(stamps[0]).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const newest = newestSource(path.join(root, input));
    if (newest && newest.mtimeMs > builtAt) return `${path.relative(root, newest.file)} is newer than dist/`;
  }
  return null;
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function buildIfNeeded() {
  const mode = process.env.E2E_BUILD || 'auto';
  if (!['auto', 'always', 'never'].includes(mode))
    throw new Error(`E2E_BUILD must be auto, always or never, not "${mode}"`);
  const reason = mode === 'always' ? 'E2E_BUILD=always' : staleReason();
  if (mode === 'never' || !reason) {
    log(mode === 'never' ? 'E2E_BUILD=never: using dist/ as it is' : 'dist/ is current: no build');
    return;
  }
  log(`building (${reason}): strapi build`);
  const started = Date.now();
  const code = await run(strapiBin, ['build'], { env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } });
  if (code !== 0) throw new Error(`strapi build failed with exit code ${code}`);
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
}

// --- The server

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const secret = () => crypto.randomBytes(24).toString('base64');

function serverEnv(tmpDir, port) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const admin = {
    email: `e2e-${crypto.randomBytes(4).toString('hex')}@newsroom.test`,
    // Strapi's rules: at least 8 characters with an upper-case letter, a lower-case letter and a digit.
    password: `E2e-${crypto.randomBytes(12).toString('base64url')}-9a`,
  };
  const env = {
    ...process.env,
    // Not the project's .env: everything the server reads comes from here.
    ENV_PATH: path.join(tmpDir, 'no.env'),
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATABASE_CLIENT: 'sqlite',
    DATABASE_URL: '',
    DATABASE_FILENAME: path.join(tmpDir, 'data.db'),
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    PREVIEW_SECRET: secret(),
    CALENDAR_FEED_SECRET: secret(),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    NEWSROOM_SEED: 'true',
    // Each test file signs in (UI and API) as the same admin from the same address: Strapi's limit of 5
    // logins in 5 minutes would refuse the later files.
    ADMIN_LOGIN_MAX_ATTEMPTS: '100',
    // No scheduled-publishing polls during the run: nothing here is scheduled.
    NEWSROOM_SCHEDULER: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
  };
  return { env, baseUrl, admin };
}

function healthy(baseUrl) {
  return new Promise((resolve) => {
    const request = http.get(`${baseUrl}/_health`, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 204 || response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

async function waitForHealth(baseUrl, server) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(
        `strapi start exited (${server.exitCode ?? server.signalCode}) before it answered: see artifacts/e2e/strapi.log`,
      );
    }
    if (await healthy(baseUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `strapi start did not answer ${baseUrl}/_health within ${HEALTH_TIMEOUT_MS / 1000} s: see artifacts/e2e/strapi.log`,
  );
}

function startServer(env, logFile) {
  const out = fs.openSync(logFile, 'w');
  // Its own process group, so that stopping it also stops anything it started.
  const child = spawn(strapiBin, ['start'], { cwd: root, env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  return child;
}

function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const signalGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => signalGroup('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroup('SIGTERM');
  });
}

// --- Main

async function main() {
  if (!fs.existsSync(chromium)) {
    console.error(
      `[test:e2e] no browser at ${chromium}: install Debian's chromium (apt-get install chromium) or set E2E_CHROMIUM`,
    );
    return 1;
  }
  fs.rmSync(artifactsDir, { recursive: true, force: true });
  fs.mkdirSync(artifactsDir, { recursive: true });
  await buildIfNeeded();

  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'));
  let server = null;
  const cleanup = async () => {
    await stopServer(server);
    fs.rmSync(tmpDir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    log(`${signal}: stopping the server`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const port = await freePort();
    const { env, baseUrl, admin } = serverEnv(tmpDir, port);
    const logFile = path.join(artifactsDir, 'strapi.log');
    log(`starting strapi on ${baseUrl} (log: ${path.relative(root, logFile)})`);
    const started = Date.now();
    server = startServer(env, logFile);
    await waitForHealth(baseUrl, server);
    log(`strapi answered after ${Math.round((Date.now() - started) / 1000)} s`);

    const jest = require.resolve('jest/bin/jest');
    // --forceExit: a browser left open by a failed test must not keep jest, and so the server, running for ever.
    const args = [jest, '--selectProjects', 'e2e', '--runInBand', '--forceExit', ...process.argv.slice(2)];
    return await run(process.execPath, args, {
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        E2E_ADMIN_EMAIL: admin.email,
        E2E_ADMIN_PASSWORD: admin.password,
        E2E_ARTIFACTS_DIR: artifactsDir,
        E2E_CHROMIUM: chromium,
      },
    });
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[test:e2e] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
