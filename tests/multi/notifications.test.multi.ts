import http from 'http';
import type { AddressInfo } from 'net';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { startOwnSmtp, recipientsOf, type OwnSmtp } from '../helpers/smtp';
import { requirePostgres, startInstance, stopInstances } from './instances';
import { ARTICLE_UID, NOTIFICATION_SOURCE_UID, NOTIFICATION_UID } from '../../src/plugins/newsroom/core/model';
import {
  COMMENT_CREATED_EVENT,
  type CommentEventPayload,
} from '../../src/plugins/newsroom/shared/contracts/comment-events';
import { NOTIFICATION_CREATED_EVENT } from '../../src/plugins/newsroom/shared/contracts/notifications';

/**
 * Notifications with two instances on one PostgreSQL database: 120 comment events each mentioning three editors,
 * processed by both instances' crons at the same moments. Each must give exactly one notification per user and
 * channel: 120 × 3 rows on each of the admin, e-mail and webhook channels, one e-mail per user per event at the
 * SMTP server, one notification webhook per notification (deliveries under one deliveryId count once).
 */
const EVENTS = 120;
const EDITORS = 3;

let setup: TestStrapi;
let smtp: OwnSmtp;
let hookServer: http.Server;
const webhookDeliveries = new Map<number, Set<string>>();

beforeAll(async () => {
  requirePostgres();
  smtp = await startOwnSmtp();
  hookServer = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { entry } = JSON.parse(body) as { entry: { notificationId: number; deliveryId: string } };
      webhookDeliveries.set(
        entry.notificationId,
        (webhookDeliveries.get(entry.notificationId) ?? new Set()).add(entry.deliveryId),
      );
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
  // The test's own instance creates the schema and the content and never runs the crons.
  setup = await startTestStrapi({ NEWSROOM_SCHEDULER: 'false', NEWSROOM_SMTP_URL: smtp.url });
}, 300_000);

afterAll(async () => {
  await stopInstances();
  await new Promise<void>((resolve) => hookServer?.close(() => resolve()));
  await smtp?.stop();
  await setup?.teardown();
});

const createUser = async (role: string, name: string) => {
  const { strapi } = setup;
  const roleRow = (await strapi.db.query('admin::role').findOne({ where: { code: role } })) as { id: number };
  return (await strapi.service('admin::user').create({
    email: `${name}-${Date.now()}@newsroom.test`,
    firstname: name,
    lastname: 'Multi',
    password: 'Newsroom-test-1',
    isActive: true,
    registrationToken: null,
    roles: [roleRow.id],
  })) as { id: number; email: string };
};

it('two instances make and deliver each notification once per user and channel', async () => {
  const { strapi } = setup;
  await strapi.get('webhookStore').createWebhook({
    name: 'notifications',
    url: `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook`,
    headers: {},
    events: [NOTIFICATION_CREATED_EVENT],
    isEnabled: true,
  });
  const writer = await createUser('strapi-author', 'writer');
  const editors = [];
  for (let i = 0; i < EDITORS; i += 1) editors.push(await createUser('strapi-editor', `editor${i}`));

  const documentIds: string[] = [];
  for (let i = 0; i < EVENTS; i += 1) {
    const article = await strapi.documents(ARTICLE_UID).create({ locale: 'ar', data: { title: `خبر رقم ${i}` } });
    documentIds.push(article.documentId);
  }
  await strapi.db.connection('articles').whereIn('document_id', documentIds).update({ created_by_id: writer.id });
  for (const [i, documentId] of documentIds.entries()) {
    const payload: CommentEventPayload = {
      model: 'article',
      uid: ARTICLE_UID,
      entry: {
        commentId: i + 1,
        threadId: i + 1,
        parentId: null,
        documentId,
        locale: 'ar',
        actorId: writer.id,
        mentionedUserIds: editors.map((editor) => editor.id),
        threadParticipantIds: [],
        excerpt: `تعليق رقم ${i}`,
        at: new Date().toISOString(),
      },
    };
    await strapi.db.transaction(
      () => strapi.plugin('newsroom').service('outbox').add(COMMENT_CREATED_EVENT, payload) as Promise<void>,
    );
  }

  // Both run the crons (every 20 s, at the same wall-clock seconds): they compete for every source and e-mail.
  await Promise.all([
    startInstance('a', { NEWSROOM_SCHEDULER: 'true' }),
    startInstance('b', { NEWSROOM_SCHEDULER: 'true' }),
  ]);

  const expected = EVENTS * EDITORS;
  const deadline = Date.now() + 240_000;
  const pendingEmail = () =>
    strapi.db
      .connection(strapi.db.metadata.get(NOTIFICATION_UID).tableName)
      .where({ channel: 'email' })
      .whereNull('sent_at')
      .count({ n: '*' });
  for (;;) {
    const sources = await strapi.db.query(NOTIFICATION_SOURCE_UID).count({});
    const [{ n }] = (await pendingEmail()) as Array<{ n: string }>;
    const delivered = [...webhookDeliveries.keys()].length;
    if (
      (sources >= EVENTS && Number(n) === 0 && smtp.messages.length >= expected && delivered >= expected) ||
      Date.now() > deadline
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  const rows = (await strapi.db.query(NOTIFICATION_UID).findMany({ limit: 10_000 })) as Array<{
    id: number;
    sourceKey: string;
    recipientId: number;
    channel: string;
  }>;
  for (const channel of ['admin', 'email', 'webhook']) {
    const ofChannel = rows.filter((row) => row.channel === channel);
    expect({ channel, count: ofChannel.length }).toEqual({ channel, count: expected });
    expect(new Set(ofChannel.map((row) => `${row.sourceKey}:${row.recipientId}`)).size).toBe(expected);
  }
  expect(await strapi.db.query(NOTIFICATION_SOURCE_UID).count({})).toBe(EVENTS);

  // One e-mail per user per event at the SMTP server.
  const mails = smtp.messages.map((mail) => `${recipientsOf(mail).join(',')}|${mail.subject ?? ''}`);
  expect(mails).toHaveLength(expected);
  expect(new Set(mails).size).toBe(expected);
  for (const editor of editors)
    expect(smtp.messages.filter((mail) => recipientsOf(mail).includes(editor.email))).toHaveLength(EVENTS);

  // One notification webhook per webhook-channel row, each under one deliveryId.
  const webhookRows = rows.filter((row) => row.channel === 'webhook');
  expect(new Set(webhookDeliveries.keys())).toEqual(new Set(webhookRows.map((row) => row.id)));
  expect([...webhookDeliveries.values()].every((ids) => ids.size === 1)).toBe(true);
}, 600_000);
