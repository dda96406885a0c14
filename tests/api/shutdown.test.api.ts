import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { recipientsOf, startOwnSmtp, type OwnSmtp } from '../helpers/smtp';
import { asAdmin, cmPath, paragraphs, signInAs, takeTransition } from '../helpers/admin';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * Stopping the server while work it started in the background is under way (README, Notifications): the plugin's
 * destroy lets a notifications run finish while the database is still open. Before, Strapi closed the pool under
 * the run: it waited a minute for a connection, failed, and left its e-mail sent but not marked so (seen at the
 * end of an archive import on PostgreSQL: the import's process hung a minute and logged the failure).
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let smtp: OwnSmtp;

const notifications = () =>
  strapi.plugin('newsroom').service('notifications') as { kick(): void; tick(): Promise<number> };

beforeAll(async () => {
  smtp = await startOwnSmtp();
  app = await startTestStrapi({ NEWSROOM_SMTP_URL: smtp.url, NEWSROOM_MAIL_FROM: 'desk@newsroom.test' });
  strapi = app.strapi;
}, 600_000);

afterAll(async () => {
  await app?.teardown();
  await smtp?.stop();
});

it('a notifications run in progress at shutdown finishes before the database closes, and nothing fails', async () => {
  const writer = await signInAs(strapi, 'strapi-author');
  const editor = await signInAs(strapi, 'strapi-editor');
  const created = await asAdmin(strapi, writer).post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title: 'خبر قبل الإغلاق',
    body: paragraphs('نص'),
  });
  expect(created.status).toBe(201);
  const { documentId } = created.body.data as { documentId: string };
  expect(
    (await takeTransition(asAdmin(strapi, writer), documentId, { locale: 'ar', transition: 'submit' })).status,
  ).toBe(200);
  await notifications().tick();
  const errors: string[] = [];
  const logError = strapi.log.error.bind(strapi.log);
  strapi.log.error = ((message: unknown) => {
    errors.push(String(message));
    return logError(message as string);
  }) as typeof strapi.log.error;

  // The writer's e-mail for "changes requested" is held at the SMTP server: the run is in progress.
  const held = smtp.hold();
  try {
    const moved = await takeTransition(asAdmin(strapi, editor), documentId, {
      locale: 'ar',
      transition: 'request_changes',
      reason: 'أضف المصدر',
    });
    expect(moved.status).toBe(200);
    notifications().kick();
    await held.arrived;

    let closed = false;
    const shutDown = app.shutDown().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Still open: the shutdown waits for the run.
    expect(closed).toBe(false);
    held.release();
    await shutDown;
  } finally {
    held.release();
  }
  const toWriter = smtp.messages.filter((mail) => recipientsOf(mail).includes(writer.email));
  expect(toWriter.map((mail) => mail.subject)).toContainEqual(expect.stringContaining('خبر قبل الإغلاق'));
  expect(errors).toEqual([]);
  // Closed for good: no run starts after the shutdown.
  await expect(notifications().tick()).resolves.toBe(0);
}, 120_000);
