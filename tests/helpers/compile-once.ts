import { compileStrapi } from '@strapi/strapi';

/**
 * Jest globalSetup of the projects that boot Strapi (api, multi): compiles the TypeScript project into dist/ once
 * per run. `compileStrapi()` type-checks and emits the whole project on every call, and each test file boots its
 * own Strapi: compiling there cost every file seconds. startTestStrapi reads dist/ directly when this has run.
 *
 * When NEWSROOM_TEST_DIST_DIR is already set (CI sets it to the dist/ that `npm run build` has just emitted), the
 * run uses that and compiles nothing: two suites running side by side must not both rewrite one dist/.
 */
export default async function compileOnce(): Promise<void> {
  if (process.env.NEWSROOM_TEST_DIST_DIR) return;
  const { distDir } = await compileStrapi();
  process.env.NEWSROOM_TEST_DIST_DIR = distDir;
}
