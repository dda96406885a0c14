import http from 'http';
import type { AddressInfo } from 'net';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { placeInStage, transitionBody } from '../helpers/workflow';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, takeTransition, type AdminSession } from '../helpers/admin';
import { ARTICLE_UID, LEDGER_UID, WORKFLOW_STATE_UID } from '../../src/plugins/newsroom/core/model';
import { STAGES } from '../../src/plugins/newsroom/core/workflow/stages';

const ROLES = ['strapi-author', 'strapi-editor', 'strapi-super-admin'] as const;

let app: TestStrapi;
let strapi: Core.Strapi;
const sessions = {} as Record<(typeof ROLES)[number], { session: AdminSession; http: ReturnType<typeof asAdmin> }>;

interface Rule {
  from: string[];
  roles: string[];
}

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  for (const role of ROLES) {
    const session = await signInAs(strapi, role);
    sessions[role] = { session, http: asAdmin(strapi, session) };
  }
});
afterAll(async () => app?.teardown());

const ledgerCount = (documentId: string) =>
  strapi.db.query(LEDGER_UID).count({ where: { targetDocumentId: documentId } });
const stateOf = (documentId: string, locale = 'ar') =>
  strapi.db.query(WORKFLOW_STATE_UID).findOne({ where: { targetDocumentId: documentId, locale } }) as Promise<{
    stage: string;
    version: number;
  } | null>;

/** An Arabic article written by the Author, put straight into `stage` (test setup writes the state row). */
async function articleIn(stage: string, title = `خبر الاختبار ${Math.random()}`): Promise<string> {
  const created = await sessions['strapi-author'].http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title,
    body: paragraphs('نص الخبر'),
  });
  const { documentId } = created.body.data as { documentId: string };
  await placeInStage(strapi, documentId, stage);
  return documentId;
}

const bodyFor = transitionBody;

