import { SITEMAP_MAX_URLS } from '../domain/outputs/sitemaps';
import { z } from 'zod';
import { HIJRI_OFFSET_LIMIT } from '../../../core/calendar/days';
import { loadWorkflowConfig } from '../domain/workflow';
import { patternProblem } from '../domain/outputs/site-urls';
import { NEWS_MAX_URLS, NEWS_WINDOW_HOURS } from '../domain/outputs/news-sitemap';

const urlPattern = z.string().superRefine((pattern, ctx) => {
  const problem = patternProblem(pattern);
  if (problem) ctx.addIssue({ code: 'custom', message: `${pattern}: ${problem}` });
});
/** One value per locale (`ar`, `en`). */
const perLocale = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

/** The plugin's configuration, set under `newsroom.config` in config/plugins.ts. */
export const newsroomConfigSchema = z.object({
  /** `arabic` keeps Arabic script in slugs of Arabic documents; `latin` transliterates. English is always Latin. */
  slugMode: z.enum(['arabic', 'latin']),
  /** Longest slug, in percent-encoded bytes (an Arabic letter takes 6): 400 keeps a 60-letter Arabic headline. */
  slugMaxBytes: z.number().int().min(16).max(2000),
  /** Route every publish and unpublish of an article through the workflow (off only to show plain Strapi in tests). */
  workflowGuard: z.boolean(),
  /** Refuse drafts on the public API (REST, GraphQL, Document Service calls made for a public request). */
  publicDraftGuard: z.boolean(),
  /** Public filters that cross a relation match published rows of it only; sorts across one are refused. */
  relationDraftGuard: z.boolean(),
  /** Refuse updates and deletes of editorial ledger entries, whoever asks (off only to show the probe in tests). */
  ledgerAppendOnly: z.boolean(),
  /**
   * Refuse relation writes that change documents the writer may not update (an inverse relation's targets), and
   * writes of an article's authors, topics or sources from their side (off only to show plain Strapi in tests).
   */
  relationWriteGuard: z.boolean(),
  /**
   * Approval binds to a version: `approve` records the draft's hash, and publishing (every path, the scheduler
   * included) needs the draft to still have it; a draft edit after approval follows the policy in
   * `workflow.lockAfterSubmit` (domain/workflow/approval-binding.ts). Off only to show the probe in tests.
   */
  approvalBinding: z.boolean(),
  /**
   * An article locale's `embargoUntil` is enforced: publishing before it is refused on every path (and scheduling
   * a time before it; the scheduler holds a due story whose embargo moved later). Off only to show the probe in tests.
   */
  embargoGuard: z.boolean(),
  /**
   * A save that states the version it started from (`If-Match`; the Content Manager's always does) is refused with
   * 409 and the diff when the draft has changed since (concurrency/stale-save-guard.ts). Off only to show the probe.
   */
  staleSaveGuard: z.boolean(),
  /** Who else has an article locale open: the edit view beats every `heartbeatSeconds`; entries lapse after `ttlSeconds`. */
  presence: z
    .object({
      heartbeatSeconds: z.number().int().min(5).max(300),
      ttlSeconds: z.number().int().min(10).max(900),
    })
    .refine((presence) => presence.ttlSeconds >= 2 * presence.heartbeatSeconds, {
      message: 'ttlSeconds must be at least twice heartbeatSeconds (one lost beat must not end a session)',
    }),
  /**
   * Notifications (README, Notifications): made from the ledger and the outbox by every instance's cron, each
   * once per user and channel. `email` is on when an SMTP URL is configured (the email plugin's nodemailer
   * provider); `adminUrl` is where the e-mails' links point; the daily digest goes out at `digestHour` in the
   * workflow's time zone.
   */
  notifications: z.object({
    enabled: z.boolean(),
    /** Only users who may read the story are told about it (off only to show the probe in tests). */
    readGuard: z.boolean(),
    email: z.boolean(),
    adminUrl: z.string().url(),
    digestHour: z.number().int().min(0).max(23),
    /** How far back the cron looks for unprocessed source events (a transaction never stays open this long). */
    lookbackHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
    /**
     * Immediate e-mails one run sends at most (runs come every 20 s): after an SMTP or processing outage the
     * backlog goes out at a bounded rate, oldest first, each once, instead of all in one run.
     */
    maxEmailsPerRun: z.number().int().min(1).max(10_000),
  }),
  /** Comments on article locales (comments/): who may read the article locale may read and write its comments. */
  comments: z.object({
    /** Refuse the comments of an article locale to a user the Content Manager would not let read it (off only to show the probe in tests). */
    readGuard: z.boolean(),
    /** How long after writing a comment its author may still edit or delete it. */
    editWindowMinutes: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60),
    /** Longest comment text, in characters (mention tokens included). */
    maxTextLength: z.number().int().min(1).max(100_000),
    /** Most users one comment may mention. */
    maxMentions: z.number().int().min(0).max(100),
  }),
  /** A preview link opens the version it was made for only: refused (410) once that version is edited. */
  previewVersionBinding: z.boolean(),
  /** Bidi overrides, embeddings, isolates and zero-width characters are removed from text fields on save. */
  invisibleCharacterGuard: z.boolean(),
  /** Topic suggestions. */
  tagging: z.object({
    /** Most suggestions returned at once (default 5). */
    suggestionLimit: z.number().int().min(1).max(50),
    /** Suggestions scoring less are not shown (default 0.3: a topic named once in the body alone is not). */
    minScore: z.number().min(0).max(1),
    /** Largest text accepted by the suggestion routes, in bytes (413 above it). */
    maxTextBytes: z.number().int().min(1000),
    /** Tag automatically on save above this score; null: never (the default). */
    autoApplyAbove: z.number().min(0).max(1).nullable(),
  }),
  /**
   * Overrides of the workflow's transition graph and roles, its time zone, and the approval policy
   * (`lockAfterSubmit: true`: Authors cannot edit a story once submitted until they withdraw it; default false:
   * an Author's edit of an approved or scheduled story sends it back to review). domain/workflow/config.ts has
   * the defaults and validates them. Kept
   * out of the defaults below on purpose: Strapi merges plugin config with defaultsDeep, which would merge
   * role lists index by index; the workflow service resolves the overrides itself.
   */
  workflow: z.unknown().optional(),
  /**
   * The content API's workflow roles: users-permissions role type → the workflow role it acts as. Other roles
   * (Authenticated, API tokens) take no transition, whatever permissions they are given.
   */
  contentApiRoles: z.record(z.string(), z.string()),
  /** The public response cache (GET on the content API, never drafts, previews or signed-in requests). */
  cache: z.object({
    enabled: z.boolean(),
    /** Redis, shared by every instance; null keeps responses in this process (one instance only). */
    redisUrl: z.string().min(1).nullable(),
    /** How long a response is kept when nothing evicts it. */
    ttlSeconds: z.number().int().min(1),
    /** `s-maxage` and `stale-while-revalidate` for CDNs, which our evictions cannot reach. */
    sMaxAge: z.number().int().min(0),
    staleWhileRevalidate: z.number().int().min(0),
    /**
     * A store failure never fails or slows a request: every store call is bounded by `timeoutMs`, a circuit
     * breaker stops calling the store for `coolDownMs` after `failureThreshold` failures, and an eviction that
     * could not be delivered replaces the cache epoch (every process re-reads it every `epochTtlMs`). false
     * restores the unbounded behaviour (only for tests showing what the guard prevents).
     */
    failSafe: z.boolean(),
    timeoutMs: z.number().int().min(1).max(10_000),
    /** Evictions wait longer (a false timeout distrusts the whole cache); writes are rare and not latency-bound. */
    evictTimeoutMs: z.number().int().min(1).max(10_000),
    connectTimeoutMs: z.number().int().min(1).max(60_000),
    failureThreshold: z.number().int().min(1),
    coolDownMs: z.number().int().min(0),
    epochTtlMs: z.number().int().min(0).max(60_000),
  }),
  /** Versions of article locales (history/version-store.ts; README, versioning). */
  history: z.object({
    /** Record versions on save (off only for the bench, to measure what recording costs a save). */
    record: z.boolean(),
    /**
     * How long versions are kept: `forever` (the default), `{ versions: N }` (the last N of each article locale)
     * or `{ days: N }`. The latest and the approved version are always kept, with the full copy their chain
     * starts from (domain/history/retention.ts).
     */
    keep: z.union([
      z.literal('forever'),
      z.object({ versions: z.number().int().min(1) }).strict(),
      z.object({ days: z.number().int().min(1) }).strict(),
    ]),
    /** A compressed full copy every this many versions, deltas between: decoding a version reads at most this many rows. */
    fullEvery: z.number().int().min(1).max(1000),
  }),
  /**
   * The public site, as the sitemaps and feeds name it (outputs/): its base URL (`NEWSROOM_SITE_URL`), the path of
   * each page per locale (placeholders `{locale}`, `{section}`, `{slug}`, `{documentId}`; every value one canonical
   * percent-encoded segment, domain/outputs/site-urls.ts), the publication's name per locale, and the limits.
   */
  site: z.object({
    url: z.string().regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'an http(s) URL without query or fragment'),
    publicationName: perLocale(z.string().min(1).max(200)),
    paths: z.object({
      home: perLocale(z.string().startsWith('/')),
      article: perLocale(urlPattern),
      topic: perLocale(urlPattern),
      author: perLocale(urlPattern),
    }),
    /** `{section}` of an article that has no section (no topic of kind `section`, and no topic under one). */
    noSection: perLocale(z.string().min(1)),
    /** The publisher's logo (schema.org NewsArticle `publisher.logo`): an absolute URL, or null for none. */
    publisherLogo: z.string().url().nullable(),
    /** Where uploaded media (covers) are served from when their URL is relative; null: the CMS's `server.url`. */
    mediaUrl: z.string().min(1).nullable(),
    /** Google News: stories of the last `windowHours`, at most `maxUrls` (Google's limits are 48 and 1,000). */
    newsSitemap: z.object({
      windowHours: z.number().int().min(1).max(NEWS_WINDOW_HOURS),
      maxUrls: z.number().int().min(1).max(NEWS_MAX_URLS),
    }),
    /** Items per feed. */
    feedSize: z.number().int().min(1).max(100),
    /**
     * The sitemaps (index.xml → articles-N.xml, topics-N.xml, authors-N.xml): URLs per page file (sitemaps.org
     * allows 50,000) and rows read per statement while a page is streamed (what a page holds in memory at once).
     */
    sitemaps: z.object({
      pageSize: z.number().int().min(1).max(SITEMAP_MAX_URLS),
      batchSize: z.number().int().min(1).max(5000),
    }),
  }),
  /** Locales written right to left. */
  rtlLocales: z.array(z.string()),
  /** The planning calendar (calendar/, README → Planning calendar). */
  calendar: z.object({
    /**
     * Days added to the Umm al-Qura date shown beside the Gregorian one (−2…2): for a newsroom whose months follow
     * a local sighting rather than the Saudi calendar.
     */
    hijriOffsetDays: z.number().int().min(-HIJRI_OFFSET_LIMIT).max(HIJRI_OFFSET_LIMIT),
  }),
  /** Reading speeds for the reading-time estimate, in words per minute, by locale (`default` for the rest). */
  wordsPerMinute: z.record(z.string(), z.number().positive()),
  /**
   * Strapi validates a blocks field (yup, about 45 ms per 1,000 nodes here) on runs of at most this many nodes
   * (top-level blocks, or a wide block's children), the event loop free between runs
   * (content/sliced-blocks-validation.ts); 0: the whole field at once, as Strapi does.
   */
  blocksValidationSliceNodes: z.number().int().min(0),
  /** Input limits: no single request may exhaust memory or hold the event loop (README, security). */
  limits: z.object({
    /** The admin's Import page, per request, on decompressed bytes (the CLI has its own, larger ones). */
    import: z.object({
      maxBytes: z.number().int().min(1),
      maxLines: z.number().int().min(1),
      maxLineBytes: z.number().int().min(1),
      maxStories: z.number().int().min(1),
    }),
    /** A blocks field (an article's `body`) on every write through the Document Service. */
    blocks: z.object({
      maxNodes: z.number().int().min(1),
      maxDepth: z.number().int().min(1),
      maxChildren: z.number().int().min(1),
      maxTextBytes: z.number().int().min(1),
    }),
    /** Nesting of any JSON request body (objects and arrays). */
    jsonDepth: z.number().int().min(1),
    /**
     * Objects and arrays in any JSON request body, counted on the bytes before JSON.parse (whose time grows
     * with what it builds). The largest article the blocks limits allow is 5,000 nodes, each one object with
     * at most one `children` array, plus an image's few objects: under 15,000.
     */
    jsonContainers: z.number().int().min(1),
    /** Values and members in any JSON request body (each object, array and comma outside strings counts one). */
    jsonValues: z.number().int().min(1),
    /** GraphQL documents, counted before execution. */
    graphql: z.object({
      /** Field selections with fragments expanded, each multiplied by the list sizes above it. */
      maxCost: z.number().int().min(1),
      /** Field selections as written with fragments expanded (aliases each count). */
      maxFields: z.number().int().min(1),
      maxAliases: z.number().int().min(0),
      maxQueryBytes: z.number().int().min(1),
      /** Operations in one batched (array) request body. */
      maxBatch: z.number().int().min(1),
    }),
  }),
});

