import { articlePanel } from './articlePanel';
import { Comments } from './comments/Comments';

/** "Comments": threads on the article locale, with mentions, replies, resolve and reopen. */
export const CommentsPanel = articlePanel('comments.panel.title', 'Comments', Comments);
