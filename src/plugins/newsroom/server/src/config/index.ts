import { z } from 'zod';

/** The plugin's configuration, set under `newsroom.config` in config/plugins.ts. */
export const newsroomConfigSchema = z.object({
  /** `arabic` keeps Arabic script in slugs of Arabic documents; `latin` transliterates. English is always Latin. */
  slugMode: z.enum(['arabic', 'latin']),
  /** Longest slug, in percent-encoded bytes (an Arabic letter takes 6): 400 keeps a 60-letter Arabic headline. */
  slugMaxBytes: z.number().int().min(16).max(2000),
  /** Refuse drafts on the public API (REST, GraphQL, Document Service calls made for a public request). */
  publicDraftGuard: z.boolean(),
  /** Topic suggestions. */
  tagging: z.object({
    /** Most suggestions returned at once. */
    suggestionLimit: z.number().int().min(1).max(50),
    /** Largest text accepted by the suggestion routes, in bytes (413 above it). */
    maxTextBytes: z.number().int().min(1000),
    /** Tag automatically on save above this score; null: never (the default). */
    autoApplyAbove: z.number().min(0).max(1).nullable(),
  }),
  /** Locales written right to left. */
  rtlLocales: z.array(z.string()),
  /** Reading speeds for the reading-time estimate, in words per minute, by locale (`default` for the rest). */
  wordsPerMinute: z.record(z.string(), z.number().positive()),
});

export type NewsroomConfig = z.infer<typeof newsroomConfigSchema>;

export const defaultNewsroomConfig: NewsroomConfig = {
  slugMode: 'arabic',
  slugMaxBytes: 400,
  publicDraftGuard: true,
  tagging: { suggestionLimit: 10, maxTextBytes: 1_000_000, autoApplyAbove: null },
  rtlLocales: ['ar', 'fa', 'he', 'ur'],
  wordsPerMinute: { ar: 180, en: 230, default: 230 },
};

export default {
  default: defaultNewsroomConfig,
  validator(config: unknown) {
    const result = newsroomConfigSchema.safeParse(config);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`newsroom.${issue.path.join('.')}: ${issue.message}`);
    }
  },
};
