import { MEDIA_LIBRARY_AR } from './mediaLibraryArabic';

/**
 * Strapi's own messages the newsroom relabels or supplies (full keys, not prefixed). The list's status column is
 * Strapi's draft/published state, which describes the public version only; the workflow stage is the status
 * (the newsroom's column), so Strapi's column says what it shows.
 *
 * Arabic: Strapi 5.54's Arabic pack lacks keys the newsroom's screens show (the admin logs each as a
 * MISSING_TRANSLATION on every page), and renders several buttons as a verb in the third person («يحفظ», "he
 * saves") where an Arabic interface says the action's noun («حفظ», "save"). Both are corrected here, for the
 * keys seen on the newsroom's screens (tests/e2e/admin-arabic.test.e2e.ts fails on a missing one).
 */
export const STRAPI_RELABELS: Record<string, Record<string, string>> = {
  en: { 'content-manager.containers.list.table-headers.status': 'Public version' },
  ar: {
    // The Media Library: @strapi/upload has no Arabic pack (mediaLibraryArabic.ts).
    ...MEDIA_LIBRARY_AR,
    'content-manager.containers.list.table-headers.status': 'النسخة العامة',
    // Missing from Strapi's Arabic pack.
    'content-manager.plugin.name': 'مدير المحتوى',
    // Yes/no switches (noindex): Strapi's Arabic pack says «خطأ» ("error") and «حقيقي» ("genuine") for false and true.
    'app.components.ToggleCheckbox.off-label': 'لا',
    'app.components.ToggleCheckbox.on-label': 'نعم',
    // The edit view's drawer on a phone (its panels and the actions menu).
    'content-manager.actions-drawer.open': 'فتح المزيد من الإجراءات',
    'content-manager.actions-drawer.close': 'إغلاق المزيد من الإجراءات',
    'content-manager.components.Blocks.dnd.instruction':
      'لإعادة ترتيب الكتل اضغط Command أو Control مع Shift والسهم إلى الأعلى أو إلى الأسفل',
    'content-manager.components.Blocks.expand': 'توسيع',
    'i18n.Settings.locales.modal.locales.label': 'اللغات',
    'search.placeholder': 'بحث',
    // The Media Library's title while a folder loads (no English message either: logged as missing in Arabic).
    'app.loading': 'جارٍ التحميل…',
    // A media field's dialog (@strapi/upload's legacy screens use these keys without its prefix; no English
    // message either). One key says both "the assets" and "the folders have finished loading".
    'list.asset.at.finished': 'اكتمل التحميل.',
    'view-switch.list': 'عرض القائمة',
    // The home page (the newsroom's blocks are Strapi widgets: home/widgets.ts).
    'HomePage.header.title': 'مرحبًا {name}',
    'HomePage.header.subtitle': 'مكتبك في غرفة الأخبار',
    'HomePage.addWidget.button': 'إضافة كتلة',
    'HomePage.addWidget.title': 'إضافة كتلة',
    'HomePage.addWidget.noWidgetsAvailable': 'لا كتل أخرى لإضافتها',
    'HomePage.widget.delete': 'حذف',
    'HomePage.widget.drag': 'اسحب لنقلها',
    'HomePage.widget.error': 'تعذّر تحميل محتوى الكتلة.',
    'HomePage.widget.loading': 'جارٍ تحميل محتوى الكتلة',
    'HomePage.widget.no-data': 'لا محتوى.',
    'HomePage.widget.no-permissions': 'ليست لديك صلاحية لرؤية هذه الكتلة',
    'widget.profile.title': 'الملف الشخصي',
    'global.profile.settings': 'إعدادات الملف الشخصي',
    // In the Arabic pack in English: the edit view's tabs, panels and the fields' length hints.
    'content-manager.containers.edit.tabs.draft': 'مسودة',
    'content-manager.containers.edit.tabs.published': 'منشور',
    'content-manager.containers.edit.panels.default.title': 'الوثيقة',
    'content-manager.preview.panel.title': 'المعاينة',
    'content-manager.pages.ListView.header-subtitle':
      '{number, plural, =0 {لا إدخالات} one {إدخال واحد} two {إدخالان} few {# إدخالات} other {# إدخالاً}}',
    'content-manager.preview.panel.button': 'فتح المعاينة',
    // The unit follows the number, in the form Arabic gives it after that number (3 أحرف، 60 حرفًا، 200 حرف); a
    // range reads «من 3 إلى 255 حرفًا». Strapi's template put the unit after «على الأكثر» («200 على الأكثر حرفاً»).
    'content-manager.form.Input.hint.character.unit':
      '{maxValue, plural, zero { حرف} one { حرف} two { حرفان} few { أحرف} many { حرفًا} other { حرف}}',
    'content-manager.form.Input.hint.text':
      '{min, select, undefined {{max, select, undefined {} other {{max}{unit} على الأكثر}}} other {{max, select, undefined {{min}{unit} على الأقل} other {من {min} إلى {max}{unit}}}}}{br}{description}',
    // The edit view's back link: «الى الوراء» ("to the rear", and without the hamza of «إلى») in Strapi's pack.
    'global.back': 'رجوع',
    // Verbs in the third person where the interface names an action.
    'global.save': 'حفظ',
    'global.search': 'بحث',
    'app.components.Button.confirm': 'تأكيد',
    'app.components.LeftMenuFooter.help': 'مساعدة',
    'app.utils.close-label': 'إغلاق',
    'app.utils.delete': 'حذف',
    'app.utils.duplicate': 'نسخ',
    'app.utils.edit': 'تعديل',
    'Settings.permissions.conditions.apply': 'تطبيق',
    'Settings.roles.form.permissions.publish': 'نشر',
    'Settings.roles.form.permissions.read': 'قراءة',
    'Settings.tokens.Button.cancel': 'إلغاء',
    // The blocks editor's toolbar and link popover (the body of every article), in English in Strapi's Arabic pack.
    'components.Blocks.blocks.text': 'نص',
    'components.Blocks.blocks.heading1': 'عنوان 1',
    'components.Blocks.blocks.heading2': 'عنوان 2',
    'components.Blocks.blocks.heading3': 'عنوان 3',
    'components.Blocks.blocks.heading4': 'عنوان 4',
    'components.Blocks.blocks.heading5': 'عنوان 5',
    'components.Blocks.blocks.heading6': 'عنوان 6',
    'components.Blocks.blocks.code': 'كتلة برمجية',
    'components.Blocks.blocks.code.languageLabel': 'اختر لغة',
    'components.Blocks.blocks.image': 'صورة',
    'components.Blocks.blocks.orderedList': 'قائمة مرقّمة',
    'components.Blocks.blocks.unorderedList': 'قائمة نقطية',
    'components.Blocks.blocks.quote': 'اقتباس',
    'components.Blocks.blocks.selectBlock': 'اختر نوع الكتلة',
    'components.Blocks.link': 'رابط',
    'components.Blocks.modifiers.bold': 'عريض',
    'components.Blocks.modifiers.italic': 'مائل',
    'components.Blocks.modifiers.underline': 'تحته خط',
    'components.Blocks.modifiers.strikethrough': 'يتوسطه خط',
    'components.Blocks.modifiers.code': 'شيفرة ضمن السطر',
    'components.Blocks.popover.link': 'رابط',
    'components.Blocks.popover.link.placeholder': 'الصق الرابط',
    'components.Blocks.popover.link.rel': 'Rel (اختياري)',
    'components.Blocks.popover.link.target': 'الهدف (اختياري)',
    'components.Blocks.popover.remove': 'إزالة',
    'components.Blocks.popover.text': 'النص',
    'components.Blocks.popover.text.placeholder': 'اكتب نص الرابط',
    // A media field's empty state (the cover, the social image), in English in Strapi's Arabic pack.
    'upload.mediaLibraryInput.placeholder': 'انقر لإضافة ملف، أو اسحبه وأفلته هنا',
    // The Media Library banner over every screen, in English in Strapi's Arabic pack. The newsroom closes it
    // (utils/strapiAnnouncements.ts) where it knows Strapi's key: these are for an instance where it does not.
    'app.components.MediaLibraryBanner.intro': 'مكتبة الوسائط الجديدة: ',
    'app.components.MediaLibraryBanner.text.enabled': 'أنت تستخدم الآن نسختها المجدَّدة.',
    'app.components.MediaLibraryBanner.text': 'راجع التوثيق لتعرف كيف تنتقل إلى النسخة الجديدة.',
    'app.components.MediaLibraryBanner.button.enabled': 'اقرأ الإعلان',
    'app.components.MediaLibraryBanner.button': 'التوثيق',
    'app.components.MediaLibraryBanner.close': 'إغلاق الشريط',
    // The edit view's actions menu (its button's name), missing from Strapi's Arabic pack.
    'content-manager.containers.edit.panels.default.more-actions': 'المزيد من إجراءات الوثيقة',
    // Strapi's i18n plugin has no Arabic pack: the edit view's language actions (bulk publish, fill in from
    // another locale, delete a locale) and the fields' localized hints were in English.
    'i18n.CMEditViewBulkLocale.publish-title': 'نشر عدة لغات',
    'i18n.CMEditViewBulkLocale.unpublish-title': 'إلغاء نشر عدة لغات',
    'i18n.CMEditViewBulkLocale.status': 'الحالة',
    'i18n.CMEditViewBulkLocale.publication-status': 'حالة النشر',
    'i18n.CMEditViewBulkLocale.draft-relation-warning':
      'بعض اللغات مرتبطة بمدخلات ما زالت مسودات، وقد يترك نشرها روابط معطّلة في الموقع.',
    'i18n.CMEditViewBulkLocale.continue-confirmation': 'هل تريد المتابعة؟',
    'i18n.actions.delete.label': 'حذف الإدخال ({locale})',
    'i18n.actions.delete.dialog.body': 'هل تريد حذف نسخة هذه اللغة؟',
    'i18n.actions.delete.error': 'حدث خطأ أثناء حذف نسخة هذه اللغة.',
    'i18n.CMEditViewCopyLocale.copy-failure': 'تعذّر النسخ من اللغة الأخرى',
    'i18n.CMEditViewCopyLocale.copy-success': 'نُسخ المحتوى من اللغة الأخرى',
    'i18n.CMEditViewCopyLocale.copy-text': 'املأ من لغة أخرى',
    'i18n.CMEditViewCopyLocale.cancel-text': 'لا، إلغاء',
    'i18n.CMEditViewCopyLocale.submit-text': 'نعم، املأ',
    'i18n.CMEditViewCopyLocale.dialog.title': 'تأكيد',
    'i18n.CMEditViewCopyLocale.dialog.body': 'سيُمحى المحتوى الحالي ويُملأ بمحتوى اللغة المختارة:',
    'i18n.CMEditViewCopyLocale.dialog.field.label': 'اللغة',
    'i18n.CMEditViewCopyLocale.dialog.field.placeholder': 'اختر لغة…',
    'i18n.CMEditViewLocalePicker.locale.create': 'إنشاء نسخة <bold>{locale}</bold>',
    'i18n.CMListView.popover.display-locales.label': 'عرض اللغات المترجمة',
    'i18n.CMListView.popover.display-locales.more': '{locales} و{count} غيرها',
    'i18n.Field.localized': 'هذه القيمة خاصة باللغة المختارة',
    'i18n.Field.not-localized': 'هذه القيمة مشتركة بين كل اللغات',
  },
};
