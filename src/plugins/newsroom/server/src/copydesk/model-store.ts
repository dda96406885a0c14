/**
 * The copy desk's context model on disk, so that a restart answers with it at once instead of waiting
 * for a rebuild: one file per database (`model-<hash of the connection>.cdf`, the serialized model) with
 * a JSON sidecar saying what it was built from. Each instance keeps its own; a missing or unreadable
 * file is rebuilt.
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { join } from 'path';
import { deserializeFrequencyModel, serializeFrequencyModel, type FrequencyModel } from '../domain/copydesk';

export interface StoredMeta {
  /** The archive stamp and corpus identity the model was built from. */
  stamp: string;
  builtAt: string;
  seededFromCorpus: boolean;
}

export interface ModelStore {
  load(): { model: FrequencyModel; meta: StoredMeta } | null;
  save(model: FrequencyModel, meta: StoredMeta): void;
}

/** A store in `dir` for the database named by `databaseIdentity` (e.g. its client and file or URL). */
export function modelStore(dir: string, databaseIdentity: string): ModelStore {
  const name = createHash('sha256').update(databaseIdentity).digest('hex').slice(0, 16);
  const modelFile = join(dir, `model-${name}.cdf`);
  const metaFile = join(dir, `model-${name}.json`);
  const writeAtomically = (file: string, data: Uint8Array | string) => {
    const partial = `${file}.${process.pid}.part`;
    writeFileSync(partial, data);
    renameSync(partial, file);
  };
  return {
    load() {
      if (!existsSync(modelFile) || !existsSync(metaFile)) return null;
      const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as StoredMeta;
      return { model: deserializeFrequencyModel(new Uint8Array(readFileSync(modelFile))), meta };
    },
    save(model, meta) {
      mkdirSync(dir, { recursive: true });
      writeAtomically(modelFile, serializeFrequencyModel(model));
      writeAtomically(metaFile, JSON.stringify(meta));
    },
  };
}
