import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // The admin interface in Arabic as well as English (each user picks it in their profile).
    locales: ['ar'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
