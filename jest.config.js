/**
 * Two projects:
 *  - unit: pure TypeScript (the plugin's domain/ and other pure modules), milliseconds each;
 *  - api: boots the real Strapi once per test file on a fresh temporary database.
 *  - multi: several Strapi processes on one PostgreSQL database (npm run test:multi, in CI after test:pg).
 *  - e2e: Chromium against a running `strapi start` (npm run test:e2e starts the server and sets E2E_BASE_URL).
 * The api project runs in band (see package.json) because every file compiles and boots Strapi.
 */
// Transpile only (tsconfig.test.json sets isolatedModules): `npm run typecheck` checks the types.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }];

module.exports = {
  // API test files boot Strapi in beforeAll (compile + load), which takes several seconds.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      modulePathIgnorePatterns: ['<rootDir>/dist'],
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: [
        '<rootDir>/src/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
        '<rootDir>/bench/**/*.test.ts',
        '<rootDir>/tests/unit/**/*.test.ts',
      ],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/tests/helpers/compile-once.ts',
      modulePathIgnorePatterns: ['<rootDir>/dist'],
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/tests/api/**/*.test.api.ts'],
    },
    {
      displayName: 'multi',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/tests/helpers/compile-once.ts',
      modulePathIgnorePatterns: ['<rootDir>/dist'],
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/tests/multi/**/*.test.multi.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      modulePathIgnorePatterns: ['<rootDir>/dist'],
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/tests/e2e/**/*.test.e2e.ts'],
    },
  ],
};
