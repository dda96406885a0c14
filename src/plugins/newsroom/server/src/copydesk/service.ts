/**
 * Copy-desk hints for the newsroom: the frequency model is built from the published Arabic articles in
 * the database (title, standfirst, body) — seeded from the corpus file at $NEWSROOM_CORPUS when it is
 * set — and cached in memory per instance.
 *
 * Staleness: every request compares a cheap stamp of the archive (count and latest update of published
 * Arabic articles); when it changed and the model is older than REBUILD_AFTER_MS, the model is rebuilt
 * in the background and the old one answers meanwhile. The first request waits for the first build.
 * `rebuild()` rebuilds at once (on demand).
 */
import type { Core } from '@strapi/strapi';
import { FrequencyCounter, findDoubledLetterTypos, type FrequencyModel, type TypoHint } from '../domain/copydesk';
import { articlePlainText, type Block } from '../../../core/text/word-count';
import type { CheckRequest, CopyDeskField, CopyDeskHint, CopyDeskModelInfo } from '../../../shared/contracts/copydesk';
import { corpusModel } from './corpus';
import { ARTICLE_UID } from '../../../core/model';

const ARCHIVE_LOCALE = 'ar';
/** A changed archive is recounted at most this often: a rebuild reads every published article. */
const REBUILD_AFTER_MS = 10 * 60_000;
const PAGE_SIZE = 200;
const CONTEXT_CHARS = 40;

interface ArticleRow {
  title?: string | null;
  standfirst?: string | null;
  body?: Block[] | string | null;
}

interface Built {
  model: FrequencyModel;
  stamp: string;
  builtAt: Date;
  seededFromCorpus: boolean;
}

/** The fields the desk checks, as plain text. */
export const articleFields = (article: ArticleRow | CheckRequest): Record<CopyDeskField, string> =>
  articlePlainText(article);

const withContext = (field: CopyDeskField, text: string, hint: TypoHint): CopyDeskHint => ({
  field,
  ...hint,
  context: {
    before: text.slice(Math.max(0, hint.start - CONTEXT_CHARS), hint.start),
    after: text.slice(hint.end, hint.end + CONTEXT_CHARS),
  },
});

const copydesk = ({ strapi }: { strapi: Core.Strapi }) => {
  let built: Built | null = null;
  let building: Promise<Built> | null = null;
  // The corpus is read once per process (tens of seconds for the full ANT corpus), the archive on every rebuild.
  let seed: Promise<FrequencyModel | null> | null = null;

  const seedModel = (): Promise<FrequencyModel | null> => {
    const path = process.env.NEWSROOM_CORPUS;
    if (!path) return Promise.resolve(null);
    seed ??= corpusModel(path).catch((error: unknown) => {
      strapi.log.warn(`copydesk: could not read NEWSROOM_CORPUS (${path}): ${String(error)}`);
      return null;
    });
    return seed;
  };

  const archiveStamp = async (): Promise<string> => {
    const [row] = (await strapi.db
      .connection(strapi.db.metadata.get(ARTICLE_UID).tableName)
      .whereNotNull('published_at')
      .where('locale', ARCHIVE_LOCALE)
      .count({ count: '*' })
      .max({ latest: 'updated_at' })) as Array<{ count: number | string; latest: unknown }>;
    return `${row.count}:${String(row.latest)}`;
  };

  const build = async (): Promise<Built> => {
    const stamp = await archiveStamp();
    const counter = new FrequencyCounter();
    const corpus = await seedModel();
    if (corpus) counter.addModel(corpus);
    for (let start = 0; ; start += PAGE_SIZE) {
      const page = (await strapi.documents(ARTICLE_UID).findMany({
        status: 'published',
        locale: ARCHIVE_LOCALE,
        fields: ['title', 'standfirst', 'body'],
        start,
        limit: PAGE_SIZE,
      })) as ArticleRow[];
      for (const article of page) counter.add(Object.values(articleFields(article)).join('\n'));
      if (page.length < PAGE_SIZE) break;
    }
    built = { model: counter.finish(), stamp, builtAt: new Date(), seededFromCorpus: corpus !== null };
    return built;
  };

  /** One build at a time; callers arriving meanwhile share it. */
  const rebuild = (): Promise<Built> => {
    building ??= build().finally(() => {
      building = null;
    });
    return building;
  };

  const current = async (): Promise<Built> => {
    if (!built) return rebuild();
    if (
      !building &&
      Date.now() - built.builtAt.getTime() >= REBUILD_AFTER_MS &&
      (await archiveStamp()) !== built.stamp
    ) {
      rebuild().catch((error: unknown) => strapi.log.error(`copydesk: rebuilding the model failed: ${String(error)}`));
    }
    return built;
  };

  const info = ({ model, builtAt, seededFromCorpus }: Built): CopyDeskModelInfo => ({
    documents: model.documents,
    totalWords: model.totalWords,
    ...model.size,
    builtAt: builtAt.toISOString(),
    seededFromCorpus,
  });

  return {
    /** Hints for unsaved text (or a stored article's fields). */
    async check(input: CheckRequest | ArticleRow): Promise<{ hints: CopyDeskHint[]; model: CopyDeskModelInfo }> {
      const state = await current();
      const fields = articleFields(input);
      const hints = (Object.keys(fields) as CopyDeskField[]).flatMap((field) =>
        findDoubledLetterTypos(fields[field], state.model).map((hint) => withContext(field, fields[field], hint)),
      );
      return { hints, model: info(state) };
    },

    /** Hints for a stored article's draft, or null when there is no such article in that locale. */
    async checkArticle(
      documentId: string,
      locale: string,
    ): Promise<{ hints: CopyDeskHint[]; model: CopyDeskModelInfo } | null> {
      const article = (await strapi.documents(ARTICLE_UID).findOne({
        documentId,
        locale,
        status: 'draft',
        fields: ['title', 'standfirst', 'body'],
      })) as ArticleRow | null;
      if (!article) return null;
      return this.check(article);
    },

    /** Rebuilds the model now (on demand), e.g. after a bulk import. */
    async rebuild(): Promise<CopyDeskModelInfo> {
      return info(await rebuild());
    },
  };
};

export default copydesk;

declare module '../services-registry' {
  interface NewsroomServices {
    copydesk: ReturnType<typeof copydesk>;
  }
}
