import type { Core } from '@strapi/strapi';
import access from './setup/access';
import articleMetrics from './content/article-metrics';
import calendar from './calendar/service';
import calendarFeed from './calendar/feed';
import comments from './comments/service';
import copydesk from './copydesk/service';
import firstAdmin from './setup/first-admin';
import history from './history/service';
import home from './home/service';
import locales from './setup/locales';
import notifications from './notifications/service';
import outbox from './workflow/outbox';
import outputs from './outputs/service';
import sitemaps from './outputs/sitemaps';
import presence from './presence/service';
import preview from './preview/service';
import readIndexes from './setup/read-indexes';
import responseCache from './cache/response-cache';
import search from './site/search';
import seed from './setup/seed';
import setup from './setup/service';
import siteReads from './site/reads';
import slugs from './slugs/service';
import tagging from './tagging/service';
import workflow from './workflow/service';
import workflowViews from './workflow/views';
import wireImport from './wire/service';
import type { NewsroomServices } from './services-registry';

/** The registry getService reads names every factory registered here, with the type it returns, and no other. */
type ServiceFactories = {
  [Name in keyof NewsroomServices]: (context: { strapi: Core.Strapi }) => NewsroomServices[Name];
};

export default {
  access,
  articleMetrics,
  calendar,
  calendarFeed,
  comments,
  copydesk,
  firstAdmin,
  history,
  home,
  locales,
  notifications,
  outbox,
  outputs,
  sitemaps,
  presence,
  preview,
  readIndexes,
  responseCache,
  search,
  seed,
  setup,
  siteReads,
  slugs,
  tagging,
  workflow,
  workflowViews,
  wireImport,
} satisfies ServiceFactories;
