/**
 * Copy-desk hints for the newsroom, from two sources:
 * - the Arabic word list (word-list.ts), loaded at boot in a worker thread: non-words whose doubled-letter
 *   spelling is a word, from the first boot on;
 * - the context model (domain/copydesk), counted from the published Arabic articles (title, standfirst,
 *   body), seeded from the corpus file at $NEWSROOM_CORPUS when set: real-word typos too (الجنة for اللجنة).
 *
 * The context model is never built inside a request. `start()` (plugin bootstrap) reads the stored model
 * (model-store.ts), then builds one in the background; a timer rebuilds it when the archive has changed
 * (a cheap stamp: count and latest update of published Arabic articles), and `rebuild()` does so on demand.
 * Requests read whatever model there is, and say in `status` what the desk can find with it.
 */
import path from 'path';
import { setImmediate as nextTurn } from 'timers/promises';
import type { Core } from '@strapi/strapi';
import {
  FrequencyCounter,
  findDoubledLetterTypos,
  findNonWordTypos,
  wordListKeys,
  type FrequencyModel,
  type TypoHint,
  type WordListHint,
} from '../domain/copydesk';
import { articlePlainText, type Block } from '../../../core/text/word-count';
import type {
  CheckRequest,
  CopyDeskField,
  CopyDeskHint,
  CopyDeskModelInfo,
  CopyDeskStatus,
} from '../../../shared/contracts/copydesk';
import { corpusModel } from './corpus';
import { modelStore, type ModelStore } from './model-store';
import { startWordList, type WordListHandle } from './word-list';
import { ARTICLE_UID } from '../../../core/model';

const ARCHIVE_LOCALE = 'ar';
/** How often the archive stamp is compared; a changed archive is recounted at most this often. */
const REBUILD_CHECK_MS = 10 * 60_000;
/**
 * Words of text after which the context model is called ready: about 1,500 news articles. Below it, pairs
 * are too rarely seen for most real-word typos (the eval's figures with and without the corpus, README).
 */
const DEFAULT_READY_WORDS = 500_000;
const PAGE_SIZE = 200;
/** Articles counted between two turns of the event loop during a build (about 10 ms of work here). */
const ARTICLES_BETWEEN_YIELDS = 25;
const CONTEXT_CHARS = 40;

interface ArticleRow {
  id?: number;
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

export type HintsResult = { hints: CopyDeskHint[]; status: CopyDeskStatus; model: CopyDeskModelInfo | null };

/** The fields the desk checks, as plain text. */
export const articleFields = (article: ArticleRow | CheckRequest): Record<CopyDeskField, string> =>
  articlePlainText(article);

const withContext = (field: CopyDeskField, text: string, hint: TypoHint | WordListHint): CopyDeskHint => ({
  field,
  ...hint,
  context: {
    before: text.slice(Math.max(0, hint.start - CONTEXT_CHARS), hint.start),
    after: text.slice(hint.end, hint.end + CONTEXT_CHARS),
  },
});

const positiveInteger = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
};

