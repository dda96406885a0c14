import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { paragraphBlock } from '../../src/plugins/newsroom/server/src/domain/content/blocks';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

export type RoleCode = 'strapi-super-admin' | 'strapi-editor' | 'strapi-author';

export interface AdminSession {
  token: string;
  userId: number;
  email: string;
}

const PASSWORD = 'Newsroom-test-1';
let counter = 0;

/** Creates an active admin user with one role and signs in through the real /admin/login route. */
export async function signInAs(strapi: Core.Strapi, role: RoleCode): Promise<AdminSession> {
  counter += 1;
  const email = `${role}-${counter}-${Date.now()}@newsroom.test`;
  const roleRow = (await strapi.db.query('admin::role').findOne({ where: { code: role } })) as { id: number };
  const user = (await strapi.service('admin::user').create({
    email,
    firstname: role,
    lastname: 'Tester',
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [roleRow.id],
  })) as { id: number };
  const response = await request(strapi.server.httpServer).post('/admin/login').send({ email, password: PASSWORD });
  if (response.status !== 200)
    throw new Error(`login failed for ${role}: ${response.status} ${JSON.stringify(response.body)}`);
  return { token: response.body.data.token as string, userId: user.id, email };
}

/** Content Manager routes for a collection type. */
export const cmPath = (uid: string, documentId?: string, action?: string): string =>
  `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}${action ? `/actions/${action}` : ''}`;

export const asAdmin = (strapi: Core.Strapi, session: AdminSession) => {
  const http = () => request(strapi.server.httpServer);
  const auth = { Authorization: `Bearer ${session.token}` };
  return {
    get: (url: string) => http().get(url).set(auth),
    post: (url: string, body?: object) =>
      http()
        .post(url)
        .set(auth)
        .send(body ?? {}),
    put: (url: string, body?: object) =>
      http()
        .put(url)
        .set(auth)
        .send(body ?? {}),
    delete: (url: string) => http().delete(url).set(auth),
  };
};

export const publicApi = (strapi: Core.Strapi) => request(strapi.server.httpServer);

/** A blocks body of plain paragraphs. */
export const paragraphs = (...texts: string[]) => texts.map(paragraphBlock);

type Session = ReturnType<typeof asAdmin>;

/** Takes one workflow transition through the admin API; returns the response. */
export const takeTransition = (session: Session, documentId: string, body: Record<string, unknown>) =>
  session.post(`/newsroom/workflow/articles/${documentId}/transitions`, body);

/**
 * Submits and approves an article locale as needed, then publishes it with the Content Manager's own
 * Publish action, the way an editor would.
 */
export async function approveAndPublish(session: Session, documentId: string, locale = 'ar') {
  const { stage } = (await session.get(`/newsroom/workflow/articles/${documentId}?locale=${locale}`)).body.data
    .state as { stage: string };
  if (stage === 'draft' || stage === 'changes_requested') {
    const submitted = await takeTransition(session, documentId, { locale, transition: 'submit' });
    if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  }
  if (['draft', 'changes_requested', 'in_review'].includes(stage)) {
    const approved = await takeTransition(session, documentId, { locale, transition: 'approve' });
    if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.body)}`);
  }
  return session.post(`${cmPath(ARTICLE_UID, documentId, 'publish')}?locale=${locale}`);
}
