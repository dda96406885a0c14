import type { Core } from '@strapi/strapi';
import access from './access/controller';
import calendar from './calendar/controller';
import comments from './comments/controller';
import copydesk from './copydesk/controller';
import direction from './direction/controller';
import drafts from './drafts/controller';
import history from './history/controller';
import home from './home/controller';
import { outputControllers } from './outputs/controllers';
import notifications from './notifications/controller';
import presence from './presence/controller';
import preview from './preview/controller';
import { siteReadControllers } from './site/read-controllers';
import slugs from './slugs/controller';
import tagging from './tagging/controller';
import workflow from './workflow/controller';
import workflowApi from './workflow/api-controller';
import wireImport from './wire/controller';
import wireProposedTitle from './wire/proposed-title-controller';

export default {
  access,
  calendar,
  comments,
  copydesk,
  direction,
  drafts,
  history,
  home,
  notifications,
  presence,
  preview,
  ...siteReadControllers,
  ...outputControllers,
  // A read-only API token may call `find`/`findOne` actions only (slugs/routes.ts).
  slugResolver: ({ strapi }: { strapi: Core.Strapi }) => ({ findOne: slugs({ strapi }).resolve }),
  tagging,
  workflow,
  workflowApi,
  wireImport,
  wireProposedTitle,
};
