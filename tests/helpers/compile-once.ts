import { compileStrapi } from '@strapi/strapi';

/**
 * Jest globalSetup of the projects that boot Strapi (api, multi): compiles the TypeScript project into dist/ once
 * per run. `compileStrapi()` type-checks and emits the whole project on every call, and each test file boots its
 * own Strapi: compiling there cost every file seconds. startTestStrapi reads dist/ directly when this has run.
 */
export default async function compileOnce(): Promise<void> {
  const { distDir } = await compileStrapi();
  process.env.NEWSROOM_TEST_DIST_DIR = distDir;
}
