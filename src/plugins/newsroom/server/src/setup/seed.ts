import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { blocksFromSections } from '../domain/content/blocks';
import { getService } from '../get-service';
import { parseWireCopy } from '../domain/wire';
import { storyFromWireCopy } from '../domain/wire/text-story';
import { createStoryRecords } from '../wire/story-records';
import { DEMO_ARTICLE } from './seed/demo-article';
import { DEMO_WIRE_STORY } from './seed/demo-wire-story';
import { SEED_AUTHORS, SEED_SOURCES, SEED_TOPICS, SOURCE_ALIASES } from './seed/taxonomy';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../../core/model';

type SeedUid = typeof TOPIC_UID | typeof SOURCE_UID | typeof AUTHOR_UID | typeof ARTICLE_UID;

export interface SeedSummary {
  created: string[];
  existing: string[];
}

interface Bilingual<T> {
  ar: T;
  en: T;
}

/**
 * The demo content: the bilingual taxonomy, sources, authors, the wire sample as an Arabic draft and one
 * published bilingual story. Every entry is found by its English slug (the seed key) before it is created,
 * so running it again duplicates nothing.
 */
const seed = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = (uid: SeedUid) => strapi.documents(uid);

  const findByKey = async (uid: SeedUid, key: string): Promise<string | null> => {
    const found = await documents(uid).findFirst({
      locale: 'en',
      status: 'draft',
      filters: { slug: key },
      fields: ['documentId'],
    });
    return found?.documentId ?? null;
  };

  /** Creates the Arabic version, then the English one under the same document, unless the key exists. */
  const ensureBilingual = async (
    uid: SeedUid,
    key: string,
    data: Bilingual<Record<string, unknown>>,
    summary: SeedSummary,
  ): Promise<string> => {
    const existing = await findByKey(uid, key);
    if (existing) {
      summary.existing.push(`${uid}:${key}`);
      return existing;
    }
    const created = await documents(uid).create({ locale: 'ar', data: data.ar } as never);
    await documents(uid).update({
      documentId: created.documentId,
      locale: 'en',
      data: { ...data.en, slug: key },
    } as never);
    // The seeded taxonomy, sources and authors are the newsroom's own: published, as an Editor would. Articles
    // are published by the workflow instead (publishAsSystem below).
    if (uid !== ARTICLE_UID) await documents(uid).publish({ documentId: created.documentId, locale: '*' } as never);
    summary.created.push(`${uid}:${key}`);
    return created.documentId;
  };

  /** The story shipped with the seed, or the file NEWSROOM_DEMO_STORY names (relative to the project). */
  const demoStoryText = (): string => {
    const configured = process.env.NEWSROOM_DEMO_STORY;
    return configured ? fs.readFileSync(path.resolve(strapi.dirs.app.root, configured), 'utf8') : DEMO_WIRE_STORY;
  };

  return {
    async run(): Promise<SeedSummary> {
      const summary: SeedSummary = { created: [], existing: [] };
      const topicIds = new Map<string, string>();
      for (const topic of SEED_TOPICS) {
        const parent = topic.parent ? topicIds.get(topic.parent) : undefined;
        const shared = {
          kind: topic.kind,
          colour: topic.colour,
          entities: topic.entities ?? [],
          ...(parent ? { parent } : {}),
        };
        topicIds.set(
          topic.key,
          await ensureBilingual(
            TOPIC_UID,
            topic.key,
            { ar: { ...shared, ...topic.ar }, en: { ...shared, ...topic.en } },
            summary,
          ),
        );
      }
      const sourceIds = new Map<string, string>();
      for (const source of SEED_SOURCES) {
        const shared = { kind: source.kind, country: source.country, homepageUrl: source.homepageUrl };
        sourceIds.set(
          source.key,
          await ensureBilingual(
            SOURCE_UID,
            source.key,
            { ar: { ...shared, ...source.ar }, en: { ...shared, ...source.en } },
            summary,
          ),
        );
      }
      const authorIds = new Map<string, string>();
      for (const author of SEED_AUTHORS) {
        authorIds.set(
          author.key,
          await ensureBilingual(
            AUTHOR_UID,
            author.key,
            {
              ar: { ...author.ar, jobTitle: author.jobTitle?.ar },
              en: { ...author.en, jobTitle: author.jobTitle?.en },
            },
            summary,
          ),
        );
      }
      const pick = (ids: Map<string, string>, keys: readonly string[]) =>
        keys.map((key) => ids.get(key)).filter((id): id is string => id !== undefined);

      // The wire sample, as the newsroom received it: an Arabic draft with its author and source.
      const story = parseWireCopy(demoStoryText());
      // What the importer would make of the same copy: its content hash and record let a paste of the sample
      // answer "already imported" and a retouched sample "update of" this draft, instead of a copy.
      const imported = storyFromWireCopy(demoStoryText(), 'demo wire story');
      const records = createStoryRecords(strapi);
      const wireKey = 'wire-sample-iraq-nato-manama-dialogue';
      const storySources = story.sourceMentions
        .map((name) => SOURCE_ALIASES[name])
        .filter((key): key is string => Boolean(key));
      const wireExisting = await strapi.documents(ARTICLE_UID).findFirst({
        locale: 'ar',
        status: 'draft',
        filters: { title: story.title },
        fields: ['documentId', 'contentHash'],
      } as never);
      if (wireExisting) {
        summary.existing.push(`${ARTICLE_UID}:${wireKey}`);
        // Seeded before the sample carried its hash: it gets it now (a private field, not a new version).
        const { documentId, contentHash } = wireExisting as unknown as { documentId: string; contentHash?: string };
        if (!contentHash) {
          await strapi
            .documents(ARTICLE_UID)
            .update({ documentId, locale: 'ar', data: { contentHash: imported.contentHash } } as never);
          await records.record([{ documentId, story: imported }]);
        }
      } else {
        const created = await strapi.documents(ARTICLE_UID).create({
          locale: 'ar',
          data: {
            contentHash: imported.contentHash,
            title: story.title,
            dateline: story.byline.dateline,
            body: blocksFromSections([{ paragraphs: story.lead ? [story.lead] : [] }, ...story.sections]),
            authors: pick(authorIds, story.byline.persons.length > 0 ? ['sayed-mohammed'] : []),
            sources: pick(sourceIds, [...new Set(storySources)]),
            topics: pick(topicIds, ['middle-east']),
          },
        } as never);
        await records.record([{ documentId: created.documentId, story: imported }]);
        summary.created.push(`${ARTICLE_UID}:${wireKey}`);
      }

      // One published bilingual story so the public API has content on a fresh install.
      if (await findByKey(ARTICLE_UID, DEMO_ARTICLE.key)) {
        summary.existing.push(`${ARTICLE_UID}:${DEMO_ARTICLE.key}`);
      } else {
        const shared = {
          authors: pick(authorIds, DEMO_ARTICLE.authors),
          sources: pick(sourceIds, DEMO_ARTICLE.sources),
          topics: pick(topicIds, DEMO_ARTICLE.topics),
          originalPublishedAt: '2025-11-02T09:00:00.000Z',
        };
        const localized = (version: (typeof DEMO_ARTICLE)['ar' | 'en']) => ({
          title: version.title,
          standfirst: version.standfirst,
          dateline: version.dateline,
          body: blocksFromSections(version.paragraphs.map((p) => ({ heading: p.heading, paragraphs: [p.text] }))),
        });
        const id = await ensureBilingual(
          ARTICLE_UID,
          DEMO_ARTICLE.key,
          { ar: { ...shared, ...localized(DEMO_ARTICLE.ar) }, en: { ...shared, ...localized(DEMO_ARTICLE.en) } },
          summary,
        );
        await getService(strapi, 'workflow').publishAsSystem(id, ['ar', 'en'], 'system:seed');
      }
      return summary;
    },

    /** The first start in development seeds once; production only when NEWSROOM_SEED=true. */
    shouldSeedAtBoot(env: NodeJS.ProcessEnv = process.env): boolean {
      if (env.NEWSROOM_SEED === 'true') return true;
      if (env.NEWSROOM_SEED === 'false') return false;
      return strapi.config.get('environment') === 'development';
    },

    async seedOnFirstBoot(): Promise<SeedSummary | null> {
      const marker = strapi.store({ type: 'plugin', name: 'newsroom', key: 'demo-seeded' });
      if (!this.shouldSeedAtBoot() || (await marker.get())) return null;
      const summary = await this.run();
      await marker.set({ value: new Date().toISOString() });
      strapi.log.info(
        `[newsroom] Demo content: ${summary.created.length} created, ${summary.existing.length} already there`,
      );
      return summary;
    },
  };
};

export default seed;

declare module '../services-registry' {
  interface NewsroomServices {
    seed: ReturnType<typeof seed>;
  }
}
