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
    'content-manager.form.Input.hint.character.unit': '{maxValue, plural, one { حرف} other { حرفاً}}',
    'content-manager.form.Input.hint.text':
      '{min, select, undefined {} other {{min} على الأقل}}{divider}{max, select, undefined {} other {{max} على الأكثر}}{unit}{br}{description}',
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
  },
};
