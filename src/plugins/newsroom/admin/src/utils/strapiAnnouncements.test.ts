import { closeStrapiAnnouncements, GUIDED_TOUR_KEY, mediaLibraryBannerKeys } from './strapiAnnouncements';

const memoryStorage = (entries: Record<string, string> = {}) => {
  const values = new Map(Object.entries(entries));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
};

describe('closeStrapiAnnouncements', () => {
  it("records the Media Library banner closed under @strapi/admin 5.54's keys, both messages, before and after /admin/init", () => {
    const storage = memoryStorage();
    closeStrapiAnnouncements(storage, { developing: true });
    expect([...storage.values.keys()].sort()).toEqual([
      'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false',
      'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:undefined',
      'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:false',
      'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:undefined',
    ]);
    // Strapi reads each value with JSON.parse: it must read as true.
    for (const value of storage.values.values()) expect(JSON.parse(value)).toBe(true);
  });

  it('closes the guided tour as its "Close guided tour" does, except under strapi develop', () => {
    const storage = memoryStorage();
    closeStrapiAnnouncements(storage, { developing: false });
    expect(JSON.parse(storage.values.get(GUIDED_TOUR_KEY) ?? 'null')).toEqual({ enabled: false });
  });

  it('leaves a recorded value as it is (a tour a developer reopened, a banner state Strapi wrote)', () => {
    const [banner] = mediaLibraryBannerKeys();
    const tour = JSON.stringify({ enabled: true, tours: {}, completedActions: [], hidden: false });
    const storage = memoryStorage({ [banner]: 'false', [GUIDED_TOUR_KEY]: tour });
    closeStrapiAnnouncements(storage, { developing: false });
    expect(storage.values.get(banner)).toBe('false');
    expect(storage.values.get(GUIDED_TOUR_KEY)).toBe(tour);
  });
});
