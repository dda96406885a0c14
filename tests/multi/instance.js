'use strict';
/**
 * One Strapi instance for the multi-instance tests: the compiled app (dist/, built by the test), no admin panel.
 * Prints `READY <port>` when it listens; the parent sets PORT (0: any free port), DATABASE_URL and the secrets.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');
createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false })
  .start()
  .then((strapi) => process.stdout.write(`READY ${strapi.server.httpServer.address().port}\n`))
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
