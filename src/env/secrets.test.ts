import { assertProductionSecrets, findUnsafeSecrets, REQUIRED_SECRETS } from './secrets';

const goodSecrets = Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, `${name.toLowerCase()}-Zq8w1x`]));

describe('production secrets', () => {
  it('accepts real values in production', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', ...goodSecrets })).not.toThrow();
  });

  it('refuses a missing secret in production and names it', () => {
    const env = { NODE_ENV: 'production', ...goodSecrets, JWT_SECRET: undefined };
    expect(() => assertProductionSecrets(env)).toThrow(/JWT_SECRET is missing or still the example value/);
  });

  it('refuses the example values from .env.example and Strapi’s scaffold, naming each', () => {
    const env = {
      NODE_ENV: 'production',
      ...goodSecrets,
      APP_KEYS: 'real-key,toBeModified2',
      ADMIN_JWT_SECRET: 'tobemodified',
    };
    expect(findUnsafeSecrets(env)).toEqual(['APP_KEYS', 'ADMIN_JWT_SECRET']);
    expect(() => assertProductionSecrets(env)).toThrow(/APP_KEYS, ADMIN_JWT_SECRET are missing/);
  });

  it('lets development and tests start with whatever they have', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => assertProductionSecrets({ NODE_ENV: 'test' })).not.toThrow();
  });
});
