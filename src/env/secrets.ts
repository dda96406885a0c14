/**
 * Secrets the server cannot run without. In production a missing secret, or one still holding the
 * placeholder value from `.env.example` or Strapi's scaffold, stops the start with a message naming it:
 * a newsroom must never run on a key that is published in a repository.
 * Outside production, `scripts/ensure-env.js` writes fresh random values into `.env` on first run.
 */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'PREVIEW_SECRET',
  'CALENDAR_FEED_SECRET',
] as const;

export type SecretName = (typeof REQUIRED_SECRETS)[number];

const PLACEHOLDER = /^(tobemodified\d*|change-?me|example|secret|replace-?me)?$/i;

export const isPlaceholderSecret = (value: string | undefined): boolean => {
  if (value === undefined) return true;
  return value.split(',').some((part) => PLACEHOLDER.test(part.trim()));
};

/** Names of the secrets that are missing or still placeholders in `env`. */
export const findUnsafeSecrets = (env: NodeJS.ProcessEnv): SecretName[] =>
  REQUIRED_SECRETS.filter((name) => isPlaceholderSecret(env[name]));

/**
 * Throws in production when a secret is unsafe; returns quietly elsewhere so development and tests
 * can boot with generated values.
 */
export const assertProductionSecrets = (env: NodeJS.ProcessEnv = process.env): void => {
  if (env.NODE_ENV !== 'production') return;
  const unsafe = findUnsafeSecrets(env);
  if (unsafe.length > 0) {
    throw new Error(
      `Refusing to start in production: ${unsafe.join(', ')} ${unsafe.length === 1 ? 'is' : 'are'} missing or still the example value. ` +
        "Set real random values (see .env.example), e.g. `node -e \"console.log(require('crypto').randomBytes(16).toString('base64'))\"`.",
    );
  }
};
