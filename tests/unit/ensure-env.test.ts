import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const root = path.resolve(__dirname, '..', '..');

/** Runs scripts/ensure-env.js in a copy of the project's env files. */
const runIn = (dir: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(process.execPath, [path.join(dir, 'scripts', 'ensure-env.js')], {
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  });

const sandbox = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-env-'));
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(path.join(root, 'scripts', 'ensure-env.js'), path.join(dir, 'scripts', 'ensure-env.js'));
  fs.copyFileSync(path.join(root, '.env.example'), path.join(dir, '.env.example'));
  return dir;
};

const parseEnv = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

describe('scripts/ensure-env.js', () => {
  it('writes a .env with fresh random secrets on first run, and never overwrites it', () => {
    const first = sandbox();
    const second = sandbox();
    runIn(first);
    runIn(second);
    const a = parseEnv(fs.readFileSync(path.join(first, '.env'), 'utf8'));
    const b = parseEnv(fs.readFileSync(path.join(second, '.env'), 'utf8'));
    for (const name of [
      'APP_KEYS',
      'API_TOKEN_SALT',
      'ADMIN_JWT_SECRET',
      'TRANSFER_TOKEN_SALT',
      'JWT_SECRET',
      'ENCRYPTION_KEY',
      'PREVIEW_SECRET',
      'ADMIN_PASSWORD',
    ]) {
      expect(a[name]).toMatch(/^.{12,}$/);
      expect(a[name]).not.toMatch(/tobemodified/);
      expect(a[name]).not.toBe(b[name]);
    }
    expect(a.DATABASE_FILENAME).toBe('.tmp/data.db');

    // An existing .env keeps every line it has; only a generated secret it lacks is appended (never the login).
    fs.writeFileSync(path.join(first, '.env'), 'KEEP=me\nAPP_KEYS=mine\n');
    runIn(first);
    const kept = fs.readFileSync(path.join(first, '.env'), 'utf8');
    expect(kept.startsWith('KEEP=me\nAPP_KEYS=mine\n')).toBe(true);
    expect(kept.match(/^APP_KEYS=/gm)).toHaveLength(1);
    expect(kept).toMatch(/^CALENDAR_FEED_SECRET=.{12,}$/m);
    expect(kept).not.toMatch(/^ADMIN_PASSWORD=/m);
    runIn(first);
    expect(fs.readFileSync(path.join(first, '.env'), 'utf8')).toBe(kept);
  });

  it('does nothing in production', () => {
    const dir = sandbox();
    runIn(dir, { NODE_ENV: 'production' });
    expect(fs.existsSync(path.join(dir, '.env'))).toBe(false);
  });
});
