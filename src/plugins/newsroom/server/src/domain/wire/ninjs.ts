import { storyFromAgencyFields } from './agency-story';
import type { AgencyFields } from './agency-story';
import { WireInputError } from './errors';
import type { ParsedStory } from './story';

/**
 * IPTC ninjs (News in JSON) 2.x, with the 1.x names still sent by agencies and Superdesk's own
 * (`headline`, `body_html`, `body_text`, `byline`, `guid`, `subject`, `description_text`):
 *   uri / guid → the agency id        version, urgency → as given         embargoed → embargoUntil
 *   headlines[] / headline            bodies[] / body_html / body_text    by / byline → authors and sources
 *   located → dateline                subjects[].name, keywords[] → keywords   infosources[].name → sources
 *   descriptions[] / description_text → standfirst                        firstcreated / versioncreated → original time
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** The value of the item with the role wanted (or no role), else the first: "main" headline, "summary" description. */
function byRole(list: unknown, role: string): string | undefined {
  const items = objects(list).filter((item) => text(item.value) !== undefined);
  const chosen = items.find((item) => item.role === role) ?? items.find((item) => item.role === undefined) ?? items[0];
  return chosen ? text(chosen.value) : undefined;
}

function ninjsBody(item: Json): AgencyFields['body'] {
  const bodies = objects(item.bodies).filter((body) => text(body.value) !== undefined);
  const markupBody = bodies.find((body) => typeof body.contenttype === 'string' && /html|xml/i.test(body.contenttype));
  const plainBody = bodies.find((body) => !markupBody || body !== markupBody);
  if (markupBody) return { markup: String(markupBody.value) };
  if (plainBody) return { text: String(plainBody.value) };
  if (text(item.body_html)) return { markup: String(item.body_html) };
  return { text: text(item.body_text) ?? '' };
}

function names(list: unknown): string[] {
  return objects(list).flatMap((entry) => (text(entry.name) ? [String(entry.name)] : []));
}

/** One ninjs object as a story; a WireInputError naming the file (and line) when it is not one. */
export function storyFromNinjs(value: unknown, file: string, line = 1): ParsedStory {
  if (!isObject(value)) throw new WireInputError(file, 'ninjs: not a JSON object', line);
  const id = text(value.uri) ?? text(value.guid);
  if (!id) throw new WireInputError(file, 'ninjs: "uri" (the item\'s id) is missing', line);
  const keywords = [
    ...names(value.subjects),
    ...names(value.subject),
    ...(Array.isArray(value.keywords) ? value.keywords.filter((word): word is string => typeof word === 'string') : []),
  ];
  const located = text(value.located) ?? (isObject(value.dateline) ? text(value.dateline.text) : undefined);
  const fields: AgencyFields = {
    id,
    ...(text(value.version) || typeof value.version === 'number' ? { version: String(value.version) } : {}),
    urgency: value.urgency,
    headline: byRole(value.headlines, 'main') ?? text(value.headline) ?? text(value.title),
    byline: text(value.by) ?? text(value.byline),
    ...(located ? { dateline: located } : {}),
    embargoed: text(value.embargoed),
    created: text(value.firstcreated) ?? text(value.versioncreated),
    summary: byRole(value.descriptions, 'summary') ?? text(value.description_text),
    body: ninjsBody(value),
    keywords,
    sources: names(value.infosources),
    url: id,
  };
  return storyFromAgencyFields(fields, { file, line, format: 'ninjs' });
}
