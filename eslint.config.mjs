// ESLint 9 flat config, in the spirit of Strapi's own (packages/utils/eslint-config-custom): typescript-eslint's
// recommended rules for back and front, react-hooks for the admin, Prettier owning the formatting. Stricter than
// Strapi's where the house rules are: `any` is an error, and promises must be awaited or handled (type-aware).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

const SOURCES = [
  'src/**/*.{ts,tsx,js}',
  'tests/**/*.{ts,js}',
  'scripts/**/*.{ts,js}',
  'bench/**/*.{ts,js}',
  'config/**/*.{ts,js}',
];
const ADMIN_SOURCES = ['src/admin/**/*.{ts,tsx}', 'src/plugins/*/admin/**/*.{ts,tsx}'];

// Code that runs in the browser (admin) or must stay pure (the newsroom core) cannot lean on Node or the server.
const BROWSER_OR_PURE = ['src/plugins/newsroom/admin/**/*.{ts,tsx}', 'src/plugins/newsroom/core/**/*.{ts,tsx}'];
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));
const noNodeOrServerImports = [
  'error',
  {
    paths: NODE_BUILTINS.map((name) => ({
      name,
      message:
        'Node built-ins do not run in the browser and break the pure core: use a web API or move it to the server.',
    })),
    patterns: [
      { regex: '^node:', message: 'Node built-ins do not run in the browser and break the pure core.' },
      {
        regex: '(^|/)server/src(/|$)',
        message:
          'The admin and the core must not depend on server code: share types through shared/contracts or core/.',
      },
    ],
  },
];

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.strapi/**',
      '**/.cache/**',
      '**/.tmp/**',
      '**/coverage/**',
      'types/**',
      'database/**',
      'public/**',
      'deploy/**',
      'docs/**',
    ],
  },
  {
    files: [...SOURCES, '*.{js,mjs}'],
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.node } },
  },
  // Plain CommonJS scripts: no type information, `require` is how they import.
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Untyped CommonJS packages, required where a benchmark or script needs them (no @types to import them by).
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^autocannon$', '^better-sqlite3$'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Type-aware (parserOptions.project below): every promise awaited, returned, or handled.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  // Type-aware rules: the server, tests and scripts through tsconfig.test.json, the admin through its own tsconfig.
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'config/**/*.ts'],
    ignores: ADMIN_SOURCES,
    languageOptions: { parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ADMIN_SOURCES,
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { project: './src/admin/tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: BROWSER_OR_PURE,
    // Tests run in Node (fixtures read from disk); they ship to neither the browser nor the core's users.
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': noNodeOrServerImports },
  },
  prettier,
);
