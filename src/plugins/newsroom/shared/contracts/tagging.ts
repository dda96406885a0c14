/** Topic suggestions, as the admin panel, the admin API and the content API exchange them. */
export interface SuggestRequest {
  title?: string;
  standfirst?: string;
  /** Plain text, or Strapi blocks. */
  body?: string | unknown[];
  locale?: string;
}

export interface EvidencePhrase {
  field: 'title' | 'standfirst' | 'body';
  text: string;
  start: number;
  end: number;
  label: string;
}

export interface TopicSuggestion {
  topicId: string;
  name: string;
  slug: string | null;
  kind: 'section' | 'topic';
  parentName: string | null;
  score: number;
  source: 'vocabulary' | 'model' | 'both';
  phrases: EvidencePhrase[];
  terms: Array<{ term: string; weight: number }>;
}

export interface SuggestResponse {
  data: TopicSuggestion[];
}

export type FeedbackDecision = 'accepted' | 'rejected';

export interface FeedbackRequest {
  locale: string;
  topicId: string;
  decision: FeedbackDecision;
}

export interface FeedbackResponse {
  data: { topicId: string; decision: FeedbackDecision; modelVersion: number | null };
}

export interface RetrainResponse {
  data: { examples: number; labels: number; version: number; seconds: number };
}
