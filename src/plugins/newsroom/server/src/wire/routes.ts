import { CREATE, can } from '../http/admin-route-policies';

// Wire copy pasted or uploaded on the Import page: drafts only, created as the user importing.
export const adminRoutes = [
  { method: 'POST', path: '/import', handler: 'wireImport.import', config: { policies: can(CREATE) } },
];
