import { Calendar as CalendarIcon, Upload } from '@strapi/icons';
import { ARTICLE_UID } from '../../core/model';
import { NotificationBell } from './components/notifications/NotificationBell';
import type {
  DocumentActionComponent,
  HeaderActionComponent,
  PanelComponent,
} from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import { mirrorPointingIcons } from './rtl/pointingIcons';
import { CommentsPanel } from './components/CommentsPanel';
import { CopyDeskPanel } from './components/CopyDeskPanel';
import { DirectionCheckPanel } from './components/DirectionCheck';
import { SeoPanel } from './components/SeoPreview';
import { EditDirection } from './components/EditDirection';
import { EditingNotice } from './components/concurrency/EditingNotice';
import { useEditViewReadOnly } from './components/editLock/editViewReadOnly';
import { disabledWhenReadOnly } from './components/editLock/readOnlyActions';
import { trackDraftVersions } from './concurrency/draftVersions';
import { localizeRefusals } from './i18n/localizeRefusals';
import { relabelLocaleNames } from './i18n/localeNames';
import { closeStrapiAnnouncements } from './utils/strapiAnnouncements';
import { TopicsPanel } from './components/TopicsPanel';
import { addWorkflowColumns } from './components/list/columns';
import { WorkflowListFilters } from './components/list/WorkflowListFilters';
import { WorkflowPanel } from './components/WorkflowPanel';
import { PublishingNote } from './components/status/PublishingNote';
import { ProposedTitleMarker } from './components/ProposedTitleMarker';
import {
  MENU_TRANSITIONS,
  onlyWhenAllowed,
  PRIMARY_TRANSITION,
  StageStatus,
} from './components/status/workflowActions';
import { withNewsroomHome } from './home/widgets';
import { IMPORT_PERMISSIONS } from './pages/importPermissions';
import { contentTypeMessages } from './translations/contentTypeLabels';
import { translateFieldTexts } from './translations/fieldTextMessages';
import { STRAPI_RELABELS } from './translations/strapiRelabels';

type TranslationModule = { default: Record<string, string> };
const translationLoaders: Record<string, () => Promise<TranslationModule>> = {
  ar: () => import('./translations/ar.json'),
  en: () => import('./translations/en.json'),
};

/** Prefixes the plugin's keys with its id, as the admin expects for plugin translations. */
const prefixed = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

/**
 * Strapi's Publish and Unpublish gated by the workflow state (articles only), the transition that takes
 * Publish's place right after it, and the other transitions after Save, where the actions menu lists them.
 */
const withWorkflowActions = (actions: DocumentActionComponent[]): DocumentActionComponent[] =>
  actions.flatMap((action) => {
    if (action.type === 'publish') return [onlyWhenAllowed(action), PRIMARY_TRANSITION];
    if (action.type === 'unpublish') return [onlyWhenAllowed(action)];
    if (action.type === 'update') return [disabledWhenReadOnly(action), ...MENU_TRANSITIONS];
    return [disabledWhenReadOnly(action)];
  });