describe('the role × transition matrix through the admin API', () => {
  it('allows exactly what the configuration allows, writing one ledger entry per move and none per refusal', async () => {
    const config = strapi.plugin('newsroom').service('workflow').config() as {
      transitions: Record<string, Rule | null>;
    };
    const failures: string[] = [];
    let allowedCount = 0;
    for (const [transition, rule] of Object.entries(config.transitions)) {
      if (!rule) continue;
      for (const stage of STAGES) {
        for (const role of ROLES) {
          const documentId = await articleIn(stage);
          const before = await stateOf(documentId);
          const response = await takeTransition(sessions[role].http, documentId, bodyFor(transition));
          const expected = rule.from.includes(stage) && (role === 'strapi-super-admin' || rule.roles.includes(role));
          const entries = await ledgerCount(documentId);
          const after = await stateOf(documentId);
          if (expected) allowedCount += 1;
          const ok = expected
            ? response.status === 200 && entries === 1 && after?.version === (before?.version ?? 0) + 1
            : [403, 409].includes(response.status) &&
              entries === 0 &&
              after?.version === before?.version &&
              after?.stage === before?.stage;
          if (!ok)
            failures.push(
              `${role} ${transition} from ${stage}: ${response.status} ledger=${entries} ${JSON.stringify(response.body.error?.message ?? '')}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(allowedCount).toBeGreaterThan(20);
  });

  it('follows the issue’s rules: authors submit and withdraw, editors approve and publish', async () => {
    const config = strapi.plugin('newsroom').service('workflow').config() as { transitions: Record<string, Rule> };
    expect(config.transitions.submit.roles).toContain('strapi-author');
    expect(config.transitions.withdraw.roles).toEqual(['strapi-author']);
    for (const transition of ['request_changes', 'approve', 'schedule', 'publish', 'unpublish']) {
      expect(config.transitions[transition].roles).toEqual(['strapi-editor']);
    }
  });

  it('requires a reason to request changes, and names what is missing when refusing', async () => {
    const documentId = await articleIn('in_review');
    const withoutReason = await takeTransition(sessions['strapi-editor'].http, documentId, {
      locale: 'ar',
      transition: 'request_changes',
    });
    expect(withoutReason.status).toBe(400);
    expect(withoutReason.body.error.details.code).toBe('REASON_REQUIRED');
    const draft = await articleIn('draft');
    const publish = await sessions['strapi-editor'].http.post(`${cmPath(ARTICLE_UID, draft, 'publish')}?locale=ar`);
    expect(publish.status).toBe(409);
    expect(publish.body.error.details).toMatchObject({ stage: 'draft', missing: { kind: 'stage', stage: 'approved' } });
    expect(publish.body.error.details.message.ar).toContain('لا يمكن نشر النسخة العربية');
  });
});

describe('no path publishes around the workflow', () => {
  let token: string;
  beforeAll(async () => {
    const created = (await strapi
      .service('admin::api-token')
      .create({ name: 'full', type: 'full-access', lifespan: null })) as { accessKey: string };
    token = created.accessKey;
  });
  afterEach(() => strapi.config.set('plugin::newsroom.workflowGuard', true));

  const isPublished = async (documentId: string) =>
    (await strapi.db.query(ARTICLE_UID).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
  const rest = () => publicApi(strapi);

  const probes: Array<[string, (documentId: string) => Promise<unknown>]> = [
    [
      'the Content Manager publish action',
      (id) => sessions['strapi-editor'].http.post(`${cmPath(ARTICLE_UID, id, 'publish')}?locale=ar`),
    ],
    [
      'the Content Manager bulk publish',
      (id) =>
        sessions['strapi-editor'].http.post(`${cmPath(ARTICLE_UID)}/actions/bulkPublish?locale=ar`, {
          documentIds: [id],
        }),
    ],
    [
      'REST update with status=published',
      (id) =>
        rest()
          .put(`/api/articles/${id}?status=published&locale=ar`)
          .set('Authorization', `Bearer ${token}`)
          .send({ data: { standfirst: 'x' } }),
    ],
    [
      'GraphQL update with status PUBLISHED',
      (id) =>
        rest()
          .post('/graphql')
          .set('Authorization', `Bearer ${token}`)
          .send({
            query: `mutation { updateArticle(documentId: "${id}", locale: "ar", status: PUBLISHED, data: { standfirst: "x" }) { documentId } }`,
          }),
    ],
    [
      'strapi.documents().publish() from code',
      (id) =>
        strapi
          .documents(ARTICLE_UID)
          .publish({ documentId: id, locale: 'ar' })
          .catch((error: unknown) => error),
    ],
  ];

  it.each(probes)('%s: publishes a draft in plain Strapi, is refused by the workflow', async (_name, probe) => {
    strapi.config.set('plugin::newsroom.workflowGuard', false);
    const unguarded = await articleIn('draft');
    await probe(unguarded);
    expect(await isPublished(unguarded)).toBe(true);

    strapi.config.set('plugin::newsroom.workflowGuard', true);
    const guarded = await articleIn('in_review');
    await probe(guarded);
    expect(await isPublished(guarded)).toBe(false);
    expect(await ledgerCount(guarded)).toBe(0);
    expect((await stateOf(guarded))?.stage).toBe('in_review');
  });

  it('REST create with status=published or a publishedAt creates nothing public', async () => {
    const viaStatus = await rest()
      .post('/api/articles?status=published&locale=ar')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'نشر مباشر عبر الواجهة' } });
    expect(viaStatus.status).toBeGreaterThanOrEqual(400);
    const viaBody = await rest()
      .post('/api/articles?locale=ar')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'نشر عبر تاريخ النشر', publishedAt: new Date().toISOString() } });
    expect(
      await strapi.db.query(ARTICLE_UID).count({
        where: { title: { $in: ['نشر مباشر عبر الواجهة', 'نشر عبر تاريخ النشر'] }, publishedAt: { $notNull: true } },
      }),
    ).toBe(0);
    expect([200, 201, 400, 409]).toContain(viaBody.status);
  });

  it('lets an editor publish an approved locale with the Content Manager button, and records it', async () => {
    const documentId = await articleIn('approved');
    const response = await sessions['strapi-editor'].http.post(
      `${cmPath(ARTICLE_UID, documentId, 'publish')}?locale=ar`,
    );
    expect(response.status).toBe(200);
    expect(await isPublished(documentId)).toBe(true);
    expect((await stateOf(documentId))?.stage).toBe('published');
    const [entry] = await strapi.db.query(LEDGER_UID).findMany({ where: { targetDocumentId: documentId } });
    expect(entry).toMatchObject({
      transition: 'publish',
      fromStage: 'approved',
      toStage: 'published',
      actorId: String(sessions['strapi-editor'].session.userId),
    });
  });
});

describe('concurrency, locales, schedules, ledger and webhooks', () => {
  it('lets one of two simultaneous moves win and refuses the other with 409', async () => {
    const documentId = await articleIn('in_review');
    const [a, b] = await Promise.all([
      takeTransition(sessions['strapi-editor'].http, documentId, {
        locale: 'ar',
        transition: 'approve',
        expectedVersion: 3,
      }),
      takeTransition(sessions['strapi-super-admin'].http, documentId, {
        locale: 'ar',
        transition: 'request_changes',
        reason: 'تدقيق',
        expectedVersion: 3,
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await ledgerCount(documentId)).toBe(1);
    expect((await stateOf(documentId))?.version).toBe(4);
  });

  it('moves Arabic and English together, all or nothing', async () => {
    const documentId = await articleIn('in_review');
    await sessions['strapi-author'].http.put(`${cmPath(ARTICLE_UID, documentId)}?locale=en`, {
      title: 'English version of the story',
    });
    const refused = await takeTransition(sessions['strapi-editor'].http, documentId, {
      locales: ['ar', 'en'],
      transition: 'approve',
    });
    expect(refused.status).toBe(409); // English is still a draft
    expect((await stateOf(documentId, 'ar'))?.stage).toBe('in_review');
    expect(await ledgerCount(documentId)).toBe(0);
    expect(
      (await takeTransition(sessions['strapi-editor'].http, documentId, { locale: 'en', transition: 'submit' })).status,
    ).toBe(200);
    const both = await takeTransition(sessions['strapi-editor'].http, documentId, {
      locales: ['ar', 'en'],
      transition: 'approve',
    });
    expect(both.status).toBe(200);
    expect((await stateOf(documentId, 'ar'))?.stage).toBe('approved');
    expect((await stateOf(documentId, 'en'))?.stage).toBe('approved');
  });

  it('publishes a scheduled locale once when due, and not when unscheduled or deleted', async () => {
    const workflow = strapi.plugin('newsroom').service('workflow');
    const scheduleAt = new Date(Date.now() + 2 * 60_000).toISOString();
    const later = new Date(Date.now() + 5 * 60_000);
    const [due, cancelled, deleted] = [
      await articleIn('approved'),
      await articleIn('approved'),
      await articleIn('approved'),
    ];
    for (const id of [due, cancelled, deleted]) {
      expect(
        (await takeTransition(sessions['strapi-editor'].http, id, { locale: 'ar', transition: 'schedule', scheduleAt }))
          .status,
      ).toBe(200);
    }
    expect(
      (await takeTransition(sessions['strapi-editor'].http, cancelled, { locale: 'ar', transition: 'unschedule' }))
        .status,
    ).toBe(200);
    expect((await sessions['strapi-editor'].http.delete(`${cmPath(ARTICLE_UID, deleted)}?locale=ar`)).status).toBe(200);

    await workflow.runDueJobs(new Date()); // not yet due
    expect((await stateOf(due))?.stage).toBe('scheduled');
    await workflow.runDueJobs(later);
    await workflow.runDueJobs(later); // a second run (another instance, a restart) changes nothing
    const published = await strapi.db
      .query(LEDGER_UID)
      .findMany({ where: { targetDocumentId: due, transition: 'publish' } });
    expect(published).toHaveLength(1);
    expect(published[0].actorId).toBe('system:scheduler');
    expect((await stateOf(due))?.stage).toBe('published');
    expect(
      await strapi.db.query(ARTICLE_UID).count({ where: { documentId: due, publishedAt: { $notNull: true } } }),
    ).toBe(1);
    expect(
      await strapi.db.query(ARTICLE_UID).count({ where: { documentId: cancelled, publishedAt: { $notNull: true } } }),
    ).toBe(0);
    expect(await stateOf(deleted)).toBeNull();
  });

  it('answers ledger questions such as "what did this editor approve"', async () => {
    const editorId = String(sessions['strapi-editor'].session.userId);
    const response = await sessions['strapi-editor'].http.get(
      `/newsroom/workflow/ledger?actorId=${editorId}&transition=approve&since=${new Date(Date.now() - 7 * 86400_000).toISOString()}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBeGreaterThan(0);
    for (const entry of response.body.data) expect(entry).toMatchObject({ actorId: editorId, transition: 'approve' });
    // The ledger is not editable through the Content Manager.
    const [entry] = response.body.data;
    const edit = await sessions['strapi-super-admin'].http.put(
      `/content-manager/collection-types/plugin::newsroom.ledger-entry/${entry.documentId}`,
      { reason: 'تزوير' },
    );
    expect(edit.status).toBeGreaterThanOrEqual(400);
  });

  it('fires a webhook on every stage change with document, locale, from and to', async () => {
    const received: Array<{ event: string; entry: Record<string, unknown> }> = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // As Settings → Webhooks does: store it, then hand it to the runner.
    const webhook = await strapi.get('webhookStore').createWebhook({
      name: 'site',
      url: `http://127.0.0.1:${port}/hook`,
      headers: {},
      events: ['newsroom.stage.change'],
      isEnabled: true,
    });
    strapi.get('webhookRunner').add(webhook);
    const documentId = await articleIn('draft');
    await takeTransition(sessions['strapi-author'].http, documentId, { locale: 'ar', transition: 'submit' });
    for (let i = 0; i < 50 && received.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    server.close();
    expect(received[0]).toMatchObject({
      event: 'newsroom.stage.change',
      model: 'article',
      entry: {
        documentId,
        locale: 'ar',
        from: 'draft',
        to: 'in_review',
        transition: 'submit',
        deliveryId: expect.any(String),
      },
    });
  });
});
