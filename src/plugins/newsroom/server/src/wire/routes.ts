import { CREATE, READ, can } from '../http/admin-route-policies';
import { route } from '../http/route';

export const adminRoutes = [
  // Wire copy pasted or uploaded on the Import page: drafts only, created as the user importing.
  route('POST', '/import', 'wireImport.import', can(CREATE)),
  // The edit view's "proposed headline" marker: whoever may read the article (checked per document).
  route('GET', '/wire/proposed-title/:documentId', 'wireProposedTitle.show', can(READ)),
];
