import { REPLACED_WIDGETS, withNewsroomHome } from './widgets';

const strapiWidget = (pluginId: string, id: string) => ({
  pluginId,
  id,
  title: { id: `${pluginId}.${id}`, defaultMessage: id },
  component: async () => () => null,
});

describe('withNewsroomHome', () => {
  it('puts the newsroom’s five blocks and Mentions first and drops the Strapi widgets they replace', () => {
    const home = withNewsroomHome([
      strapiWidget('content-manager', 'last-edited-entries'),
      strapiWidget('content-manager', 'last-published-entries'),
      strapiWidget('admin', 'profile-info'),
      strapiWidget('content-manager', 'chart-entries'),
      strapiWidget('admin', 'key-statistics'),
      strapiWidget('admin', 'deploy-now'),
    ]);
    expect(home.map((widget) => `${widget.pluginId}.${widget.id}`)).toEqual([
      'newsroom.assigned-to-me',
      'newsroom.in-review',
      'newsroom.changes-requested',
      'newsroom.scheduled-today',
      'newsroom.recently-published',
      'newsroom.mentions',
      'admin.profile-info',
    ]);
    expect(REPLACED_WIDGETS.size).toBe(5);
  });

  it('gives each block a translated title and the article read permission', () => {
    for (const widget of withNewsroomHome([])) {
      expect(widget.title.id).toMatch(/^newsroom\.home\.\w+\.title$/);
      expect(widget.permissions).toEqual([
        { action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' },
      ]);
    }
  });
});
