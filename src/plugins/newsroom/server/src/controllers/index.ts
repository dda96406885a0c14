import slugs from './slugs';

export default {
  slugs,
};
