import { matchKey } from '../text';

/**
 * Mentions in a comment's text. The panel writes a picked admin user as the token `@[name](id)`: the id is what
 * counts (notifications, validation), the name is what the writer saw when picking, kept so that the text reads
 * on its own; the panel shows the user's current name instead when it has one.
 */
const MENTION = /@\[([^\]\n]{1,100})\]\((\d{1,10})\)/g;

export type CommentPart = { kind: 'text'; text: string } | { kind: 'mention'; userId: number; label: string };

/** The text cut into plain runs and mentions, in order (a text without mentions is one run). */
export const commentParts = (text: string): CommentPart[] => {
  const parts: CommentPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'mention', userId: Number(match[2]), label: match[1] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
};

/** The users a text mentions, each once, in the order of their first mention. */
export const mentionedUserIds = (text: string): number[] => [
  ...new Set(commentParts(text).flatMap((part) => (part.kind === 'mention' && part.userId > 0 ? [part.userId] : []))),
];

/** The text as a line of a notification or a list: mentions as `@name`, whitespace folded. */
export const plainText = (text: string): string =>
  commentParts(text)
    .map((part) => (part.kind === 'text' ? part.text : `@${part.label}`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** The first `max` characters of the plain text (never cutting a surrogate pair), for the outbox event. */
export const excerpt = (text: string, max = 200): string => Array.from(plainText(text)).slice(0, max).join('');

/** The comparison form of a name: the Arabic spelling variants folded (أحمد, احمد, إحمد), Latin case folded. */
const nameKey = (text: string): string => matchKey(text).toLowerCase();

/**
 * Does what the writer typed after `@` match this name? Each typed word must begin a word of the name, in any
 * order, compared on the normalized form: «احمد» finds «أحمد الكعبي», «kaabi ahm» finds «Ahmed Al-Kaabi».
 */
export const nameMatches = (query: string, name: string): boolean => {
  const typed = nameKey(query)
    .split(/[\s\-_.]+/)
    .filter(Boolean);
  if (typed.length === 0) return true;
  const words = nameKey(name)
    .split(/[\s\-_.]+/)
    .filter(Boolean);
  return typed.every((part) =>
    words.some((word) => word.startsWith(part) || word.replace(/^(ال|al)/, '').startsWith(part)),
  );
};
