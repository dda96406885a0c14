import slugs from './slugs';
import tagging from './tagging';
import workflow from './workflow';

export default {
  slugs,
  tagging,
  workflow,
};
