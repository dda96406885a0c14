// Which locales are RTL: any signed-in admin user (the edit form of every content type needs it).
export const adminRoutes = [
  {
    method: 'GET',
    path: '/direction',
    handler: 'direction.settings',
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  },
];
