import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * Strapi validates an article's body one run of top-level blocks at a time (content/sliced-blocks-validation.ts),
 * so the largest body does not hold the event loop in one piece (tests/api/limits.test.api.ts measures that).
 * Here: it accepts, casts and refuses exactly what Strapi's validation in one piece does, with the same messages
 * and paths. Runs of 3 nodes (one paragraph of two texts) make every body below many runs, and cut every wider block.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
const SLICE_CONFIG = 'plugin::newsroom.blocksValidationSliceNodes';

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
});
afterAll(async () => {
  strapi.config.set(SLICE_CONFIG, 400);
  await app?.teardown();
});

const text = (value: unknown, marks: Record<string, unknown> = {}) => ({ type: 'text', text: value, ...marks });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const filler = (count: number) => Array.from({ length: count }, (_, n) => paragraph(text(`فقرة ${n}`), text(' ')));

interface Outcome {
  body?: unknown;
  error?: { name: string; message: string; errors: unknown[] };
}

/** What a create and an update of this body give, with the body validated in runs of `sliceNodes` (0: at once). */
async function saveWith(sliceNodes: number, data: Record<string, unknown>): Promise<Outcome[]> {
  strapi.config.set(SLICE_CONFIG, sliceNodes);
  const documents = strapi.documents(ARTICLE_UID);
  const outcome = async (save: () => Promise<{ documentId: string; body?: unknown } | null>): Promise<Outcome> => {
    try {
      const saved = await save();
      return { body: saved?.body };
    } catch (error) {
      const { name, message, details } = error as { name: string; message: string; details?: { errors?: unknown[] } };
      // Strapi orders errors of several fields by its schema's walk; the set and the count are what must match.
      const errors = [...(details?.errors ?? [])].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      return { error: { name, message, errors } };
    }
  };
  const existing = await documents.create({ data: { title: 'مقال قائم' } as never, locale: 'ar' });
  return [
    await outcome(() => documents.create({ data: { title: 'مقال', ...data } as never, locale: 'ar' })),
    await outcome(() => documents.update({ documentId: existing.documentId, data: data as never, locale: 'ar' })),
  ];
}

const cases: Array<{ what: string; data: () => Record<string, unknown>; refused: boolean }> = [
  {
    what: 'a valid body whose values Strapi casts (a heading level and marks as strings, a number as text)',
    data: () => ({
      body: [
        ...filler(12),
        { type: 'heading', level: '2', children: [text('عنوان', { bold: 'true', italic: 0 })] },
        ...filler(5),
        paragraph(text(2026), text('x', { code: '1' })),
        ...filler(4),
      ],
    }),
    refused: false,
  },
  {
    what: 'a block of an unknown type deep in the body',
    data: () => ({ body: [...filler(17), { type: 'table', children: [text('x')] }, ...filler(3)] }),
    refused: true,
  },
  {
    what: 'a javascript: link in the second child of block 25',
    data: () => ({
      body: [...filler(25), paragraph(text('a'), { type: 'link', url: 'javascript:alert(1)', children: [text('b')] })],
    }),
    refused: true,
  },
  {
    what: 'errors in two runs (empty paragraphs at 5 and 28) and a text that is an object',
    data: () => ({
      body: [...filler(5), paragraph(), ...filler(22), paragraph(), paragraph(text({ x: 1 })), ...filler(2)],
    }),
    refused: true,
  },
  {
    what: 'errors in the body and in other fields (a title and a dateline over their lengths)',
    data: () => ({
      title: 'ع'.repeat(300),
      dateline: 'د'.repeat(200),
      body: [...filler(9), paragraph(), ...filler(9)],
    }),
    refused: true,
  },
  {
    what: 'wide blocks cut into runs of their children, with casts in later runs',
    data: () => ({
      body: [
        ...filler(3),
        paragraph(...Array.from({ length: 11 }, (_, n) => text(n, n % 3 === 0 ? { bold: 'true' } : {}))),
        { type: 'heading', level: 3, children: Array.from({ length: 7 }, (_, n) => text(`عنوان ${n}`)) },
        ...filler(2),
      ],
    }),
    refused: false,
  },
  {
    what: "a wide heading's own level wrong (told once, not once a run) and a bad child deep in another wide block",
    data: () => ({
      body: [
        { type: 'heading', level: 9, children: Array.from({ length: 9 }, (_, n) => text(`عنوان ${n}`)) },
        ...filler(2),
        paragraph(...Array.from({ length: 10 }, (_, n) => (n === 7 ? { type: 'video' } : text(`${n}`)))),
      ],
    }),
    refused: true,
  },
  {
    what: 'an empty body',
    data: () => ({ body: [] }),
    refused: false,
  },
];

describe('the body validated in runs accepts, casts and refuses what Strapi does in one piece', () => {
  it.each(cases)('$what', async ({ data, refused }) => {
    const inOnePiece = await saveWith(0, data());
    const inRuns = await saveWith(3, data());
    expect(inRuns).toEqual(inOnePiece);
    for (const outcome of inRuns) expect(outcome.error !== undefined).toBe(refused);
  });
});
