import { articlePanel } from './articlePanel';
import { TopicSuggestions } from './TopicSuggestions';

/** "Topics": suggestions with their evidence, accept and reject. */
export const TopicsPanel = articlePanel('topics.panel.title', 'Topics', TopicSuggestions);
