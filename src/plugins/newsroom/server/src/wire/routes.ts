import { CREATE, can } from '../http/admin-route-policies';
import { route } from '../http/route';

// Wire copy pasted or uploaded on the Import page: drafts only, created as the user importing.
export const adminRoutes = [route('POST', '/import', 'wireImport.import', can(CREATE))];
