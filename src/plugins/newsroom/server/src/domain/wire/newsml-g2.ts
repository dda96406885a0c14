import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { storyFromAgencyFields } from './agency-story';
import type { AgencyFields } from './agency-story';
import { WireInputError } from './errors';
import type { InputItem } from './input-item';

/**
 * IPTC NewsML-G2 news items, alone (`<newsItem>`) or in a `<newsMessage>`'s item sets, read with
 * fast-xml-parser (a dependency already, used by the sitemap and feed tests): validated first so a
 * malformed document is refused with its line, then parsed with the nesting limit the JSON bodies have
 * (`maxNestedTags` 64) and no DOCTYPE (no entity declarations, so no entity expansion).
 *   newsItem@guid → agency id     @version → version          itemMeta/embargoed → embargoUntil
 *   contentMeta/urgency           headline (role hdl:main)     by, creator/name → authors and sources
 *   dateline, located/name → dateline    subject/name, keyword → keywords    infoSource → sources
 *   description (drol:summary) → standfirst    contentSet inlineXML (XHTML) or inlineData (text) → body
 *   itemMeta/firstCreated, contentMeta/contentCreated or versionCreated → original time
 */
export const MAX_XML_NESTING = 64;

type Node = Record<string, unknown>;

const ALWAYS_LISTS = new Set([
  'newsItem',
  'itemSet',
  'headline',
  'by',
  'creator',
  'dateline',
  'description',
  'subject',
  'keyword',
  'infoSource',
  'name',
  'inlineXML',
  'inlineData',
  'located',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: ['*.inlineXML'],
  isArray: (name) => ALWAYS_LISTS.has(name),
  maxNestedTags: MAX_XML_NESTING,
});

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const nodes = (value: unknown): Node[] => list(value).filter(isNode);

/** The text of an element: a string, or its `#text` when it has attributes. */
function textOf(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value : isNode(value) ? value['#text'] : undefined;
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}

const texts = (value: unknown): string[] => list(value).flatMap((item) => textOf(item) ?? []);

/** The element with the role wanted (roles are QCodes: "hdl:main", "drol:summary"), else the first. */
function byRole(value: unknown, role: string): string | undefined {
  const items = list(value);
  const chosen = items.find((item) => isNode(item) && item['@role'] === role) ?? items[0];
  return textOf(chosen);
}

/** A subject's or creator's name: the first `name`, else its literal. */
function nameOf(node: Node): string | undefined {
  return texts(node.name)[0] ?? textOf(node['@literal']);
}

function bodyOf(item: Node): AgencyFields['body'] {
  const contentSet = isNode(item.contentSet) ? item.contentSet : {};
  const markup = list(contentSet.inlineXML)
    .map((entry) => (typeof entry === 'string' ? entry : textOf(entry)))
    .find((entry): entry is string => entry !== undefined);
  if (markup !== undefined) return { markup };
  return { text: texts(contentSet.inlineData)[0] ?? '' };
}

function fieldsOf(item: Node): AgencyFields | null {
  const id = textOf(item['@guid']);
  if (!id) return null;
  const itemMeta = isNode(item.itemMeta) ? item.itemMeta : {};
  const contentMeta = isNode(item.contentMeta) ? item.contentMeta : {};
  const located = nodes(contentMeta.located).flatMap((place) => texts(place.name))[0];
  const version = textOf(item['@version']);
  return {
    id,
    ...(version ? { version } : {}),
    urgency: textOf(contentMeta.urgency),
    headline: byRole(contentMeta.headline, 'hdl:main'),
    byline: texts(contentMeta.by)[0],
    creators: nodes(contentMeta.creator).flatMap((creator) => nameOf(creator) ?? []),
    dateline: texts(contentMeta.dateline)[0] ?? located,
    embargoed: textOf(itemMeta.embargoed),
    created: textOf(itemMeta.firstCreated) ?? textOf(contentMeta.contentCreated) ?? textOf(itemMeta.versionCreated),
    summary: byRole(contentMeta.description, 'drol:summary'),
    body: bodyOf(item),
    keywords: [
      ...nodes(contentMeta.subject).flatMap((subject) => nameOf(subject) ?? []),
      ...texts(contentMeta.keyword),
    ],
    sources: nodes(contentMeta.infoSource).flatMap((source) => nameOf(source) ?? []),
  };
}

/** Elements one document may hold: the `jsonContainers` count of the JSON bodies (a news item has a few hundred). */
export const MAX_XML_ELEMENTS = 60_000;

/**
 * Nesting and element count on the text, before the validator and parser build anything (a 4 MB document
 * nested 600,000 deep took 0.4 s to validate). Counts each "<" that opens or closes an element and each "/>";
 * a "<" inside a comment or CDATA counts too, which can only refuse sooner.
 */
function checkXmlShape(xml: string, file: string): void {
  let depth = 0;
  let elements = 0;
  for (let index = xml.indexOf('<'); index >= 0; index = xml.indexOf('<', index + 1)) {
    const next = xml.charCodeAt(index + 1);
    if (next === 0x2f /* / */) {
      depth -= 1;
      continue;
    }
    const isName = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x5f;
    if (!isName) continue;
    elements += 1;
    if (elements > MAX_XML_ELEMENTS)
      throw new WireInputError(
        file,
        `more than ${MAX_XML_ELEMENTS} XML elements / أكثر من ${MAX_XML_ELEMENTS} عنصر XML`,
      );
    const close = xml.indexOf('>', index);
    if (close > 0 && xml.charCodeAt(close - 1) === 0x2f) continue; // <empty/>
    depth += 1;
    if (depth > MAX_XML_NESTING)
      throw new WireInputError(
        file,
        `XML nested deeper than ${MAX_XML_NESTING} levels / تداخل أعمق من ${MAX_XML_NESTING} مستوى`,
      );
  }
}

/** The news items of a NewsML-G2 document: each a story or an error naming the file. */
export function readNewsMlG2(xml: string, file: string): InputItem[] {
  if (/<!DOCTYPE/i.test(xml)) throw new WireInputError(file, 'NewsML-G2: a DOCTYPE is not accepted');
  checkXmlShape(xml, file);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new WireInputError(file, `not well-formed XML (${valid.err.msg})`, valid.err.line);
  let document: Node;
  try {
    document = parser.parse(xml) as Node;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WireInputError(
      file,
      /nested/i.test(reason)
        ? `XML nested deeper than ${MAX_XML_NESTING} levels / تداخل أعمق من ${MAX_XML_NESTING} مستوى`
        : reason,
    );
  }
  const message = nodes(document.newsMessage)[0];
  const items = message ? nodes(message.itemSet).flatMap((set) => nodes(set.newsItem)) : nodes(document.newsItem);
  if (items.length === 0) throw new WireInputError(file, 'NewsML-G2: no newsItem (a newsItem or newsMessage root)');
  return items.map((item, index) => {
    const fields = fieldsOf(item);
    if (!fields) return { error: new WireInputError(file, `NewsML-G2: newsItem ${index + 1} has no guid`) };
    try {
      return { story: storyFromAgencyFields(fields, { file, line: 1, format: 'newsml-g2' }) };
    } catch (error) {
      return { error: error instanceof WireInputError ? error : new WireInputError(file, String(error)) };
    }
  });
}
