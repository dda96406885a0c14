import copydesk from './copydesk';
import direction from './direction';
import preview from './preview';
import site from './site';
import slugs from './slugs';
import tagging from './tagging';
import workflow from './workflow';
import workflowApi from './workflow-api';
import wireImport from './wire-import';

export default {
  copydesk,
  direction,
  preview,
  site,
  slugs,
  tagging,
  workflow,
  workflowApi,
  wireImport,
};
