import { zonedParts, zonedWallTimeToUtc } from '../../../../core/workflow/timezone';

/**
 * The home page's newsroom blocks (GET /newsroom/home/desk): the pure decisions — what "today" is in the
 * newsroom's zone, whether the desks configuration makes the user a desk editor, which stories are "mine".
 */

/** Lines per block: the widget shows about five and scrolls. */
export const LINES_PER_BLOCK = 10;
/** Rows read per block before the read-permission check drops some (an Author restricted to their own). */
export const CANDIDATES_PER_BLOCK = 60;

/** The signed-in admin user as the desks configuration names people: by id or by e-mail. */
export interface DeskUser {
  readonly id: string;
  readonly email?: string | null;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The first instant of a calendar day in a zone (midnight, or the first hour that exists where DST skips it). */
function startOfDay(year: number, month: number, day: number, timeZone: string): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  const wall = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  for (const hour of ['00', '01', '02']) {
    const found = zonedWallTimeToUtc(`${wall}T${hour}:00`, timeZone);
    if (found.ok) return found.at;
  }
  throw new Error(`no start of ${wall} in ${timeZone}`);
}

/** Today in the newsroom's zone, as a UTC interval [start, end). */
export function todayInZone(now: Date, timeZone: string): { start: Date; end: Date } {
  const { year, month, day } = zonedParts(now, timeZone);
  return { start: startOfDay(year, month, day, timeZone), end: startOfDay(year, month, day + 1, timeZone) };
}

/** Whether a desk's configured editors (ids or e-mails, e-mails in any case) name this user. */
export function namesUser(editors: readonly string[], user: DeskUser): boolean {
  const email = user.email?.toLowerCase();
  return editors.some((entry) => entry === user.id || (email !== undefined && entry.toLowerCase() === email));
}

/** Whether the user edits any desk: then "In review" lists their desks' stories only. */
export function isDeskEditor(desks: Readonly<Record<string, readonly string[]>>, user: DeskUser): boolean {
  return Object.values(desks).some((editors) => namesUser(editors, user));
}

/** A story is the user's when they created that locale or submitted it (the desk's "writer"). */
export function isWriter(userId: string, story: { creator?: string; submitters: readonly string[] }): boolean {
  return story.creator === userId || story.submitters.includes(userId);
}

/** The first `limit` items that pass `keep`, in order. */
export function firstKept<T>(items: readonly T[], keep: (item: T) => boolean, limit = LINES_PER_BLOCK): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length >= limit) break;
    if (keep(item)) kept.push(item);
  }
  return kept;
}