export type NewsroomConfig = z.infer<typeof newsroomConfigSchema>;

export const defaultNewsroomConfig: NewsroomConfig = {
  slugMode: 'arabic',
  slugMaxBytes: 400,
  publicDraftGuard: true,
  relationDraftGuard: true,
  relationWriteGuard: true,
  workflowGuard: true,
  ledgerAppendOnly: true,
  approvalBinding: true,
  embargoGuard: true,
  staleSaveGuard: true,
  presence: { heartbeatSeconds: 20, ttlSeconds: 60 },
  notifications: {
    enabled: true,
    readGuard: true,
    email: false,
    adminUrl: 'http://localhost:1337/admin',
    digestHour: 7,
    lookbackHours: 48,
    maxEmailsPerRun: 200,
  },
  comments: { readGuard: true, editWindowMinutes: 15, maxTextLength: 5000, maxMentions: 10 },
  previewVersionBinding: true,
  invisibleCharacterGuard: true,
  tagging: { suggestionLimit: 5, minScore: 0.3, maxTextBytes: 1_000_000, autoApplyAbove: null },
  cache: {
    enabled: true,
    redisUrl: null,
    ttlSeconds: 300,
    sMaxAge: 10,
    staleWhileRevalidate: 60,
    failSafe: true,
    timeoutMs: 50,
    evictTimeoutMs: 1000,
    connectTimeoutMs: 1000,
    failureThreshold: 3,
    coolDownMs: 2000,
    epochTtlMs: 1000,
  },
  contentApiRoles: { 'newsroom-author': 'strapi-author', 'newsroom-editor': 'strapi-editor' },
  history: { record: true, keep: 'forever', fullEvery: 50 },
  site: {
    url: 'http://localhost:3000',
    publicationName: { ar: 'غرفة الأخبار', en: 'Newsroom' },
    paths: {
      home: { ar: '/ar', en: '/en' },
      article: { ar: '/ar/{section}/{slug}', en: '/en/{section}/{slug}' },
      topic: { ar: '/ar/topics/{slug}', en: '/en/topics/{slug}' },
      author: { ar: '/ar/authors/{slug}', en: '/en/authors/{slug}' },
    },
    noSection: { ar: 'أخبار', en: 'news' },
    mediaUrl: null,
    publisherLogo: null,
    newsSitemap: { windowHours: NEWS_WINDOW_HOURS, maxUrls: NEWS_MAX_URLS },
    feedSize: 50,
    sitemaps: { pageSize: SITEMAP_MAX_URLS, batchSize: 1000 },
  },
  rtlLocales: ['ar', 'fa', 'he', 'ur'],
  calendar: { hijriOffsetDays: 0 },
  wordsPerMinute: { ar: 180, en: 230, default: 230 },
  blocksValidationSliceNodes: 400,
  limits: {
    import: { maxBytes: 16 * 1024 * 1024, maxLines: 500_000, maxLineBytes: 1024 * 1024, maxStories: 1000 },
    blocks: { maxNodes: 5000, maxDepth: 12, maxChildren: 2000, maxTextBytes: 512 * 1024 },
    jsonDepth: 64,
    jsonContainers: 60_000,
    jsonValues: 200_000,
    graphql: { maxCost: 50_000, maxFields: 500, maxAliases: 50, maxQueryBytes: 20_000, maxBatch: 5 },
  },
};

export default {
  default: defaultNewsroomConfig,
  validator(config: unknown) {
    const result = newsroomConfigSchema.safeParse(config);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`newsroom.${issue.path.join('.')}: ${issue.message}`);
    }
    // Throws with the offending path, e.g. newsroom.workflow.transitions.approve.from[1]: unknown stage "aproved".
    loadWorkflowConfig(result.data.workflow, 'newsroom.workflow');
  },
};
