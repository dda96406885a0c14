import { mergeConfig, type UserConfig } from 'vite';

/**
 * One copy of Radix's direction context in the admin bundle. The design system's tabs, menus and selects each
 * bring their own copy of `@radix-ui/react-direction`, and a Radix primitive without the direction of its own
 * copy's provider renders `dir="ltr"`: the edit view's tabs made the whole form, its hints and its side panels a
 * left-to-right island in the Arabic admin. Deduplicated, the one provider the admin's theme renders
 * (patches/@strapi+admin+5.54.0.patch) reaches them all.
 */
export default (config: UserConfig) => mergeConfig(config, { resolve: { dedupe: ['@radix-ui/react-direction'] } });
