/**
 * Strapi 5.54 greets every browser with two pieces of its own news, both in English in the Arabic interface and
 * both linking to strapi.io, until someone closes them:
 * - an announcement of its new Media Library, across the top of every screen (it covered the edit view's top in
 *   every screenshot);
 * - the first super admin's guided tour on the home page ("Discover your application", "Deploy your application
 *   to Strapi Cloud"). It walks a developer through the Content-Type Builder. Strapi meant it for development
 *   builds only. But `strapi build` loads Strapi, which sets NODE_ENV to development when it is unset, so the
 *   README's build shipped it too.
 * The newsroom closes both on the editor's behalf, the way Strapi records a close: a value in the browser's
 * storage, written only where nothing is recorded yet. A developer running `strapi develop` keeps the tour.
 *
 * The keys are @strapi/admin 5.54's:
 * - components/MediaLibraryBanner: one key per message (the legacy Media Library flag, true or false) and per
 *   instance uuid from /admin/init. That uuid is `false` when package.json turns telemetry off, as this project's
 *   does, and `undefined` until /admin/init answers. Another uuid is not known when the admin boots; the banner
 *   then shows as in Strapi, in Arabic (strapiRelabels.ts).
 * - components/GuidedTour/Context: one key, whose `enabled: false` is what "Close guided tour" stores (its
 *   migration fills in the rest of the state).
 */
const BANNER_KEY = 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_';
const KNOWN_UUIDS = ['false', 'undefined'] as const;
export const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';

export const mediaLibraryBannerKeys = (): string[] =>
  [true, false].flatMap((legacy) => KNOWN_UUIDS.map((uuid) => `${BANNER_KEY}${legacy}:${uuid}`));

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const recordOnce = (storage: Storage, key: string, value: unknown) => {
  if (storage.getItem(key) === null) storage.setItem(key, JSON.stringify(value));
};

/** Closes Strapi's announcements; the guided tour too unless the admin is served by `strapi develop`. */
export function closeStrapiAnnouncements(storage: Storage, { developing }: { developing: boolean }): void {
  for (const key of mediaLibraryBannerKeys()) recordOnce(storage, key, true);
  if (!developing) recordOnce(storage, GUIDED_TOUR_KEY, { enabled: false });
}
