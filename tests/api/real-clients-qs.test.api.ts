import qs from 'qs';
import { startListeningNewsroom, TEXT, type ListeningNewsroom } from '../helpers/real-clients';

/**
 * Issue #16 item 6: query strings built with `qs` exactly as Strapi's REST documentation builds them
 * (`qs.stringify(query, { encodeValuesOnly: true })`, so brackets and `$` stay raw in the URL) and sent with
 * Node's `fetch`, as a site without Strapi's client does: deep populate with fields, sort and filters inside it,
 * `$and`/`$or`, and `fields` with `dir`.
 */
let site: ListeningNewsroom;
beforeAll(async () => {
  site = await startListeningNewsroom();
});
afterAll(async () => site?.close());

interface Linked {
  name: string;
  slug: string;
  dir: string;
  parent?: Linked | null;
}
interface Listed {
  data: Array<Record<string, unknown> & { title: string; topics?: Linked[]; authors?: Linked[] }>;
  meta: { pagination: { total: number } };
}

/** Strapi's documented way: `/api/articles?${qs.stringify(query, { encodeValuesOnly: true })}`. */
const read = async (query: object, token?: string): Promise<{ status: number; body: Listed }> => {
  const url = `${site.origin}/api/articles?${qs.stringify(query, { encodeValuesOnly: true })}`;
  const response = await fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  return { status: response.status, body: (await response.json()) as Listed };
};
const titlesOf = ({ body }: { body: Listed }) => body.data.map((article) => article.title);

it('sends brackets and $ unencoded, as the documentation prints them', () => {
  const query = qs.stringify({ filters: { title: { $eq: 'x' } }, populate: ['authors'] }, { encodeValuesOnly: true });
  expect(query).toBe('filters[title][$eq]=x&populate[0]=authors');
});

it('populates two levels deep (topics and their parent section) with fields, sort and filters inside', async () => {
  const { security } = site.newsroom;
  const answer = await read({
    locale: 'ar',
    filters: { slug: { $eq: security.slug } },
    populate: {
      authors: { fields: ['name'], sort: ['name:asc'], filters: { name: { $eq: TEXT.laylaAr } } },
      topics: { fields: ['name', 'slug'], populate: { parent: { fields: ['name'] } } },
    },
  });
  expect(answer.status).toBe(200);
  const [story] = answer.body.data;
  expect(story.title).toBe(TEXT.securityAr);
  expect(story.authors?.map((author) => author.name)).toEqual([TEXT.laylaAr]);
  const topic = story.topics?.find((candidate) => candidate.slug === site.newsroom.securityTopic.slug);
  expect(topic).toMatchObject({ name: TEXT.securityTopicAr, dir: 'rtl' });
  expect(topic?.parent).toMatchObject({ name: TEXT.sectionAr, dir: 'rtl' });
});

it('combines $or and $and, across relations, and never matches the draft that fits both', async () => {
  const { section, securityTopic, layla } = site.newsroom;
  const either = await read({
    locale: 'ar',
    filters: { $or: [{ title: { $containsi: 'المنامة' } }, { title: { $containsi: 'النفط' } }] },
    sort: ['publishedAt:asc'],
  });
  expect(either.status).toBe(200);
  expect(titlesOf(either)).toEqual([TEXT.securityAr, TEXT.oilAr]);
  expect(either.body.meta.pagination.total).toBe(2);

  // The draft is in the security topic and by Layla too.
  const both = await read({
    locale: 'ar',
    filters: {
      $and: [
        { topics: { slug: { $eq: securityTopic.slug } } },
        { authors: { slug: { $eq: layla.slug } } },
        { topics: { parent: { slug: { $eq: section.slug } } } },
      ],
    },
  });
  expect(both.status).toBe(200);
  expect(titlesOf(both)).toEqual([TEXT.securityAr]);
});

it('returns the fields asked for, dir included (and dir even when not asked), in each locale', async () => {
  const { security } = site.newsroom;
  const english = await read({ locale: 'en', fields: ['title', 'dir'] });
  expect(english.status).toBe(200);
  // `locale` comes too, unasked: `dir` is computed from it (plain Strapi would give id, documentId and title).
  expect(english.body.data).toEqual([
    { id: expect.any(Number), documentId: security.documentId, title: TEXT.securityEn, dir: 'ltr', locale: 'en' },
  ]);
  const arabic = await read({ locale: 'ar', fields: ['title'], sort: ['publishedAt:desc'] }, site.tokens.readOnly);
  expect(arabic.status).toBe(200);
  expect(arabic.body.data.map(({ title, dir }) => [title, dir])).toEqual([
    [TEXT.oilAr, 'rtl'],
    [TEXT.securityAr, 'rtl'],
  ]);
});

it('refuses what the public API does not take, naming it: status=draft, an unknown parameter', async () => {
  const draft = await read({ locale: 'ar', status: 'draft' });
  expect(draft.status).toBe(400);
  expect(JSON.stringify(draft.body)).toContain('status');
  expect(JSON.stringify(draft.body)).not.toContain(TEXT.draftAr);
  const unknown = await read({ locale: 'ar', colour: 'red' });
  expect(unknown.status).toBe(400);
  expect(JSON.stringify(unknown.body)).toContain('colour');
});
