import { route } from '../http/route';

export const contentApiRoutes = [
  route('GET', '/resolve/:type/:slug', 'slugs.resolve', ['plugin::newsroom.published-only']),
];
