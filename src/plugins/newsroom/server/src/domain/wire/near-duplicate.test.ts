import { DEMO_WIRE_STORY } from '../../setup/seed/demo-wire-story';
import {
  BANDS,
  SIGNATURE_SIZE,
  SignatureIndex,
  UPDATE_THRESHOLD,
  bandKeys,
  candidateProbability,
  compareVersions,
  decodeSignature,
  encodeSignature,
  jaccard,
  minHash,
  normalizedWords,
  shingleIds,
  signatureOfStory,
  similarity,
} from './near-duplicate';
import { storyFromWireCopy } from './text-story';

const sample = storyFromWireCopy(DEMO_WIRE_STORY, 'sample.txt');
const lines = DEMO_WIRE_STORY.split('\n');
/** The sample with its lead (second line, after the byline) replaced by another paragraph. */
const rewrittenLead = [
  lines[0],
  'عقد مستشار الأمن القومي العراقي قاسم الأعرجي اجتماعاً موسعاً مع رئيس اللجنة العسكرية لحلف الناتو في المنامة، وبحث الطرفان خطط التدريب والدعم الاستشاري للقوات العراقية خلال العام المقبل، بحسب بيان رسمي صدر مساء السبت.',
  ...lines.slice(2),
].join('\n');
const unrelated =
  'القاهرة - أحمد الريدي\nافتتح وزير الثقافة معرض الكتاب الدولي في دورته الجديدة بمشاركة واسعة من دور النشر العربية والأجنبية، وشهد اليوم الأول إقبالاً كبيراً من الزوار والطلاب.\nوقال الوزير إن المعرض يضم أكثر من ألف دار نشر من خمسين دولة، وإن برنامجه الثقافي يشمل ندوات وأمسيات شعرية وورش عمل للأطفال.\n';
const signatureOfCopy = (copy: string) => signatureOfStory(storyFromWireCopy(copy, 'copy.txt'));

describe('normalized word shingles', () => {
  it('reads words as the search does: tashkeel, tatweel and letter variants folded, punctuation dropped', () => {
    expect(normalizedWords('أَحْمَدُ إلى المـــدرسة، اليوم!')).toEqual(normalizedWords('احمد الى المدرسه اليوم'));
    expect(normalizedWords('، . !')).toEqual([]);
  });

  it('makes overlapping three-word shingles, one for a text shorter than that, none for no words', () => {
    expect(shingleIds(['a', 'b', 'c', 'd']).size).toBe(2);
    expect(shingleIds(['a', 'b']).size).toBe(1);
    expect(shingleIds([]).size).toBe(0);
  });
});

describe('MinHash', () => {
  it('gives the same signature for the same text and for a spelling variant', () => {
    const signature = signatureOfStory(sample);
    expect(signature).toHaveLength(SIGNATURE_SIZE);
    expect(similarity(signature, signatureOfCopy(DEMO_WIRE_STORY))).toBe(1);
    expect(similarity(signature, signatureOfCopy(DEMO_WIRE_STORY.replace(/ا/g, 'أ').replace(/ة/g, 'ه')))).toBe(1);
  });

  it('estimates the Jaccard similarity of the shingle sets', () => {
    const words = normalizedWords(sample.paragraphs.join(' '));
    for (const keep of [0.9, 0.7, 0.5, 0.3]) {
      const cut = Math.round(words.length * keep);
      const a = shingleIds(words);
      const b = shingleIds([...words.slice(0, cut), ...normalizedWords(unrelated.repeat(3))]);
      expect(Math.abs(similarity(minHash(a), minHash(b)) - jaccard(a, b))).toBeLessThan(0.15);
    }
  });

  it('rates the sample with a rewritten lead above the threshold, an unrelated story far below it', () => {
    const signature = signatureOfStory(sample);
    expect(similarity(signature, signatureOfCopy(rewrittenLead))).toBeGreaterThanOrEqual(UPDATE_THRESHOLD);
    expect(similarity(signature, signatureOfCopy(`${DEMO_WIRE_STORY}\nفقرة أضيفت لاحقا إلى الخبر.\n`))).toBeGreaterThan(
      0.9,
    );
    expect(similarity(signature, signatureOfCopy(unrelated))).toBeLessThan(0.1);
  });

  it('treats an empty text as similar to nothing', () => {
    const empty = minHash(new Set());
    expect(similarity(empty, empty)).toBe(0);
    expect(bandKeys(empty)).toEqual([]);
  });

  it('stores a signature as base64 and reads it back; another length is refused', () => {
    const signature = signatureOfStory(sample);
    expect(decodeSignature(encodeSignature(signature))).toEqual(signature);
    expect(decodeSignature(Buffer.alloc(12).toString('base64'))).toBeNull();
  });
});

describe('LSH banding', () => {
  it('gives one key a band, shared by a revision and not by an unrelated story', () => {
    const keys = bandKeys(signatureOfStory(sample));
    expect(keys).toHaveLength(BANDS);
    expect(new Set(keys).size).toBe(BANDS);
    const revision = new Set(bandKeys(signatureOfCopy(rewrittenLead)));
    expect(keys.some((key) => revision.has(key))).toBe(true);
    const other = new Set(bandKeys(signatureOfCopy(unrelated)));
    expect(keys.filter((key) => other.has(key))).toEqual([]);
  });

  it('makes stories at the threshold candidates almost surely, unrelated ones rarely', () => {
    expect(candidateProbability(UPDATE_THRESHOLD)).toBeGreaterThan(0.95);
    expect(candidateProbability(0.2)).toBeLessThan(0.05);
  });

  it('finds the most similar entry of an index at or above the threshold', () => {
    const index = new SignatureIndex<string>();
    index.add('sample', signatureOfStory(sample));
    index.add('other', signatureOfCopy(unrelated));
    expect(index.find(signatureOfCopy(rewrittenLead))?.id).toBe('sample');
    expect(index.find(signatureOfCopy('بيروت - رويترز\nارتفعت أسعار النفط في الأسواق العالمية اليوم.\n'))).toBeNull();
  });
});

describe('agency versions', () => {
  it('compares numbers as numbers, other versions as text, and nothing when one is missing', () => {
    expect(compareVersions('10', '2')).toBeGreaterThan(0);
    expect(compareVersions('1', '2')).toBeLessThan(0);
    expect(compareVersions('b', 'a')).toBeGreaterThan(0);
    expect(compareVersions(undefined, '2')).toBeUndefined();
  });
});
