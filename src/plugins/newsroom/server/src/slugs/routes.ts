export const contentApiRoutes = [
  {
    method: 'GET',
    path: '/resolve/:type/:slug',
    handler: 'slugs.resolve',
    config: { policies: ['plugin::newsroom.published-only'] },
  },
];
