import type { Core } from '@strapi/strapi';
import type { StaleSave } from '../../../shared/contracts/concurrency';
import { diffSnapshots } from '../domain/history/diff';
import { staleSaveMessage } from '../domain/concurrency/stale-save';
import { getService } from '../get-service';
import type { DraftSnapshot } from '../history/snapshot-reader';
import { refusal } from '../http/refusal';

interface StaleSaveFacts {
  documentId: string;
  locale: string;
  /** The version the save started from. */
  baseHash: string;
  /** The draft as it is now. */
  current: DraftSnapshot;
}

const adminIdOf = (actorId: string): string | null =>
  actorId.startsWith('admin:') ? actorId.slice('admin:'.length) : null;

/**
 * The 409 of a stale save (`STALE_VERSION`), from the history: the base's version number, the current one, who
 * made it and when, and the field diff from the base to the draft as it is now (null when the base is no version
 * the history knows, e.g. pruned by the retention policy). Thrown from Document Service code as an HTTP error
 * (http/refusal.ts), like the workflow's 409s: `@strapi/utils` has no conflict class, and Strapi's error middleware
 * and the GraphQL plugin both pass an HttpError's status and details on.
 */
export const staleSaveRefusal = async (strapi: Core.Strapi, facts: StaleSaveFacts) => {
  const { documentId, locale, baseHash, current } = facts;
  const versions = getService(strapi, 'history').versions;
  const listed = await versions.list(documentId, locale);
  const base = listed.find((version) => version.hash === baseHash);
  const now = listed.find((version) => version.hash === current.hash);
  const changedBy = now?.actorId ?? null;
  const adminId = changedBy ? adminIdOf(changedBy) : null;
  const changedByName = adminId
    ? (await getService(strapi, 'workflowViews').users([adminId])).get(adminId)?.name
    : undefined;
  const changedAt = now?.at ?? current.updatedAt;
  const baseSnapshot = base ? await versions.snapshotAt(documentId, locale, base.number) : null;
  const { timezone, dateLocales } = getService(strapi, 'workflow').config();
  const message = staleSaveMessage(
    { locale, by: changedByName ?? changedBy, at: changedAt },
    { timezone, dateLocales },
  );
  const staleSave: StaleSave = {
    locale,
    baseHash,
    baseNumber: base?.number ?? null,
    currentHash: current.hash,
    currentNumber: now?.number ?? null,
    changedBy,
    ...(changedByName ? { changedByName } : {}),
    changedAt,
    diff: baseSnapshot ? diffSnapshots(baseSnapshot, current.snapshot) : null,
    message,
  };
  return refusal({ status: 409, code: 'STALE_VERSION', message, details: { documentId, staleSave } });
};
