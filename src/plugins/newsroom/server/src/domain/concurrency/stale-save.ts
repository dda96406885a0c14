import { isolate, versionName, type Bilingual } from '../../../../core/workflow/messages';
import { formatInZone } from '../../../../core/workflow/timezone';

/** Who last changed the draft, and when, as the history recorded it (null when it does not know). */
export interface LastChange {
  locale: string;
  /** A display name, or the actor id (`admin:3`, `token:1`, `system:scheduler`). */
  by: string | null;
  at: string | null;
}

export interface TimeSettings {
  timezone: string;
  dateLocales: { ar: string; en: string };
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The 409 of a save based on a version that is no longer the draft's, naming who changed it and when:
 * "The Arabic version was changed by Sara at 5 December 2026 at 10:42 GMT+3 after you opened it; …" /
 * «عُدّلت النسخة العربية بواسطة سارة في ٥ ديسمبر ٢٠٢٦ في ١٠:٤٢ غرينتش+٣ بعد أن فتحتها؛ …».
 */
export const staleSaveMessage = (change: LastChange, time: TimeSettings): Bilingual => {
  const version = versionName(change.locale);
  const instant = change.at ? new Date(change.at) : null;
  const at =
    instant && !Number.isNaN(instant.getTime())
      ? {
          en: ` at ${formatInZone(instant, time.timezone, 'en', { intlLocale: time.dateLocales.en })}`,
          ar: ` في ${formatInZone(instant, time.timezone, 'ar', { intlLocale: time.dateLocales.ar })}`,
        }
      : { en: '', ar: '' };
  const by = change.by ? { en: ` by ${change.by}`, ar: ` بواسطة ${isolate(change.by)}` } : { en: '', ar: '' };
  return {
    en:
      `${capitalized(version.en)} was changed${by.en}${at.en} after you opened it; saving would overwrite that ` +
      'change. Nothing was saved: reload to see the changes, then edit again.',
    ar:
      `عُدّلت ${version.ar}${by.ar}${at.ar} بعد أن فتحتها؛ كان حفظك سيمحو ذلك التعديل. ` +
      'لم يُحفظ شيء: أعد التحميل لترى التغييرات ثم عدّل من جديد.',
  };
};

/** 400 for an `If-Match` that is not a version hash: names the header and the expected form. */
export const invalidBaseMessage = (value: string): Bilingual => ({
  en: `If-Match: "${value}" is not a version of this article; send the "x-newsroom-version" a draft read answered with, in quotes`,
  ar: `If-Match: القيمة ${isolate(`"${value}"`)} ليست نسخة من هذا المقال؛ أرسل قيمة الترويسة x-newsroom-version التي أجابت بها قراءة المسودة، بين علامتَي تنصيص`,
});
