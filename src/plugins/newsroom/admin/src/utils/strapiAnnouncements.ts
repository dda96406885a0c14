/**
 * Strapi 5.54 shows an announcement of its new Media Library across the top of every admin screen, with a link
 * to strapi.io, until someone closes it. On an editor's screen it is a vendor's news. It covered the top of the
 * edit view in every screenshot, and an editor who never closes it keeps it there. The newsroom closes it on the
 * editor's behalf, the way Strapi records a close: a flag in the browser's storage.
 *
 * The key is @strapi/admin 5.54's (components/MediaLibraryBanner): one per message (the legacy Media Library flag,
 * true or false) and per instance uuid from /admin/init. That uuid is `false` when package.json turns telemetry
 * off, as this project's does, and `undefined` until /admin/init answers. Another uuid is not known when the
 * admin boots, and the banner then shows as in Strapi. The copy in strapiRelabels.ts stays, in Arabic, for that case.
 */
const BANNER_KEY = 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_';
const KNOWN_UUIDS = ['false', 'undefined'] as const;

export const mediaLibraryBannerKeys = (): string[] =>
  [true, false].flatMap((legacy) => KNOWN_UUIDS.map((uuid) => `${BANNER_KEY}${legacy}:${uuid}`));

/** Marks the banner closed where nothing is recorded yet (a stored choice is left as it is). */
export function closeMediaLibraryBanner(storage: Pick<Storage, 'getItem' | 'setItem'>): void {
  for (const key of mediaLibraryBannerKeys()) {
    if (storage.getItem(key) === null) storage.setItem(key, 'true');
  }
}
