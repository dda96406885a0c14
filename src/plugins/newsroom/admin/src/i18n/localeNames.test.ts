import { relabelLocales, relabellingLocales } from './localeNames';

describe('locale names in the interface language', () => {
  const stored = [
    { id: 1, code: 'ar', name: 'Arabic (ar)', isDefault: true },
    { id: 2, code: 'en', name: 'English (en)', isDefault: false },
  ];

  it('names the newsroom locales in Arabic for an Arabic interface, as stored for an English one', () => {
    expect(relabelLocales(stored, 'ar')).toEqual([
      { id: 1, code: 'ar', name: 'العربية (ar)', isDefault: true },
      { id: 2, code: 'en', name: 'الإنجليزية (en)', isDefault: false },
    ]);
    expect(relabelLocales(stored, 'en')).toBe(stored);
  });

  it('keeps a name an administrator changed, and locales that are not the newsroom’s', () => {
    const custom = [
      { code: 'ar', name: 'عربي' },
      { code: 'fr', name: 'French (fr)' },
    ];
    expect(relabelLocales(custom, 'ar')).toBe(custom);
  });

  it('rewrites only a successful GET of /i18n/locales', async () => {
    const answer = () =>
      Promise.resolve(
        new Response(JSON.stringify(stored), { status: 200, headers: { 'content-type': 'application/json' } }),
      );
    const wrapped = relabellingLocales(answer, () => 'ar');
    const listed = (await (await wrapped('http://cms/i18n/locales')).json()) as Array<{ name: string }>;
    expect(listed.map((locale) => locale.name)).toEqual(['العربية (ar)', 'الإنجليزية (en)']);
    const posted = (await (await wrapped('http://cms/i18n/locales', { method: 'POST' })).json()) as Array<{
      name: string;
    }>;
    expect(posted.map((locale) => locale.name)).toEqual(['Arabic (ar)', 'English (en)']);
    const other = (await (await wrapped('http://cms/i18n/locales-other')).json()) as Array<{ name: string }>;
    expect(other[0].name).toBe('Arabic (ar)');
  });
});
