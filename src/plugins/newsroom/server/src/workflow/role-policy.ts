import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { contentApiWorkflowRole } from '../http/request-actor';

/**
 * Content-API workflow routes: the route's permission lets a role call it; this lets through only users whose
 * role is a newsroom role (contentApiRoles). An API token or the plain Authenticated role is refused (403),
 * even when someone granted it the route.
 */
const workflowRole: Core.PolicyHandler = (policyContext, _config, { strapi }) => {
  // `state` is an own property of the Koa context, which the policy context copies (Strapi's type omits it).
  const user: unknown = (policyContext as unknown as { state?: { user?: unknown } }).state?.user;
  if (contentApiWorkflowRole(strapi, user) === null) {
    // A PolicyError: Strapi turns any other ForbiddenError from behind its auth check into a bare "Forbidden".
    throw new errors.PolicyError('Only newsroom authors and editors take workflow transitions through the API');
  }
  return true;
};

export default workflowRole;
