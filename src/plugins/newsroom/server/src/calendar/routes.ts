import { z } from 'zod';
import { READ, can } from '../http/admin-route-policies';
import { route } from '../http/route';

// Admin users who may read articles; each entry is then checked against the user's own read permission, a plan
// move against their update permission, a reschedule is the workflow's own transition route.
export const adminRoutes = [
  route('GET', '/calendar', 'calendar.entries', can(READ)),
  route('POST', '/calendar/plan/:documentId', 'calendar.movePlan', can(READ)),
  route('GET', '/calendar/feed', 'calendar.feedAddress', can(READ)),
  route('POST', '/calendar/feed/rotate', 'calendar.rotateFeed', can(READ)),
];

/**
 * The iCal feed, read by calendar apps without a session: public by URL, answered only with the user's signed
 * token (checked by the controller; calendar/feed.ts). It answers text/calendar, not JSON.
 */
export const contentApiRoutes = [
  route(
    'GET',
    '/calendar/feed/:userId',
    'calendar.feed',
    [],
    { auth: false },
    {
      request: {
        params: { userId: z.string().regex(/^\d{1,12}$/) },
        query: { token: z.string().max(128) },
      },
    },
  ),
];
