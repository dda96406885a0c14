import {
  articleRequestOf,
  baseVersionOf,
  staleSaveOf,
  subscribeToConflicts,
  trackingDraftVersions,
} from './draftVersions';

const CM = '/content-manager/collection-types/api::article.article';
const V1 = `"${'1'.repeat(64)}"`;
const V2 = `"${'2'.repeat(64)}"`;

/** A stand-in server: answers each call from the queue and records what it was sent. */
const fakeServer = (responses: Response[]) => {
  const sent: Array<{ url: string; method: string; ifMatch: string | null }> = [];
  const fetchStub = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    sent.push({
      url: String(input),
      method: init?.method ?? 'GET',
      ifMatch: new Headers(init?.headers).get('If-Match'),
    });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next;
  };
  return { sent, fetch: trackingDraftVersions(fetchStub as typeof fetch) };
};

const versioned = (version: string, status = 200) =>
  new Response('{}', { status, headers: { 'x-newsroom-version': version } });

describe('which requests are the Content Manager’s article reads and saves', () => {
  it('matches the one-article routes with their locale, absolute or not', () => {
    expect(articleRequestOf(`${CM}/abc?locale=ar`, 'GET')).toEqual({ documentId: 'abc', locale: 'ar', saves: false });
    expect(articleRequestOf(`http://localhost:1337${CM}/abc?locale=en`, 'put')).toEqual({
      documentId: 'abc',
      locale: 'en',
      saves: true,
    });
    expect(articleRequestOf(`${CM}/abc/actions/publish?locale=ar`, 'POST')).toMatchObject({ saves: true });
    expect(
      articleRequestOf(`/content-manager/collection-types/api%3A%3Aarticle.article/abc?locale=ar`, 'GET'),
    ).toMatchObject({
      documentId: 'abc',
    });
  });

  it('leaves everything else alone', () => {
    expect(articleRequestOf(`${CM}?locale=ar`, 'GET')).toBeNull();
    expect(articleRequestOf(`${CM}/actions/bulkPublish`, 'POST')).toBeNull();
    expect(articleRequestOf(`${CM}/abc/actions/unpublish?locale=ar`, 'POST')).toBeNull();
    expect(articleRequestOf(`${CM}/abc?locale=ar`, 'DELETE')).toBeNull();
    expect(articleRequestOf('/content-manager/collection-types/api::topic.topic/abc', 'PUT')).toBeNull();
  });
});

describe('the base travels with the save', () => {
  it('a save sends the version the read answered; the save’s answer is the next base', async () => {
    const server = fakeServer([versioned(V1), versioned(V2), new Response('{}')]);
    await server.fetch(`${CM}/doc1?locale=ar`, { method: 'GET' });
    await server.fetch(`${CM}/doc1?locale=ar`, { method: 'PUT', headers: { 'Content-Type': 'application/json' } });
    await server.fetch(`${CM}/doc1?locale=ar`, { method: 'PUT' });
    expect(server.sent.map((call) => call.ifMatch)).toEqual([null, V1, V2]);
    expect(baseVersionOf('doc1', 'ar')).toBe(V2);
  });

  it('each locale has its own base; other requests get no header', async () => {
    const server = fakeServer([versioned(V1), new Response('{}'), new Response('{}')]);
    await server.fetch(`${CM}/doc2?locale=ar`);
    await server.fetch(`${CM}/doc2?locale=en`, { method: 'PUT' });
    await server.fetch('/newsroom/history/articles/doc2?locale=ar', { method: 'POST' });
    expect(server.sent.map((call) => call.ifMatch)).toEqual([null, null, null]);
  });

  it('a 409 STALE_VERSION is kept for the edit view, through the read that follows, until a save goes through', async () => {
    const staleSave = { locale: 'ar', baseHash: '1', message: { en: 'changed', ar: 'عُدّلت' } };
    const refused = new Response(JSON.stringify({ error: { details: { code: 'STALE_VERSION', staleSave } } }), {
      status: 409,
    });
    const server = fakeServer([versioned(V1), refused, versioned(V2), versioned(V2)]);
    let notified = 0;
    const unsubscribe = subscribeToConflicts(() => {
      notified += 1;
    });
    await server.fetch(`${CM}/doc3?locale=ar`);
    const answer = await server.fetch(`${CM}/doc3?locale=ar`, { method: 'PUT' });
    // The Content Manager still reads the refusal itself.
    expect(await answer.json()).toMatchObject({ error: { details: { code: 'STALE_VERSION' } } });
    expect(staleSaveOf('doc3', 'ar')).toEqual(staleSave);
    await server.fetch(`${CM}/doc3?locale=ar`);
    expect(staleSaveOf('doc3', 'ar')).toEqual(staleSave);
    // The next save starts from the version read after the refusal, and clears the notice.
    await server.fetch(`${CM}/doc3?locale=ar`, { method: 'PUT' });
    expect(server.sent[3]?.ifMatch).toBe(V2);
    expect(staleSaveOf('doc3', 'ar')).toBeUndefined();
    expect(notified).toBe(2);
    unsubscribe();
  });
});
