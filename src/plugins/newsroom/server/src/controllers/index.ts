import direction from './direction';
import preview from './preview';
import slugs from './slugs';
import tagging from './tagging';
import workflow from './workflow';

export default {
  direction,
  preview,
  slugs,
  tagging,
  workflow,
};
