import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, NEWSROOM_LOCALES } from '../../../core/model';

export const NEWSROOM_LOCALE_KEPT = "This language is one of the newsroom's: it cannot be deleted";

interface LocaleService {
  findById(id: unknown): Promise<{ code: string } | null>;
  delete(params: { id: unknown }): Promise<unknown>;
  findByCode(code: string): Promise<{ code: string } | null>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<unknown>;
  setDefaultLocale(params: { code: string }): Promise<void>;
}

const locales = ({ strapi }: { strapi: Core.Strapi }) => {
  const i18nLocales = (): LocaleService => strapi.plugin('i18n').service('locales') as LocaleService;

  return {
    /** Creates the missing locales and makes Arabic the default; running it again changes nothing. */
    async ensureNewsroomLocales(): Promise<void> {
      const service = i18nLocales();
      for (const locale of NEWSROOM_LOCALES) {
        if (!(await service.findByCode(locale.code))) await service.create({ ...locale });
      }
      if ((await service.getDefaultLocale()) !== DEFAULT_LOCALE) {
        await service.setDefaultLocale({ code: DEFAULT_LOCALE });
      }
    },

    /**
     * Refuses to delete a newsroom locale (Settings → Internationalization, or code calling i18n's service). i18n
     * deletes a locale by deleting every entry in it with `strapi.db.query(…).deleteMany` first: below the Document
     * Service, so no ledger entry, no history, no eviction of the cached outputs and site reads that showed them,
     * and the newsroom's stories in that language gone. Other locales delete as before.
     */
    keepNewsroomLocales(): void {
      const service = i18nLocales();
      const deleteLocale = service.delete.bind(service);
      service.delete = async (params) => {
        const locale = await service.findById(params.id);
        if (locale && NEWSROOM_LOCALES.some((newsroomLocale) => newsroomLocale.code === locale.code))
          throw new errors.ForbiddenError(NEWSROOM_LOCALE_KEPT, {
            message: { en: NEWSROOM_LOCALE_KEPT, ar: 'هذه اللغة من لغات غرفة الأخبار: لا يمكن حذفها' },
            locale: locale.code,
          });
        return deleteLocale(params);
      };
    },

    async defaultLocale(): Promise<string> {
      const code = await i18nLocales().getDefaultLocale();
      return typeof code === 'string' ? code : DEFAULT_LOCALE;
    },
  };
};

export default locales;

declare module '../services-registry' {
  interface NewsroomServices {
    locales: ReturnType<typeof locales>;
  }
}
