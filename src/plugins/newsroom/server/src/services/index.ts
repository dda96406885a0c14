import access from './access';
import articleMetrics from './article-metrics';
import copydesk from './copydesk';
import firstAdmin from './first-admin';
import locales from './locales';
import outbox from './outbox';
import preview from './preview';
import readIndexes from './read-indexes';
import responseCache from './response-cache';
import search from './search';
import seed from './seed';
import setup from './setup';
import siteReads from './site-reads';
import slugs from './slugs';
import tagging from './tagging';
import workflow from './workflow';
import workflowViews from './workflow-views';
import wireImport from './wire-import';

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
