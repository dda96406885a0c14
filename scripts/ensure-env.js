#!/usr/bin/env node
/**
 * Writes a local .env with fresh random secrets on first run (outside production), from .env.example.
 * Plain Node with no dependencies so it can run before anything is installed or built.
 * Never overwrites an existing .env, only appends a generated secret it lacks (one added to the project since the
 * .env was written); in production it does nothing (the server refuses unsafe secrets).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const root = path.resolve(__dirname, '..');
const envPath = path.join(root, '.env');
const examplePath = path.join(root, '.env.example');

const randomSecret = () => crypto.randomBytes(24).toString('base64');
const GENERATED = {
  APP_KEYS: () => [randomSecret(), randomSecret(), randomSecret(), randomSecret()].join(','),
  API_TOKEN_SALT: randomSecret,
  ADMIN_JWT_SECRET: randomSecret,
  TRANSFER_TOKEN_SALT: randomSecret,
  JWT_SECRET: randomSecret,
  ENCRYPTION_KEY: randomSecret,
  PREVIEW_SECRET: randomSecret,
  CALENDAR_FEED_SECRET: randomSecret,
  // A readable random password that satisfies Strapi's rules (upper, lower, digit, >= 8 chars).
  ADMIN_PASSWORD: () => `Nr-${crypto.randomBytes(9).toString('base64url')}9a`,
};

/** Appends the generated secrets an existing .env lacks (not the admin login: that one is the user's). */
function addMissingSecrets() {
  const current = fs.readFileSync(envPath, 'utf8');
  const missing = Object.keys(GENERATED).filter(
    (name) => name !== 'ADMIN_PASSWORD' && !new RegExp(`^${name}=`, 'm').test(current),
  );
  if (missing.length === 0) return;
  const added = missing.map((name) => `${name}=${GENERATED[name]()}`).join('\n');
  fs.appendFileSync(envPath, `${current.endsWith('\n') ? '' : '\n'}${added}\n`);
  process.stdout.write(`Added ${missing.join(', ')} to .env.\n`);
}

function main() {
  if (process.env.NODE_ENV === 'production') return;
  if (fs.existsSync(envPath)) return addMissingSecrets();
  const template = fs.readFileSync(examplePath, 'utf8');
  const lines = template.split('\n').map((line) => {
    const match = /^([A-Z_]+)=(.*)$/.exec(line);
    if (!match || !GENERATED[match[1]]) return line;
    return `${match[1]}=${GENERATED[match[1]]()}`;
  });
  fs.writeFileSync(envPath, lines.join('\n'), { mode: 0o600 });
  const password = /^ADMIN_PASSWORD=(.*)$/m.exec(lines.join('\n'))[1];
  process.stdout.write(
    `Wrote .env with fresh random secrets.\nAdmin login: admin@newsroom.local / ${password} (ADMIN_EMAIL and ADMIN_PASSWORD in .env)\n`,
  );
}

main();
