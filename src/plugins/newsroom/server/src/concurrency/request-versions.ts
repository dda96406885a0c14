import type { Core } from '@strapi/strapi';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];
interface VersionState {
  /** The draft version each article locale this request saved ended at, by `documentId locale`. */
  newsroomSavedVersions?: Record<string, string>;
}

const keyOf = (documentId: string, locale: string) => `${documentId} ${locale}`;

/**
 * The draft version a save of this request ended at: the stale-save guard notes it (read in the save's
 * transaction, so it is exactly what was saved) and the version header answers it to the client, which sends it
 * back as the base of its next save.
 */
export const noteSavedVersion = (ctx: KoaContext, documentId: string, locale: string, hash: string): void => {
  const state = ctx.state as VersionState;
  state.newsroomSavedVersions = { ...state.newsroomSavedVersions, [keyOf(documentId, locale)]: hash };
};

export const savedVersionOf = (ctx: KoaContext, documentId: string, locale: string): string | undefined =>
  (ctx.state as VersionState).newsroomSavedVersions?.[keyOf(documentId, locale)];
