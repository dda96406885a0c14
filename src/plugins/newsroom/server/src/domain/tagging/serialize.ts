/**
 * The model as bytes, for the database. Layout (little-endian), version 1:
 *   "NTM" · version u8 · mode u8 · field weights 3×f32 · bigrams u8 · hash seed u32
 *   documentCount varint · updateRate f32 · labels (varint count, then varint length + UTF-8 each)
 *   bias f64 per label · rowCount varint · trainedRowCount varint
 *   feature hashes, ascending as unsigned, as varint gaps · IDF per row as u16 (1/2048 steps)
 *   weight scale f32 per label · per row: a bitmap of its non-zero labels, then one i8 per set bit
 * Weights are quantized to 8 bits per label column (scale = largest |weight| / 127): small weights
 * become zero and cost one bit. The evaluation scores the model after this round trip.
 */
import { describeType } from '../text/guard';
import { ByteReader, ByteWriter } from './bytes';
import { FeatureTable } from './feature-table';
import { TopicModel } from './model';

export const MODEL_FORMAT_VERSION = 1;
const MAGIC = [0x4e, 0x54, 0x4d]; // "NTM"
const IDF_STEP = 2048;
const QUANTUM = 127;
const CONTEXT = 'deserializeModel';

/** A compact, self-describing copy of the model that deserializeModel reads back. */
export function serializeModel(model: TopicModel): Uint8Array {
  if (!(model instanceof TopicModel))
    throw new TypeError(`serializeModel: model must be a TopicModel, got ${describeType(model)}`);
  const writer = new ByteWriter();
  for (const byte of MAGIC) writer.u8(byte);
  writer.u8(MODEL_FORMAT_VERSION);
  writer.u8(model.mode === 'single-label' ? 1 : 0);
  const { fieldWeights, bigrams, seed } = model.config;
  writer.f32(fieldWeights.title);
  writer.f32(fieldWeights.standfirst);
  writer.f32(fieldWeights.body);
  writer.u8(bigrams ? 1 : 0);
  writer.u32(seed);
  writer.varint(model.documentCount);
  writer.f32(model.updateRate);
  writer.varint(model.labels.length);
  for (const label of model.labels) writer.string(label);
  for (const bias of model.bias) writer.f64(bias);

  const labelCount = model.labels.length;
  const rowCount = model.rowCount;
  writer.varint(rowCount);
  writer.varint(Math.min(model.trainedRowCount, rowCount));
  const hashes = model.table.hashes();
  const order = Array.from({ length: rowCount }, (_, row) => row).sort((a, b) => (hashes[a] >>> 0) - (hashes[b] >>> 0));
  let previous = 0;
  for (const row of order) {
    const hash = hashes[row] >>> 0;
    writer.varint(hash - previous);
    previous = hash;
  }
  for (const row of order) {
    const idf = Math.min(0xffff, Math.max(0, Math.round(model.idf[row] * IDF_STEP)));
    writer.u8(idf & 0xff);
    writer.u8(idf >>> 8);
  }
  const scales = columnScales(model);
  for (const scale of scales) writer.f32(scale);
  const bitmap = new Uint8Array(Math.ceil(labelCount / 8));
  const values = new Int8Array(labelCount);
  for (const row of order) {
    bitmap.fill(0);
    let count = 0;
    for (let label = 0; label < labelCount; label++) {
      const scale = scales[label];
      const quantized =
        scale === 0
          ? 0
          : Math.max(-QUANTUM, Math.min(QUANTUM, Math.round(model.weights[row * labelCount + label] / scale)));
      if (quantized === 0) continue;
      bitmap[label >> 3] |= 1 << (label & 7);
      values[count++] = quantized;
    }
    writer.raw(bitmap);
    writer.raw(new Uint8Array(values.buffer, 0, count));
  }
  return writer.bytes();
}

/** Per label: the quantization step, largest |weight| / 127 (0 for an all-zero column). */
function columnScales(model: TopicModel): Float32Array {
  const labelCount = model.labels.length;
  const scales = new Float32Array(labelCount);
  for (let row = 0; row < model.rowCount; row++) {
    for (let label = 0; label < labelCount; label++)
      scales[label] = Math.max(scales[label], Math.abs(model.weights[row * labelCount + label]));
  }
  return scales.map((largest) => largest / QUANTUM);
}

/** Reads bytes written by serializeModel; throws an Error naming the problem if they are not. */
export function deserializeModel(bytes: Uint8Array): TopicModel {
  if (!(bytes instanceof Uint8Array))
    throw new TypeError(`deserializeModel: bytes must be a Uint8Array, got ${describeType(bytes)}`);
  const reader = new ByteReader(bytes, CONTEXT);
  for (const byte of MAGIC) if (reader.u8() !== byte) throw new Error(`${CONTEXT}: not a serialized topic model`);
  const version = reader.u8();
  if (version !== MODEL_FORMAT_VERSION)
    throw new Error(`${CONTEXT}: unsupported model format version ${version} (expected ${MODEL_FORMAT_VERSION})`);
  const modeByte = reader.u8();
  if (modeByte > 1) throw new Error(`${CONTEXT}: corrupt data (mode ${modeByte})`);
  const fieldWeights = { title: reader.f32(), standfirst: reader.f32(), body: reader.f32() };
  const bigrams = reader.u8() === 1;
  const seed = reader.u32() | 0;
  const documentCount = reader.varint();
  const updateRate = reader.f32();
  const labelCount = reader.count(bytes.length, 'label count');
  const labels: string[] = [];
  for (let index = 0; index < labelCount; index++) labels.push(reader.string());
  if (new Set(labels).size !== labels.length) throw new Error(`${CONTEXT}: corrupt data (duplicate labels)`);
  const bias = Float64Array.from({ length: labelCount }, () => reader.f64());

  const rowCount = reader.count(bytes.length, 'feature count');
  const trainedRowCount = reader.count(rowCount, 'trained feature count');
  const table = new FeatureTable(rowCount);
  let hash = 0;
  for (let row = 0; row < rowCount; row++) {
    const gap = reader.varint();
    hash += gap;
    if ((row > 0 && gap === 0) || hash > 0xffffffff)
      throw new Error(`${CONTEXT}: corrupt data (feature hashes out of order)`);
    table.add(hash | 0);
  }
  const model = new TopicModel(
    modeByte === 1 ? 'single-label' : 'multi-label',
    { fieldWeights, bigrams, seed },
    labels,
    table,
    documentCount,
    updateRate,
  );
  model.trainedRowCount = trainedRowCount;
  model.bias.set(bias);
  for (let row = 0; row < rowCount; row++) model.idf[row] = (reader.u8() | (reader.u8() << 8)) / IDF_STEP;
  const scales = Float32Array.from({ length: labelCount }, () => reader.f32());
  const bitmapLength = Math.ceil(labelCount / 8);
  for (let row = 0; row < rowCount; row++) {
    const bitmap = reader.raw(bitmapLength);
    for (let label = 0; label < labelCount; label++) {
      if ((bitmap[label >> 3] & (1 << (label & 7))) === 0) continue;
      const quantized = (reader.u8() << 24) >> 24; // as a signed byte
      model.weights[row * labelCount + label] = quantized * scales[label];
    }
  }
  if (!reader.done) throw new Error(`${CONTEXT}: corrupt data (trailing bytes)`);
  return model;
}
