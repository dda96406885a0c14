import { READ, can } from '../http/admin-route-policies';
import { route } from '../http/route';

// Admin users who may read articles; each line is then checked against the user's own read permission.
export const adminRoutes = [route('GET', '/home/desk', 'home.desk', can(READ))];
