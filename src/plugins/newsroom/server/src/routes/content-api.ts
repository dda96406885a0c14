export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'GET',
      path: '/resolve/:type/:slug',
      handler: 'slugs.resolve',
      config: { policies: ['plugin::newsroom.published-only'] },
    },
  ],
};
