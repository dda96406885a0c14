import { z } from 'zod';
import { READ, can } from '../http/admin-route-policies';
import { route } from '../http/route';
import { workflowApiStateResponseSchema, workflowMovesResponseSchema } from '../../../shared/contracts/workflow';
import { localeCode, transitionRequest } from './requests';

// Who may take which transition is the workflow configuration's rule (checked in the service).
export const adminRoutes = [
  route('GET', '/workflow/articles/:documentId', 'workflow.state', can(READ)),
  route('POST', '/workflow/articles/:documentId/transitions', 'workflow.transition', can(READ)),
  route('POST', '/workflow/articles/:documentId/assignee', 'workflow.assign', can(READ)),
  route('GET', '/workflow/ledger', 'workflow.ledger', can(READ)),
  route('GET', '/workflow/summary', 'workflow.summary', can(READ)),
  route('GET', '/workflow/assignees', 'workflow.assignees', can(READ)),
];

// The workflow for newsroom tools signed in as users-permissions users (newsroom-author / newsroom-editor).
const WORKFLOW_ROLE = ['plugin::newsroom.workflow-role'];
const byDocument = { documentId: z.string().min(1).max(64) };
export const contentApiRoutes = [
  route(
    'GET',
    '/workflow/articles/:documentId',
    'workflowApi.state',
    WORKFLOW_ROLE,
    {},
    {
      request: { params: byDocument, query: { locale: localeCode.optional() } },
      response: workflowApiStateResponseSchema,
    },
  ),
  route(
    'POST',
    '/workflow/articles/:documentId/transitions',
    'workflowApi.transition',
    WORKFLOW_ROLE,
    {},
    {
      request: { params: byDocument, body: { 'application/json': transitionRequest } },
      response: workflowMovesResponseSchema,
    },
  ),
];
