import slugRedirectSchema from './slug-redirect/schema.json';
import taggingModelSchema from './tagging-model/schema.json';
import topicFeedbackSchema from './topic-feedback/schema.json';

export default {
  'slug-redirect': { schema: slugRedirectSchema },
  'tagging-model': { schema: taggingModelSchema },
  'topic-feedback': { schema: topicFeedbackSchema },
};
