import { useEffect } from 'react';
import { unstable_useContentManagerContext as useContentManagerContext, useQueryParams } from '@strapi/strapi/admin';
import { useDirectionSettings } from '../hooks/useDirectionSettings';
import { blocksDirection, fieldDirection, isUidField, type SchemaForDirection } from '../utils/fieldDirection';
import { endActionPaddingKeeper } from './endActionPadding';

type LocaleQuery = { plugins?: { i18n?: { locale?: string } } };

const TEXT_INPUTS = 'input[name]:not([type]), input[name][type="text"], input[name][type="search"], textarea[name]';
const BLOCKS_EDITORS = '[data-slate-editor="true"]';

const setDir = (element: Element, dir: string) => {
  if (element.getAttribute('dir') !== dir) element.setAttribute('dir', dir);
};

/**
 * The blocks editor's box pads the side its drag handles are on, laid out for the interface's direction (the
 * admin is mirrored as a whole when its language is right to left); for text in the other direction the sides
 * are swapped, so the text starts at the edge like every other field.
 */
const mirrorBlocksPadding = (editor: Element, dir: string) => {
  const box = editor.parentElement;
  const interfaceDir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  const key = `${dir}/${interfaceDir}`;
  if (!box || box.dataset.newsroomDir === key) return;
  box.style.paddingLeft = '';
  box.style.paddingRight = '';
  if (dir !== interfaceDir) {
    const { paddingLeft, paddingRight } = window.getComputedStyle(box);
    box.style.paddingLeft = paddingRight;
    box.style.paddingRight = paddingLeft;
  }
  box.dataset.newsroomDir = key;
};

/**
 * Gives the edit form's text inputs, text areas and blocks editors the direction of the document's locale
 * (Arabic right to left, English left to right, `auto` where the field's language is unknown). The Content
 * Manager has no option for it, so this renders nothing and sets `dir` on the fields as they appear. Slugs
 * also get the room for their regenerate button on the side it is drawn on (`endActionPadding.ts`).
 */
export const EditDirection = () => {
  const { contentType } = useContentManagerContext();
  const [{ query }] = useQueryParams<LocaleQuery>();
  const settings = useDirectionSettings();
  const locale = query.plugins?.i18n?.locale ?? settings?.defaultLocale;
  const schema = contentType as SchemaForDirection | undefined;

  useEffect(() => {
    if (!schema?.attributes || !settings || !locale) return undefined;
    const root = document.querySelector('main') ?? document.body;
    const slugPadding = endActionPaddingKeeper();
    const apply = () => {
      root.querySelectorAll<HTMLElement>(TEXT_INPUTS).forEach((input) => {
        const name = input.getAttribute('name') ?? '';
        const dir = fieldDirection(schema, name, locale, settings.rtlLocales);
        if (dir) setDir(input, dir);
        if (isUidField(schema, name)) slugPadding.watch(input);
      });
      const blocksDir = blocksDirection(schema, locale, settings.rtlLocales);
      root.querySelectorAll(BLOCKS_EDITORS).forEach((editor) => {
        setDir(editor, blocksDir);
        mirrorBlocksPadding(editor, blocksDir);
      });
    };
    apply();
    // Fields mount later (tabs, components, repeatable entries): watch for new nodes, not attributes.
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      slugPadding.disconnect();
    };
  }, [schema, settings, locale]);

  return null;
};
