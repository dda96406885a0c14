import ar from './ar.json';
import en from './en.json';
import { withFieldTexts, type EditLayout } from '../utils/fieldTexts';

/** Strapi keeps the interface language in the browser's storage under this key (admin reducer). */
const LANGUAGE_KEY = 'strapi-admin-language';

/** The interface language as the admin stored it (the edit layout hook runs outside React's intl context). */
const interfaceLanguage = (): 'ar' | 'en' => {
  const stored = window.localStorage.getItem(LANGUAGE_KEY) ?? document.documentElement.lang;
  return stored?.startsWith('ar') ? 'ar' : 'en';
};

/**
 * The Content Manager's `mutate-edit-view-layout` hook: the edit form's hints and placeholders in the interface
 * language (utils/fieldTexts.ts). Computed when the edit view loads its layout: after a change of language the
 * next edit view opened shows the new one.
 */
export const translateFieldTexts = <L extends EditLayout>(args: { layout: L; query: unknown }) => ({
  ...args,
  layout: withFieldTexts(args.layout, interfaceLanguage() === 'ar' ? ar : en),
});
