// Server entry point: compiled by the project's tsconfig into dist/src/plugins/newsroom/strapi-server.js,
// which is where config/plugins.ts points the server (see the comment there).
import plugin from './server/src';

export default plugin;
