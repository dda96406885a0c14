import { closeMediaLibraryBanner, mediaLibraryBannerKeys } from './strapiAnnouncements';

const memoryStorage = (entries: Record<string, string> = {}) => {
  const values = new Map(Object.entries(entries));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
};

describe('closeMediaLibraryBanner', () => {
  it("records the banner closed under @strapi/admin 5.54's keys, for both messages, before and after /admin/init", () => {
    const storage = memoryStorage();
    closeMediaLibraryBanner(storage);
    expect([...storage.values.keys()].sort()).toEqual([
      'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false',
      'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:undefined',
      'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:false',
      'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:undefined',
    ]);
    // Strapi reads the value with JSON.parse: it must read as true.
    for (const value of storage.values.values()) expect(JSON.parse(value)).toBe(true);
  });

  it('leaves a recorded value as it is', () => {
    const [first] = mediaLibraryBannerKeys();
    const storage = memoryStorage({ [first]: 'false' });
    closeMediaLibraryBanner(storage);
    expect(storage.values.get(first)).toBe('false');
  });
});