const copydesk = ({ strapi }: { strapi: Core.Strapi }) => {
  const readyWords = positiveInteger(process.env.NEWSROOM_COPYDESK_READY_WORDS, DEFAULT_READY_WORDS);
  let built: Built | null = null;
  let building: Promise<Built> | null = null;
  let wordList: WordListHandle | null = null;
  let wordListLoaded = false;
  let timer: NodeJS.Timeout | null = null;
  let store: ModelStore | null = null;
  // The corpus is read once per process (tens of seconds for the full ANT corpus), the archive on every rebuild.
  let seed: Promise<FrequencyModel | null> | null = null;

  const corpusPath = () => process.env.NEWSROOM_CORPUS || undefined;

  const seedModel = (): Promise<FrequencyModel | null> => {
    const file = corpusPath();
    if (!file) return Promise.resolve(null);
    seed ??= corpusModel(file).catch((error: unknown) => {
      strapi.log.warn(`copydesk: could not read NEWSROOM_CORPUS (${file}): ${String(error)}`);
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
    // The corpus is part of what the model was built from: another NEWSROOM_CORPUS means another model.
    return `${row.count}:${String(row.latest)}:${corpusPath() ?? ''}`;
  };

  const build = async (): Promise<Built> => {
    const stamp = await archiveStamp();
    const counter = new FrequencyCounter();
    const corpus = await seedModel();
    if (corpus) counter.addModel(corpus);
    // A page at a time from the last id on (an OFFSET re-reads every row before it), the event loop free between
    // pages and every few articles. At the first start on the 26,000-story archive (SQLite) the build with OFFSET
    // pages held the loop 44 s in one piece; this way its longest pause was 1.6 s (counter.finish and the model's
    // save, still in one piece: README, Copy desk).
    for (let after = 0; ; ) {
      const page = (await strapi.documents(ARTICLE_UID).findMany({
        status: 'published',
        locale: ARCHIVE_LOCALE,
        fields: ['id', 'title', 'standfirst', 'body'],
        filters: { id: { $gt: after } },
        sort: 'id:asc',
        limit: PAGE_SIZE,
      })) as ArticleRow[];
      for (const [index, article] of page.entries()) {
        counter.add(Object.values(articleFields(article)).join('\n'));
        if (index % ARTICLES_BETWEEN_YIELDS === ARTICLES_BETWEEN_YIELDS - 1) await nextTurn();
      }
      await nextTurn();
      if (page.length < PAGE_SIZE) break;
      after = page[page.length - 1].id ?? Number.MAX_SAFE_INTEGER;
    }
    built = { model: counter.finish(), stamp, builtAt: new Date(), seededFromCorpus: corpus !== null };
    try {
      store?.save(built.model, { stamp, builtAt: built.builtAt.toISOString(), seededFromCorpus: corpus !== null });
    } catch (error) {
      strapi.log.warn(`copydesk: could not store the model: ${String(error)}`);
    }
    return built;
  };

  /** One build at a time; callers arriving meanwhile share it. */
  const rebuild = (): Promise<Built> => {
    building ??= build().finally(() => {
      building = null;
    });
    return building;
  };

  const rebuildInBackground = () => {
    rebuild().catch((error: unknown) => strapi.log.error(`copydesk: building the model failed: ${String(error)}`));
  };

  const rebuildIfStale = async () => {
    if (building) return;
    if (!built || (await archiveStamp()) !== built.stamp) rebuildInBackground();
  };

  const loadStored = () => {
    try {
      const stored = store?.load();
      if (stored)
        built = {
          model: stored.model,
          stamp: stored.meta.stamp,
          builtAt: new Date(stored.meta.builtAt),
          seededFromCorpus: stored.meta.seededFromCorpus,
        };
    } catch (error) {
      strapi.log.warn(`copydesk: the stored model could not be read, rebuilding it: ${String(error)}`);
    }
  };

  const status = (): CopyDeskStatus => {
    const learnedWords = built?.model.totalWords ?? 0;
    return {
      state: learnedWords === 0 ? 'wordList' : learnedWords < readyWords ? 'learning' : 'ready',
      learnedWords,
      readyWords,
      building: building !== null,
      wordListLoaded,
    };
  };

  const info = (state: Built | null): CopyDeskModelInfo | null =>
    state && {
      documents: state.model.documents,
      totalWords: state.model.totalWords,
      ...state.model.size,
      builtAt: state.builtAt.toISOString(),
      seededFromCorpus: state.seededFromCorpus,
    };

  /** The word list's answer for these texts' keys, or null without a list. */
  const knownWords = async (texts: string[]): Promise<Set<string> | null> => {
    if (!wordList) return null;
    try {
      await wordList.ready; // loading since boot: 0.15 s from its cache, about 2.5 s the first time
    } catch {
      return null; // logged by start()
    }
    return wordList.lookup([...new Set(texts.flatMap((text) => wordListKeys(text)))]);
  };

  return {
    /** At boot (off the request path): the word list in its worker, the stored model, a background build. */
    start(): void {
      const root = strapi.dirs.app.root;
      wordList = startWordList({ cacheDir: path.join(root, 'node_modules', '.cache', 'newsroom-copydesk') });
      wordList.ready.then(
        (load) => {
          wordListLoaded = true;
          strapi.log.info(`copydesk: word list ready in ${load.ms} ms${load.fromCache ? ' (cache)' : ''}`);
        },
        (error: unknown) => strapi.log.error(`copydesk: the word list could not be loaded: ${String(error)}`),
      );
      const connection = strapi.config.get('database.connection') as { client?: string; connection?: unknown };
      store = modelStore(
        process.env.NEWSROOM_COPYDESK_STORE || path.join(root, '.tmp', 'copydesk'),
        JSON.stringify([connection.client, connection.connection]),
      );
      loadStored();
      timer = setInterval(() => {
        rebuildIfStale().catch((error: unknown) => strapi.log.error(`copydesk: ${String(error)}`));
      }, REBUILD_CHECK_MS);
      timer.unref();
      // After the current boot step, so that the build's first query does not race the setup's.
      setImmediate(() => {
        rebuildIfStale().catch((error: unknown) => strapi.log.error(`copydesk: ${String(error)}`));
      });
    },

    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await wordList?.close();
      wordList = null;
    },

    /** Hints for unsaved text (or a stored article's fields), with what the desk can find now. */
    async check(input: CheckRequest | ArticleRow): Promise<HintsResult> {
      const state = built; // the model as it is now: a build finishing meanwhile is used next time
      const fields = articleFields(input);
      const names = Object.keys(fields) as CopyDeskField[];
      const known = await knownWords(names.map((field) => fields[field]));
      const model = state && state.model.totalWords > 0 ? state.model : null;
      const hints = names.flatMap((field) => {
        const text = fields[field];
        const fromArchive = model ? findDoubledLetterTypos(text, model) : [];
        const taken = new Set(fromArchive.map((hint) => hint.start));
        const fromList = known
          ? findNonWordTypos(text, known, model ? { archiveCount: (key) => model.wordCount(key) } : {}).filter(
              (hint) => !taken.has(hint.start),
            )
          : [];
        return [...fromArchive, ...fromList]
          .sort((a, b) => a.start - b.start)
          .map((hint) => withContext(field, text, hint));
      });
      return { hints, status: status(), model: info(state) };
    },

    /** Hints for a stored article's draft, or null when there is no such article in that locale. */
    async checkArticle(documentId: string, locale: string): Promise<HintsResult | null> {
      const article = (await strapi.documents(ARTICLE_UID).findOne({
        documentId,
        locale,
        status: 'draft',
        fields: ['title', 'standfirst', 'body'],
      })) as ArticleRow | null;
      if (!article) return null;
      return this.check(article);
    },

    /** What the desk can find now. */
    status,

    /** Rebuilds the model now (on demand, e.g. after a bulk import) and waits for it. */
    async rebuild(): Promise<CopyDeskModelInfo | null> {
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
