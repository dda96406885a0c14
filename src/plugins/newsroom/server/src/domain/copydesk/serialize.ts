/**
 * The frequency model as bytes, to store or cache. Layout, version 1 (varints unless said):
 *   "CDF" · version u8 · documents · totalWords · definiteWords · totalPairs · pairsAfterDefinite
 *   vocabulary · minWordCount · minPairCount
 *   word count W · the W spelling keys joined by "\n" (one UTF-8 string) · W counts
 *   W each of followed, followedByDefinite, preceded, precededByDefinite, followers
 *   pair count P · P pair keys as gaps from the previous (ascending) · P pair counts
 * Words go most frequent first, so counts shrink and pair-key gaps stay small.
 */
import { describeType } from '../text/guard';
import { ByteReader, ByteWriter } from '../tagging/bytes';
import { FrequencyModel, NEIGHBOUR_FIELDS, PAIR_BASE, type NeighbourCounts } from './model';

export const FREQUENCY_FORMAT_VERSION = 1;
const MAGIC = [0x43, 0x44, 0x46]; // "CDF"
const CONTEXT = 'deserializeFrequencyModel';
const HEADER = [
  'documents',
  'totalWords',
  'definiteWords',
  'totalPairs',
  'pairsAfterDefinite',
  'vocabulary',
  'minWordCount',
  'minPairCount',
] as const;

export function serializeFrequencyModel(model: FrequencyModel): Uint8Array {
  if (!(model instanceof FrequencyModel))
    throw new TypeError(`serializeFrequencyModel: model must be a FrequencyModel, got ${describeType(model)}`);
  const data = model.data;
  const writer = new ByteWriter();
  for (const byte of MAGIC) writer.u8(byte);
  writer.u8(FREQUENCY_FORMAT_VERSION);
  for (const value of HEADER.map((field) => data[field])) writer.varint(value);
  writer.varint(data.words.length);
  writer.string(data.words.join('\n'));
  for (const count of data.counts) writer.varint(count);
  for (const field of NEIGHBOUR_FIELDS) for (const count of data.neighbours[field]) writer.varint(count);
  writer.varint(data.pairKeys.length);
  let previous = 0;
  for (const key of data.pairKeys) {
    writer.varint(key - previous);
    previous = key;
  }
  for (const count of data.pairCounts) writer.varint(count);
  return writer.bytes();
}

export function deserializeFrequencyModel(bytes: Uint8Array): FrequencyModel {
  if (!(bytes instanceof Uint8Array))
    throw new TypeError(`${CONTEXT}: bytes must be a Uint8Array, got ${describeType(bytes)}`);
  const reader = new ByteReader(bytes, CONTEXT);
  for (const byte of MAGIC) if (reader.u8() !== byte) throw new Error(`${CONTEXT}: not a copy-desk frequency model`);
  const version = reader.u8();
  if (version !== FREQUENCY_FORMAT_VERSION)
    throw new Error(`${CONTEXT}: format version ${version} is not supported (expected ${FREQUENCY_FORMAT_VERSION})`);
  const header = Object.fromEntries(HEADER.map((field) => [field, reader.varint()])) as Record<
    (typeof HEADER)[number],
    number
  >;
  // Every word takes at least one byte for its count, so no honest count exceeds the buffer length.
  const wordCount = reader.count(bytes.length, 'word count');
  const joined = reader.string();
  const words = wordCount === 0 ? [] : joined.split('\n');
  if (words.length !== wordCount)
    throw new Error(`${CONTEXT}: corrupt data (${words.length} words, expected ${wordCount})`);
  const counts = Uint32Array.from(words, () => reader.varint());
  const perWord = () => Uint32Array.from(words, () => reader.varint());
  // In NEIGHBOUR_FIELDS order, as written (object literal properties are evaluated in source order).
  const neighbours: NeighbourCounts = {
    followed: perWord(),
    followedByDefinite: perWord(),
    preceded: perWord(),
    precededByDefinite: perWord(),
    followers: perWord(),
  };
  const pairCount = reader.count(bytes.length, 'pair count');
  const pairKeys = new Float64Array(pairCount);
  let key = 0;
  for (let index = 0; index < pairCount; index++) {
    key += reader.varint();
    if (Math.floor(key / PAIR_BASE) >= wordCount || key % PAIR_BASE >= wordCount)
      throw new Error(`${CONTEXT}: corrupt data (pair ${index} names an unknown word)`);
    pairKeys[index] = key;
  }
  const pairCounts = Uint32Array.from({ length: pairCount }, () => reader.varint());
  if (!reader.done) throw new Error(`${CONTEXT}: corrupt data (trailing bytes)`);
  return new FrequencyModel({ ...header, words, counts, neighbours, pairKeys, pairCounts });
}
