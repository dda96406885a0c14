import { READ, can } from '../http/admin-route-policies';

// Who may take which transition is the workflow configuration's rule (checked in the service).
export const adminRoutes = [
  { method: 'GET', path: '/workflow/articles/:documentId', handler: 'workflow.state', config: { policies: can(READ) } },
  {
    method: 'POST',
    path: '/workflow/articles/:documentId/transitions',
    handler: 'workflow.transition',
    config: { policies: can(READ) },
  },
  {
    method: 'POST',
    path: '/workflow/articles/:documentId/assignee',
    handler: 'workflow.assign',
    config: { policies: can(READ) },
  },
  { method: 'GET', path: '/workflow/ledger', handler: 'workflow.ledger', config: { policies: can(READ) } },
  { method: 'GET', path: '/workflow/summary', handler: 'workflow.summary', config: { policies: can(READ) } },
  { method: 'GET', path: '/workflow/assignees', handler: 'workflow.assignees', config: { policies: can(READ) } },
];

// The workflow for newsroom tools signed in as users-permissions users (newsroom-author / newsroom-editor).
export const contentApiRoutes = [
  {
    method: 'GET',
    path: '/workflow/articles/:documentId',
    handler: 'workflowApi.state',
    config: { policies: ['plugin::newsroom.workflow-role'] },
  },
  {
    method: 'POST',
    path: '/workflow/articles/:documentId/transitions',
    handler: 'workflowApi.transition',
    config: { policies: ['plugin::newsroom.workflow-role'] },
  },
];
