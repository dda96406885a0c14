import type { Core } from '@strapi/strapi';

/**
 * Creates the first Super Admin from ADMIN_EMAIL / ADMIN_PASSWORD when no admin user exists, so a fresh
 * install is usable without the registration page. Does nothing once any admin exists.
 */
const firstAdmin = ({ strapi }: { strapi: Core.Strapi }) => ({
  async ensureFirstAdmin(env: NodeJS.ProcessEnv = process.env): Promise<'created' | 'exists' | 'not-configured'> {
    const email = env.ADMIN_EMAIL?.trim();
    const password = env.ADMIN_PASSWORD;
    const userService = strapi.service('admin::user');
    if (await userService.exists()) return 'exists';
    if (!email || !password) return 'not-configured';
    const superAdmin = (await strapi.service('admin::role').getSuperAdmin()) as { id: number } | null;
    if (!superAdmin) throw new Error('The Super Admin role is missing');
    await userService.create({
      email: email.toLowerCase(),
      firstname: env.ADMIN_FIRSTNAME || 'Newsroom',
      lastname: env.ADMIN_LASTNAME || 'Admin',
      password,
      registrationToken: null,
      isActive: true,
      roles: [superAdmin.id],
    });
    strapi.log.info(`[newsroom] Created the first admin user ${email}`);
    return 'created';
  },
});

export default firstAdmin;

declare module '../services-registry' {
  interface NewsroomServices {
    firstAdmin: ReturnType<typeof firstAdmin>;
  }
}
