import { ARTICLE_UID } from '../../../core/model';
/**
 * Admin routes (under /newsroom): signed-in admin users, with the Content Manager permission on articles that
 * the action needs (per document where it touches one: see the controllers).
 */
const can = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [[action, ARTICLE_UID]] } },
];
const READ = 'plugin::content-manager.explorer.read';
const UPDATE = 'plugin::content-manager.explorer.update';
const PUBLISH = 'plugin::content-manager.explorer.publish';
const CREATE = 'plugin::content-manager.explorer.create';

export default {
  type: 'admin' as const,
  routes: [
    { method: 'POST', path: '/tagging/suggest', handler: 'tagging.suggest', config: { policies: can(READ) } },
    { method: 'GET', path: '/tagging/articles/:documentId', handler: 'tagging.suggestForArticle', config: { policies: can(READ) } },
    { method: 'POST', path: '/tagging/articles/:documentId/feedback', handler: 'tagging.feedback', config: { policies: can(UPDATE) } },
    { method: 'POST', path: '/tagging/retrain', handler: 'tagging.retrain', config: { policies: can(PUBLISH) } },
    // The workflow: who may take which transition is the workflow configuration's rule (checked in the service).
    { method: 'GET', path: '/workflow/articles/:documentId', handler: 'workflow.state', config: { policies: can(READ) } },
    { method: 'POST', path: '/workflow/articles/:documentId/transitions', handler: 'workflow.transition', config: { policies: can(READ) } },
    { method: 'POST', path: '/workflow/articles/:documentId/assignee', handler: 'workflow.assign', config: { policies: can(READ) } },
    { method: 'GET', path: '/workflow/ledger', handler: 'workflow.ledger', config: { policies: can(READ) } },
    { method: 'GET', path: '/workflow/summary', handler: 'workflow.summary', config: { policies: can(READ) } },
    { method: 'GET', path: '/workflow/assignees', handler: 'workflow.assignees', config: { policies: can(READ) } },
    // Copy-desk hints (never applied): for a stored draft, and for text not saved yet.
    { method: 'GET', path: '/copydesk/articles/:documentId', handler: 'copydesk.forArticle', config: { policies: can(READ) } },
    { method: 'POST', path: '/copydesk/check', handler: 'copydesk.check', config: { policies: can(READ) } },
    // Which locales are RTL: any signed-in admin user (the edit form of every content type needs it).
    { method: 'GET', path: '/direction', handler: 'direction.settings', config: { policies: ['admin::isAuthenticatedAdmin'] } },
    // Signed preview links, for users who may read that article (checked per document in the controller).
    { method: 'POST', path: '/preview/links', handler: 'preview.link', config: { policies: can(READ) } },
    // Wire copy pasted or uploaded on the Import page: drafts only, created as the user importing.
    { method: 'POST', path: '/import', handler: 'wireImport.import', config: { policies: can(CREATE) } },
  ],
};
