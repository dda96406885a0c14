import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, signInAs } from '../helpers/admin';
import { ARTICLE, siteFixtures } from '../helpers/site';
import { NEWSROOM_LOCALES } from '../../src/plugins/newsroom/core/model';

/**
 * The newsroom's languages cannot be deleted (setup/locales.ts `keepNewsroomLocales`): i18n deletes a locale's
 * entries below the Document Service, with no ledger entry, history or cache eviction. Each newsroom locale is
 * tried through the admin's own route and through i18n's service in code; a locale of someone else's still goes.
 */
let app: TestStrapi;
let strapi: Core.Strapi;

interface LocaleRow {
  id: number;
  code: string;
}
interface LocalesService {
  findByCode(code: string): Promise<LocaleRow | null>;
  create(locale: { code: string; name: string }): Promise<LocaleRow>;
  delete(params: { id: number }): Promise<unknown>;
}
const locales = () => strapi.plugin('i18n').service('locales') as LocalesService;
const countIn = (locale: string) => strapi.db.query(ARTICLE).count({ where: { locale } });

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  const make = siteFixtures(strapi);
  for (const { code } of NEWSROOM_LOCALES) {
    const story = await make.article(code === 'ar' ? 'خبر يبقى بلغته' : 'A story that stays', {}, code);
    await make.publish(story.documentId, code);
  }
});
afterAll(async () => app?.teardown());

describe('the newsroom locales', () => {
  it.each(NEWSROOM_LOCALES.map(({ code }) => code))(
    'refuses to delete %s through Settings → Internationalization, and keeps its stories',
    async (code) => {
      const locale = await locales().findByCode(code);
      expect(locale).not.toBeNull();
      const before = await countIn(code);
      expect(before).toBeGreaterThan(0);
      const admin = asAdmin(strapi, await signInAs(strapi, 'strapi-super-admin'));
      const response = await admin.delete(`/i18n/locales/${locale?.id}`);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await locales().findByCode(code)).not.toBeNull();
      expect(await countIn(code)).toBe(before);
    },
  );

  it('refuses the same through i18n’s service in code, naming the rule in both languages', async () => {
    const locale = (await locales().findByCode('en')) as LocaleRow;
    const before = await countIn('en');
    const refusal = await locales()
      .delete({ id: locale.id })
      .then(
        () => null,
        (error: { message: string; details?: { message?: { ar?: string } } }) => error,
      );
    expect(refusal?.message).toMatch(/newsroom/);
    expect(refusal?.details?.message?.ar).toMatch(/غرفة الأخبار/);
    expect(await countIn('en')).toBe(before);
  });

  it('deletes a locale that is not the newsroom’s', async () => {
    const admin = asAdmin(strapi, await signInAs(strapi, 'strapi-super-admin'));
    const french = await locales().create({ code: 'fr', name: 'French (fr)' });
    const response = await admin.delete(`/i18n/locales/${french.id}`);
    expect(response.status).toBe(200);
    expect(await locales().findByCode('fr')).toBeNull();
  });
});
