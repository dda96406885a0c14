import { Upload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import { CopyDeskPanel } from './components/CopyDeskPanel';
import { DirectionCheckPanel } from './components/DirectionCheck';
import { EditDirection } from './components/EditDirection';
import { TopicsPanel } from './components/TopicsPanel';
import { addWorkflowColumns } from './components/list/columns';
import { WorkflowListFilters } from './components/list/WorkflowListFilters';
import { WorkflowPanel } from './components/WorkflowPanel';
import { IMPORT_PERMISSIONS } from './pages/importPermissions';

type TranslationModule = { default: Record<string, string> };
const translationLoaders: Record<string, () => Promise<TranslationModule>> = {
  ar: () => import('./translations/ar.json'),
  en: () => import('./translations/en.json'),
};

/** Prefixes the plugin's keys with its id, as the admin expects for plugin translations. */
const prefixed = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    // The article list: stage and assignee columns (its filters are injected in bootstrap).
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addWorkflowColumns);
    // Import wire copy: pasted or uploaded copy becomes drafts (for whoever may create articles).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/import`,
      icon: Upload,
      intlLabel: { id: `${PLUGIN_ID}.import.title`, defaultMessage: 'Import wire copy' },
      Component: () => import('./pages/ImportPage'),
      permissions: IMPORT_PERMISSIONS,
    });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addEditViewSidePanel(panels: unknown[]): void };
      injectComponent(
        view: 'editView' | 'listView',
        zone: 'right-links' | 'actions',
        component: { name: string; Component: () => JSX.Element | null },
      ): void;
    };
    contentManager.apis.addEditViewSidePanel([WorkflowPanel, TopicsPanel, CopyDeskPanel, DirectionCheckPanel]);
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
        return { data: prefixed(data), locale };
      }),
    );
  },
};
