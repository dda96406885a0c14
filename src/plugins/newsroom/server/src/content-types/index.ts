import slugRedirectSchema from './slug-redirect/schema.json';

export default {
  'slug-redirect': { schema: slugRedirectSchema },
};
