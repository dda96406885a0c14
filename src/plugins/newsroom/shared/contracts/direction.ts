/** GET /newsroom/direction — what the admin needs to give each field of the edit form its direction, and the site's address. */
export interface DirectionSettings {
  /** Locales written right to left (plugin config `rtlLocales`). */
  rtlLocales: string[];
  /** The i18n default locale: the edit view's locale when the URL names none. */
  defaultLocale: string;
  /**
   * The public site, for the SEO preview's address: its base URL (`NEWSROOM_SITE_URL`) and the article path
   * pattern of each locale (plugin config `site.paths.article`, e.g. `/ar/{section}/{slug}`).
   */
  site: { url: string; articlePaths: Record<string, string> };
}

export interface DirectionSettingsResponse {
  data: DirectionSettings;
}
