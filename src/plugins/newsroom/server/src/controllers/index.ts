import slugs from './slugs';
import tagging from './tagging';

export default {
  slugs,
  tagging,
};
