/**
 * Strapi's own messages the newsroom relabels or supplies (full keys, not prefixed). The list's status column is
 * Strapi's draft/published state, which describes the public version only; the workflow stage is the status
 * (the newsroom's column), so Strapi's column says what it shows. Strapi 5.54's Arabic pack lacks
 * `content-manager.plugin.name` (the admin logs it as a missing message on every page).
 */
export const STRAPI_RELABELS: Record<string, Record<string, string>> = {
  en: { 'content-manager.containers.list.table-headers.status': 'Public version' },
  ar: {
    'content-manager.containers.list.table-headers.status': 'النسخة العامة',
    'content-manager.plugin.name': 'مدير المحتوى',
  },
};
