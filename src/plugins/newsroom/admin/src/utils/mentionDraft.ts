import type { CommentPartView, UserRef } from '../../../shared/contracts/comments';

/**
 * The composer shows a mention as `@name` and remembers whom each picked name stands for; the server reads the
 * token `@[name](id)` (server/src/domain/comments/mentions.ts). These turn one into the other.
 */

/** The text to send: each `@name` of a picked user becomes their token (longer names first, so «@Sara Ali» wins over «@Sara»). */
export const encodeMentions = (draft: string, picked: readonly UserRef[]): string => {
  const users = [...picked].sort((a, b) => b.name.length - a.name.length);
  let text = '';
  for (let at = 0; at < draft.length; ) {
    const user = draft[at] === '@' ? users.find((candidate) => draft.startsWith(`@${candidate.name}`, at)) : undefined;
    if (user) {
      text += `@[${user.name.replace(/[\]\n]/g, ' ')}](${user.id})`;
      at += user.name.length + 1;
    } else {
      text += draft[at];
      at += 1;
    }
  }
  return text;
};

/** A stored comment back into the composer: its text with `@name`, and the users it mentions. */
export const decodeMentions = (parts: readonly CommentPartView[]): { draft: string; picked: UserRef[] } => {
  const picked = new Map<number, UserRef>();
  const draft = parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      picked.set(part.userId, { id: part.userId, name: part.label });
      return `@${part.label}`;
    })
    .join('');
  return { draft, picked: [...picked.values()] };
};

/** The `@…` being typed just before the caret (a word, or nothing yet), or null when the caret is not in one. */
export const mentionQueryAt = (text: string, caret: number): { start: number; query: string } | null => {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@[\]()]{0,40})$/u.exec(before);
  if (!match) return null;
  return { start: before.length - match[2].length - 1, query: match[2] };
};

/** The draft with the `@query` at `start` replaced by `@name ` (the caret then goes after it). */
export const insertMention = (
  text: string,
  start: number,
  caret: number,
  name: string,
): { text: string; caret: number } => {
  const inserted = `@${name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
};
