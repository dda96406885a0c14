/** Interface languages written right to left (the same list as the admin patch's, patches/@strapi+admin+5.54.0.patch). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ckb', 'dv', 'yi', 'ug']);

/**
 * The direction of the admin's interface language. Set as `dir` on the newsroom's blocks inside Strapi's home
 * widgets: their scroll area (Radix, with its own direction context) sets `dir="ltr"` whatever `<html dir>` is.
 */
export const interfaceDirection = (uiLocale: string): 'rtl' | 'ltr' =>
  RTL_LANGUAGES.has(uiLocale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
