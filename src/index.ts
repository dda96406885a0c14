import type { Core } from '@strapi/strapi';

// The newsroom's behaviour lives in the local plugin (src/plugins/newsroom), the content types in src/api.
export default {
  register() {},

  /** Runs after every plugin's bootstrap, which the newsroom's setup needs (roles, permissions, locales). */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('newsroom').service('setup').afterBoot();
  },
};
