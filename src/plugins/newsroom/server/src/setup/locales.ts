import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, NEWSROOM_LOCALES } from '../../../core/model';

interface LocaleService {
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
