import { CheckCircle, Clock, Eye, Message, Pencil, User } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { HomeBlock } from '../../../shared/contracts/home';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';

/** What `app.widgets.register` takes: Strapi's widget description (not exported by name). */
type WidgetArgs = Exclude<Parameters<StrapiApp['widgets']['register']>[0], unknown[] | ((...args: never[]) => unknown)>;
type WidgetList = Extract<Parameters<StrapiApp['widgets']['register']>[0], unknown[]>;

/**
 * Strapi's home widgets the newsroom's replace: the Strapi Cloud upsell (`admin.deploy-now`, shown in development
 * when `@strapi/plugin-cloud` is installed), the Content Manager's last edited / last published entries (the
 * newsroom's blocks list them with their workflow stage and headlines isolated) and its Draft/Published chart
 * (the workflow's stages, not Strapi's two statuses, say where a story is), and the project statistics (counts
 * of webhooks and API tokens; 5.54 shows them to every role, not only the super admin its `roles` names). The
 * profile stays, after the newsroom's blocks.
 */
export const REPLACED_WIDGETS: ReadonlySet<string> = new Set([
  'admin.deploy-now',
  'content-manager.last-edited-entries',
  'content-manager.last-published-entries',
  'content-manager.chart-entries',
  'admin.key-statistics',
]);

const BLOCKS: ReadonlyArray<{ block: HomeBlock; id: string; icon: WidgetArgs['icon']; title: string }> = [
  { block: 'assignedToMe', id: 'assigned-to-me', icon: User, title: 'Assigned to me' },
  { block: 'inReview', id: 'in-review', icon: Eye, title: 'In review' },
  { block: 'changesRequested', id: 'changes-requested', icon: Pencil, title: 'Changes requested on my stories' },
  { block: 'scheduledToday', id: 'scheduled-today', icon: Clock, title: 'Scheduled today' },
  { block: 'recentlyPublished', id: 'recently-published', icon: CheckCircle, title: 'Recently published' },
];

/** The newsroom's five blocks as Strapi home widgets; they share one request (GET /newsroom/home/desk). */
export const newsroomWidgets = (): WidgetArgs[] =>
  BLOCKS.map(({ block, id, icon, title }) => ({
    pluginId: PLUGIN_ID,
    id,
    icon,
    title: { id: getTranslation(`home.${block}.title`), defaultMessage: title },
    component: async () => (await import('./StoryBlock')).storyBlockWidget(block),
    // Whoever may read articles; the server then keeps the stories each user may read.
    permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' }],
  }));

/** The Mentions block (the notification centre's mentions): every signed-in user has notifications. */
const mentionsWidget = (): WidgetArgs => ({
  pluginId: PLUGIN_ID,
  id: 'mentions',
  icon: Message,
  title: { id: getTranslation('home.mentions.title'), defaultMessage: 'Mentions' },
  component: async () => (await import('./MentionsBlock')).default,
  permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' }],
});

/** The home page: the newsroom's blocks first, then Strapi's widgets the newsroom does not replace. */
export const withNewsroomHome = (widgets: WidgetList): WidgetList => [
  ...newsroomWidgets(),
  mentionsWidget(),
  ...widgets.filter((widget) => !REPLACED_WIDGETS.has(`${widget.pluginId ?? 'global'}.${widget.id}`)),
];
