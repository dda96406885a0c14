import type { Core } from '@strapi/strapi';
import outputsController from './controller';
import { OUTPUTS, type OutputController } from './routes';

type Outputs = ReturnType<typeof outputsController>;

/** One controller per output, each with a `find` action (see outputs/routes.ts: why). */
export const outputControllers = Object.fromEntries(
  (Object.keys(OUTPUTS) as OutputController[]).map((name) => {
    const controller = ({ strapi }: { strapi: Core.Strapi }): { find: Outputs[keyof Outputs] } => ({
      find: outputsController({ strapi })[OUTPUTS[name].read],
    });
    return [name, controller];
  }),
) as Record<OutputController, (args: { strapi: Core.Strapi }) => { find: Outputs[keyof Outputs] }>;
