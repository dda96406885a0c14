import { AsyncLocalStorage } from 'async_hooks';
import type { VersionPath } from '../../../shared/contracts/history';

/**
 * The path a change came through when the request cannot tell it (no request, or a plugin route): the import
 * command line, the admin's Import page, the scheduler and a restore mark the work they run, and the version
 * recorder (history/record-versions.ts) reads the mark. `actorId` names who acts when there is no request
 * (`system:import`, `system:scheduler`); `restoredFrom` is the version a restore copies.
 */
export interface VersionContext {
  path: Extract<VersionPath, 'import-cli' | 'import-page' | 'scheduler' | 'restore'>;
  actorId?: string;
  restoredFrom?: number;
}

const storage = new AsyncLocalStorage<VersionContext>();

export const runWithVersionContext = <T>(context: VersionContext, work: () => Promise<T>): Promise<T> =>
  storage.run(context, work);

export const versionContext = (): VersionContext | undefined => storage.getStore();
