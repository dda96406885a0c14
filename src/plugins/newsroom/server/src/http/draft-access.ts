import type { Core } from '@strapi/strapi';
import type { KoaContext } from './requests';

/**
 * Draft mode: who may read drafts through the content API (`status=draft`, GraphQL `status: DRAFT`,
 * `publicationFilter`). A full-access API token, and any custom token or signed-in users-permissions user whose
 * role carries this action, which the admin grants in Settings. Never the Public role, whatever it is granted,
 * and never a read-only token: drafts are never public.
 */
export const DRAFTS_READ_ACTION = 'plugin::newsroom.drafts.read';

/** What Strapi's authentication leaves in `ctx.state.auth` (core/services/auth). */
interface RequestAuth {
  strategy?: { name?: string };
  credentials?: { type?: unknown } | null;
  ability?: { can(action: string): boolean } | null;
}
interface DraftState {
  auth?: RequestAuth;
  /** Set when a draft read was let through: the response is private and never cached. */
  newsroomDraftRead?: boolean;
}

/** The decision on an authentication result; a missing result (no credentials) is the Public role. */
export const authMayReadDrafts = (auth: RequestAuth | undefined): boolean => {
  switch (auth?.strategy?.name) {
    case 'content-api-token': {
      const type = auth.credentials?.type;
      if (type === 'full-access') return true;
      return type === 'custom' && auth.ability?.can(DRAFTS_READ_ACTION) === true;
    }
    case 'users-permissions':
      // No credentials: the Public role. A grant of the drafts action to Public is never honoured.
      return Boolean(auth.credentials) && auth.ability?.can(DRAFTS_READ_ACTION) === true;
    default:
      return false;
  }
};

/** May the caller of the current request (after Strapi authenticated it) read drafts? */
export const requestMayReadDrafts = (strapi: Core.Strapi): boolean =>
  authMayReadDrafts((strapi.requestContext.get()?.state as DraftState | undefined)?.auth);

/**
 * The same decision before Strapi's authentication has run (app middlewares such as the GraphQL draft guard):
 * runs the content API's authentication strategies on a copy of the request's state, so nothing on the real
 * context changes. Invalid credentials are no draft access (the route itself then answers 401).
 */
export const authenticateForDrafts = async (strapi: Core.Strapi, ctx: KoaContext): Promise<boolean> => {
  if (!ctx.get('authorization')) return false;
  const shadow = {
    request: ctx.request,
    state: { route: { info: { type: 'content-api' } } } as DraftState & { route: unknown },
    unauthorized: () => undefined,
  };
  const auth = strapi.get('auth') as { authenticate(context: unknown, next: () => Promise<void>): Promise<unknown> };
  await auth.authenticate(shadow, async () => undefined);
  return authMayReadDrafts(shadow.state.auth);
};

/** Marks the current request as a draft read: its response says `private, no-store` and is never cached. */
export const markDraftRead = (strapi: Core.Strapi, ctx?: KoaContext): void => {
  const state = (ctx ?? strapi.requestContext.get())?.state as DraftState | undefined;
  if (state) state.newsroomDraftRead = true;
};

export const isDraftRead = (ctx: KoaContext): boolean => (ctx.state as DraftState).newsroomDraftRead === true;
