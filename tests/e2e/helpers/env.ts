/**
 * What `npm run test:e2e` (scripts/test-e2e.js) hands the suite: the running server, its first admin, where
 * screenshots go and which Chromium to drive.
 */
export interface E2eEnv {
  baseUrl: string;
  email: string;
  password: string;
  artifactsDir: string;
  chromium: string;
}

export function e2eEnv(env: NodeJS.ProcessEnv = process.env): E2eEnv {
  const read = (name: string): string => {
    const value = env[name];
    if (!value)
      throw new Error(`${name} is not set: run the browser tests with \`npm run test:e2e\`, which starts the server`);
    return value;
  };
  return {
    baseUrl: read('E2E_BASE_URL').replace(/\/+$/, ''),
    email: read('E2E_ADMIN_EMAIL'),
    password: read('E2E_ADMIN_PASSWORD'),
    artifactsDir: read('E2E_ARTIFACTS_DIR'),
    chromium: env.E2E_CHROMIUM || '/usr/bin/chromium',
  };
}
