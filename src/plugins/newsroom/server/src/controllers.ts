import copydesk from './copydesk/controller';
import direction from './direction/controller';
import history from './history/controller';
import preview from './preview/controller';
import site from './site/controller';
import slugs from './slugs/controller';
import tagging from './tagging/controller';
import workflow from './workflow/controller';
import workflowApi from './workflow/api-controller';
import wireImport from './wire/controller';

export default {
  copydesk,
  direction,
  history,
  preview,
  site,
  slugs,
  tagging,
  workflow,
  workflowApi,
  wireImport,
};
