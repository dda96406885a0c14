import articleCorrectionSchema from './article-correction/schema.json';
import articleVersionSchema from './article-version/schema.json';
import editingPresenceSchema from './editing-presence/schema.json';
import ledgerEntrySchema from './ledger-entry/schema.json';
import outboxEventSchema from './outbox-event/schema.json';
import slugRedirectSchema from './slug-redirect/schema.json';
import taggingModelSchema from './tagging-model/schema.json';
import topicFeedbackSchema from './topic-feedback/schema.json';
import workflowStateSchema from './workflow-state/schema.json';

export default {
  'article-correction': { schema: articleCorrectionSchema },
  'article-version': { schema: articleVersionSchema },
  'editing-presence': { schema: editingPresenceSchema },
  'ledger-entry': { schema: ledgerEntrySchema },
  'outbox-event': { schema: outboxEventSchema },
  'slug-redirect': { schema: slugRedirectSchema },
  'tagging-model': { schema: taggingModelSchema },
  'topic-feedback': { schema: topicFeedbackSchema },
  'workflow-state': { schema: workflowStateSchema },
};
