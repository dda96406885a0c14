import type { Core } from '@strapi/strapi';
import { agencyKind, personKey, sourceKey } from '../domain/wire';
import { AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../../core/model';

/**
 * Finding or creating the authors, sources and section topics of imported stories, one name once.
 * A lookup table per import session maps identity keys (personKey / sourceKey) to document ids; what a
 * story creates joins the table only when its transaction commits, so a rolled-back story leaves no
 * id behind. On a miss the table is reloaded (inside the story's transaction) before creating, so
 * an author someone created meanwhile is found rather than duplicated.
 */
const NAME_LIMITS = { author: 120, source: 160 };

interface NamedRow {
  documentId: string;
  name: string | null;
}

type Pending = Array<[string, string]>;
/** Creates a document of that name and returns its document id. */
export type CreateNamed = (name: string) => Promise<string>;

class KeyTable {
  private table: Map<string, string> | null = null;
  /** Reloaded in the current transaction: another miss there is a true miss (a batch names hundreds of new authors). */
  private reloaded = false;

  constructor(
    private readonly load: () => Promise<NamedRow[]>,
    private readonly keyOf: (name: string) => string,
  ) {}

  async find(name: string, reload: boolean): Promise<string | undefined> {
    if (!this.table || (reload && !this.reloaded)) {
      this.reloaded = reload;
      this.table = new Map();
      for (const row of await this.load()) {
        const key = row.name ? this.keyOf(row.name) : '';
        if (key && !this.table.has(key)) this.table.set(key, row.documentId);
      }
    }
    return this.table.get(this.keyOf(name));
  }

  /** A new transaction: rows others committed meanwhile may be there now. */
  newTransaction(): void {
    this.reloaded = false;
  }

  commit(pending: Pending): void {
    for (const [key, documentId] of pending) this.table?.set(key, documentId);
  }

  /** After a rollback: a reload inside the failed transaction may have seen rows that no longer exist. */
  forget(): void {
    this.table = null;
  }
}

export interface StoryLookups {
  /**
   * Document ids of the named authors, created when missing (through the Document Service unless `create` is
   * given: the archive path writes its new authors with the batch); names outside the schema's lengths are left out.
   */
  authors(names: readonly string[], pending: Pending, create?: CreateNamed): Promise<string[]>;
  sources(names: readonly string[], pending: Pending, create?: CreateNamed): Promise<string[]>;
  /** The section topic with this key (its English slug), if the taxonomy has it. */
  section(key: string): Promise<string | undefined>;
  commitAuthors(pending: Pending): void;
  commitSources(pending: Pending): void;
  /** Drops what the tables hold, after a story's transaction rolled back. */
  forget(): void;
  /** Called as a transaction starts: a miss may reload the tables once in it. */
  newTransaction(): void;
}

export interface LookupOptions {
  /**
   * Whether the authors and sources this import creates are published at once (an Editor's or the system's
   * import: the story's byline must show when the story goes live) or left as drafts for an Editor to publish
   * (an Author's import: Authors never publish).
   */
  publishNew: boolean;
}

export function createLookups(strapi: Core.Strapi, options: LookupOptions): StoryLookups {
  const rows = (uid: typeof AUTHOR_UID | typeof SOURCE_UID, locales: string[]) => async () =>
    (await strapi.db
      .query(uid)
      .findMany({ select: ['documentId', 'name'], where: { locale: { $in: locales } } })) as NamedRow[];
  // Authors are matched on their Arabic names; sources in both languages ("Reuters" is رويترز).
  const authorTable = new KeyTable(rows(AUTHOR_UID, ['ar']), personKey);
  const sourceTable = new KeyTable(rows(SOURCE_UID, ['ar', 'en']), sourceKey);
  const sections = new Map<string, string | undefined>();
  const createNamed = async (
    uid: typeof AUTHOR_UID | typeof SOURCE_UID,
    data: { name: string; kind?: string },
  ): Promise<string> => {
    const { documentId } = await strapi.documents(uid).create({ locale: 'ar', data } as never);
    if (options.publishNew) await strapi.documents(uid).publish({ documentId, locale: 'ar' } as never);
    return documentId;
  };

  const findOrCreate = async (
    table: KeyTable,
    keyOf: (name: string) => string,
    names: readonly string[],
    maxLength: number,
    pending: Pending,
    create: CreateNamed,
  ): Promise<string[]> => {
    const ids: string[] = [];
    for (const name of names) {
      if (name.length < 2 || name.length > maxLength) continue;
      const key = keyOf(name);
      const fresh = pending.find(([pendingKey]) => pendingKey === key)?.[1];
      const id = fresh ?? (await table.find(name, false)) ?? (await table.find(name, true));
      if (id) {
        if (!ids.includes(id)) ids.push(id);
        continue;
      }
      const created = await create(name);
      pending.push([key, created]);
      ids.push(created);
    }
    return ids;
  };

  return {
    authors: (names, pending, create) =>
      findOrCreate(
        authorTable,
        personKey,
        names,
        NAME_LIMITS.author,
        pending,
        create ?? ((name) => createNamed(AUTHOR_UID, { name })),
      ),
    sources: (names, pending, create) =>
      findOrCreate(
        sourceTable,
        sourceKey,
        names,
        NAME_LIMITS.source,
        pending,
        create ?? ((name) => createNamed(SOURCE_UID, { name, kind: agencyKind(name) })),
      ),
    async section(key) {
      if (!sections.has(key)) {
        const row = (await strapi.db
          .query(TOPIC_UID)
          .findOne({ select: ['documentId'], where: { slug: key, kind: 'section' } })) as NamedRow | null;
        sections.set(key, row?.documentId);
      }
      return sections.get(key);
    },
    commitAuthors: (pending) => authorTable.commit(pending),
    commitSources: (pending) => sourceTable.commit(pending),
    forget() {
      authorTable.forget();
      sourceTable.forget();
    },
    newTransaction() {
      authorTable.newTransaction();
      sourceTable.newTransaction();
    },
  };
}
