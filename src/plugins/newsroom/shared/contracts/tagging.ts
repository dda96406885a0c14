import { z } from 'zod';
import { DEFAULT_LOCALE } from '../../core/model';
import { localeCode } from './locale';

/** Topic suggestions, as the admin panel, the admin API and the content API exchange them. */
export const suggestRequestSchema = z.object({
  title: z.string().optional(),
  standfirst: z.string().optional(),
  /** Plain text, or Strapi blocks. */
  body: z.union([z.string(), z.array(z.unknown())]).optional(),
  locale: localeCode.default(DEFAULT_LOCALE),
});
export type SuggestRequest = z.input<typeof suggestRequestSchema>;

export const evidencePhraseSchema = z.object({
  field: z.enum(['title', 'standfirst', 'body']),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  label: z.string(),
  /** How many times this text was found in this field; start and end are the first time's. */
  count: z.number().int().min(1),
});
export type EvidencePhrase = z.infer<typeof evidencePhraseSchema>;

export const topicSuggestionSchema = z.object({
  topicId: z.string(),
  name: z.string(),
  slug: z.string().nullable(),
  kind: z.enum(['section', 'topic']),
  parentName: z.string().nullable(),
  score: z.number(),
  source: z.enum(['vocabulary', 'model', 'both']),
  phrases: z.array(evidencePhraseSchema),
  terms: z.array(z.object({ term: z.string(), weight: z.number() })),
});
export type TopicSuggestion = z.infer<typeof topicSuggestionSchema>;

/** The suggestions answer (a zod schema: the content-API route's OpenAPI response is generated from it). */
export const suggestResponseSchema = z.object({ data: z.array(topicSuggestionSchema) });
export type SuggestResponse = z.infer<typeof suggestResponseSchema>;

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
