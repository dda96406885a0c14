/**
 * Who did something, as the interface names them: a person's name when the server sent one, the newsroom's own
 * processes (`system:scheduler`, `system:import`, …) by a label in the interface's language, else the id as sent.
 */
export const SYSTEM_ACTORS = ['scheduler', 'import', 'seed', 'code'] as const;

type Translate = (id: string, defaultMessage: string) => string;

const SYSTEM_DEFAULTS: Record<(typeof SYSTEM_ACTORS)[number], string> = {
  scheduler: 'Scheduler',
  import: 'Wire import',
  seed: 'Demo content',
  code: 'The newsroom',
};

export const actorLabel = (actorId: string, names: Record<string, string | undefined>, t: Translate): string => {
  const name = names[actorId];
  if (name) return name;
  const system = /^system:([a-z-]+)$/.exec(actorId)?.[1];
  const known = SYSTEM_ACTORS.find((what) => what === system);
  return known ? t(`actor.system.${known}`, SYSTEM_DEFAULTS[known]) : actorId;
};