export default {
  register(app: StrapiApp) {
    // `useEditViewReadOnly`: the Content Manager's edit form is read only, with the reason, where the user may not
    // edit (the patched edit view calls it: patches/@strapi+content-manager+5.54.0.patch).
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID, apis: { useEditViewReadOnly } });
    // The article list: stage and assignee columns (its filters are injected in bootstrap).
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addWorkflowColumns);
    // The edit form's hints and placeholders in the interface language (Strapi stores one string per field).
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', translateFieldTexts);
    // Import wire copy: pasted or uploaded copy becomes drafts (for whoever may create articles).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/import`,
      icon: Upload,
      intlLabel: { id: `${PLUGIN_ID}.import.title`, defaultMessage: 'Import wire copy' },
      Component: () => import('./pages/ImportPage'),
      permissions: IMPORT_PERMISSIONS,
    });
    // The planning calendar: every reader of articles (each entry is checked against the user's own permission).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/calendar`,
      icon: CalendarIcon,
      intlLabel: { id: `${PLUGIN_ID}.calendar.title`, defaultMessage: 'Planning calendar' },
      Component: () => import('./pages/CalendarPage'),
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID }],
    });
    // The notification centre, with the unread count on its menu icon (every signed-in user has one).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/notifications`,
      icon: NotificationBell,
      intlLabel: { id: `${PLUGIN_ID}.notifications.title`, defaultMessage: 'Notifications' },
      Component: () => import('./pages/NotificationsPage'),
      permissions: [],
    });
    // The home page: the newsroom's blocks for the signed-in user in place of Strapi's marketing and entry widgets.
    app.widgets.register(withNewsroomHome);
    // An article locale's versions and their differences: opened from the edit view, so no menu link.
    app.router.addRoute({
      path: `plugins/${PLUGIN_ID}/history/:documentId`,
      lazy: async () => ({ Component: (await import('./pages/HistoryPage')).default }),
    });
  },

  bootstrap(app: StrapiApp) {
    mirrorPointingIcons();
    // The newsroom's refusals in the interface language in Strapi's own toasts (a refused Publish or Save).
    localizeRefusals();
    // «العربية (ar)» in the Arabic interface, where Strapi shows the stored «Arabic (ar)».
    relabelLocaleNames();
    // Strapi's announcements (its new Media Library, the guided tour), in English over the editors' screens until
    // closed: closed for them. Only Vite's dev server (strapi develop) gives a module import.meta.hot; a build
    // replaces it with undefined. (import.meta.env.DEV is no sign: Strapi sets NODE_ENV=development while it builds.)
    closeStrapiAnnouncements(window.localStorage, {
      developing: (import.meta as unknown as { hot?: unknown }).hot !== undefined,
    });
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: {
        addEditViewSidePanel(panels: PanelComponent[]): void;
        addDocumentAction(reducer: (actions: DocumentActionComponent[]) => DocumentActionComponent[]): void;
        addDocumentHeaderAction(actions: HeaderActionComponent[]): void;
      };
      injectComponent(
        view: 'editView' | 'listView',
        zone: 'right-links' | 'actions',
        component: { name: string; Component: () => JSX.Element | null },
      ): void;
    };
    contentManager.apis.addEditViewSidePanel([
      WorkflowPanel,
      TopicsPanel,
      CopyDeskPanel,
      DirectionCheckPanel,
      SeoPanel,
      CommentsPanel,
    ]);
    // One status: the workflow stage is the status the edit view shows, and its moves are the document actions.
    contentManager.apis.addDocumentAction(withWorkflowActions);
    contentManager.apis.addDocumentHeaderAction([StageStatus]);
    // Concurrent editing: the Content Manager's article saves carry the version they started from (If-Match),
    // and the edit view names who else has the story open and shows a save refused as stale.
    trackDraftVersions();
    contentManager.injectComponent('editView', 'right-links', {
      name: `${PLUGIN_ID}-editing-notice`,
      Component: EditingNotice,
    });
    contentManager.injectComponent('editView', 'right-links', {
      name: `${PLUGIN_ID}-publishing-note`,
      Component: PublishingNote,
    });
    // An imported article's title, while it is the headline the importer proposed: marked under the field.
    contentManager.injectComponent('editView', 'right-links', {
      name: `${PLUGIN_ID}-proposed-title`,
      Component: ProposedTitleMarker,
    });
    // Every content type's edit form: fields take the direction of the document's locale.
    contentManager.injectComponent('editView', 'right-links', {
      name: `${PLUGIN_ID}-edit-direction`,
      Component: EditDirection,
    });
    contentManager.injectComponent('listView', 'actions', {
      name: `${PLUGIN_ID}-workflow-filters`,
      Component: WorkflowListFilters,
    });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = translationLoaders[locale];
        if (!load) return { data: {}, locale };
        const { default: data } = await load();
        const language = locale === 'ar' ? 'ar' : 'en';
        // Content-type names and field labels, and Strapi's own messages the newsroom relabels or supplies.
        return {
          data: { ...prefixed(data), ...contentTypeMessages(language), ...STRAPI_RELABELS[locale] },
          locale,
        };
      }),
    );
  },
};
