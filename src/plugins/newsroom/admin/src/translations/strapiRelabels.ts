/**
 * Strapi's own messages the newsroom relabels (full keys, not prefixed). The list's status column is Strapi's
 * draft/published state, which describes the public version only; the workflow stage is the status (the
 * newsroom's column), so Strapi's column says what it shows.
 */
export const STRAPI_RELABELS: Record<string, Record<string, string>> = {
  en: { 'content-manager.containers.list.table-headers.status': 'Public version' },
  ar: { 'content-manager.containers.list.table-headers.status': 'النسخة العامة' },
};
