/** GET /newsroom/direction — what the admin needs to give each field of the edit form its direction. */
export interface DirectionSettings {
  /** Locales written right to left (plugin config `rtlLocales`). */
  rtlLocales: string[];
  /** The i18n default locale: the edit view's locale when the URL names none. */
  defaultLocale: string;
}

export interface DirectionSettingsResponse {
  data: DirectionSettings;
}
