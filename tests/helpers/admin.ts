import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { paragraphBlock } from '../../src/plugins/newsroom/server/src/domain/content/blocks';

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
  if (response.status !== 200) throw new Error(`login failed for ${role}: ${response.status} ${JSON.stringify(response.body)}`);
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
    post: (url: string, body?: object) => http().post(url).set(auth).send(body ?? {}),
    put: (url: string, body?: object) => http().put(url).set(auth).send(body ?? {}),
    delete: (url: string) => http().delete(url).set(auth),
  };
};

export const publicApi = (strapi: Core.Strapi) => request(strapi.server.httpServer);

/** A blocks body of plain paragraphs. */
export const paragraphs = (...texts: string[]) => texts.map(paragraphBlock);
