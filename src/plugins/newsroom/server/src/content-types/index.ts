import articleCommentSchema from './article-comment/schema.json';
import articleCorrectionSchema from './article-correction/schema.json';
import articleVersionSchema from './article-version/schema.json';
import editingPresenceSchema from './editing-presence/schema.json';
import ledgerEntrySchema from './ledger-entry/schema.json';
import notificationSchema from './notification/schema.json';
import notificationPreferenceSchema from './notification-preference/schema.json';
import notificationSourceSchema from './notification-source/schema.json';
import outboxEventSchema from './outbox-event/schema.json';
import slugRedirectSchema from './slug-redirect/schema.json';
import taggingModelSchema from './tagging-model/schema.json';
import topicFeedbackSchema from './topic-feedback/schema.json';
import workflowStateSchema from './workflow-state/schema.json';
import wireStorySchema from './wire-story/schema.json';
import wireStoryBandSchema from './wire-story-band/schema.json';

export default {
  'article-comment': { schema: articleCommentSchema },
  'article-correction': { schema: articleCorrectionSchema },
  'article-version': { schema: articleVersionSchema },
  'editing-presence': { schema: editingPresenceSchema },
  'ledger-entry': { schema: ledgerEntrySchema },
  notification: { schema: notificationSchema },
  'notification-preference': { schema: notificationPreferenceSchema },
  'notification-source': { schema: notificationSourceSchema },
  'outbox-event': { schema: outboxEventSchema },
  'slug-redirect': { schema: slugRedirectSchema },
  'tagging-model': { schema: taggingModelSchema },
  'topic-feedback': { schema: topicFeedbackSchema },
  'workflow-state': { schema: workflowStateSchema },
  'wire-story': { schema: wireStorySchema },
  'wire-story-band': { schema: wireStoryBandSchema },
};
