import access from './setup/access';
import articleMetrics from './content/article-metrics';
import copydesk from './copydesk/service';
import firstAdmin from './setup/first-admin';
import locales from './setup/locales';
import outbox from './workflow/outbox';
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

export default {
  access,
  articleMetrics,
  copydesk,
  firstAdmin,
  locales,
  outbox,
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
};
