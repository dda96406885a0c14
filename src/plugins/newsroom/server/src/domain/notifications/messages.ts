import type { NotificationKind } from '../../../../shared/contracts/notifications';

/**
 * A notification's words in the recipient's language: the line the notification centre shows, and the e-mail
 * (subject, plain text, HTML) built from it. Arabic HTML is `dir="rtl" lang="ar"`; the story's headline and the
 * people's names are the writers' text, so they are escaped and isolated (`<bdi>`) in either language.
 */
export type MessageLanguage = 'ar' | 'en';

export interface MessageFacts {
  kind: NotificationKind;
  title: string;
  /** null: the scheduler, or someone no longer known. */
  actorName: string | null;
  excerpt: string | null;
  /** The story in the admin (an absolute URL). */
  link: string;
}

type Line = (title: string, actor: string) => string;

const LINES: Record<MessageLanguage, Record<NotificationKind, Line>> = {
  ar: {
    assigned: (title, actor) => `أُسندت إليك القصة «${title}»${actor ? ` (أسندها ${actor})` : ''}`,
    changes_requested: (title, actor) => `طلب ${actor || 'محرر'} تعديلات على قصتك «${title}»`,
    approved: (title, actor) => `اعتمد ${actor || 'محرر'} قصتك «${title}»`,
    published: (title) => `نُشرت قصتك «${title}»`,
    scheduled: (title) => `جُدول نشر قصتك «${title}»`,
    mentioned: (title, actor) => `أشار إليك ${actor || 'زميل'} في تعليق على «${title}»`,
    reply: (title, actor) => `ردّ ${actor || 'زميل'} في نقاش شاركت فيه على «${title}»`,
    schedule_failed: (title) => `تعذّر النشر المجدول للقصة «${title}»: تغيّرت بعد اعتمادها`,
    schedule_held: (title) => `أُوقف النشر المجدول للقصة «${title}» لأنها محظورة النشر بعد`,
    embargo_lifted: (title) => `انتهى حظر النشر على القصة «${title}»`,
  },
  en: {
    assigned: (title, actor) => `“${title}” was assigned to you${actor ? ` by ${actor}` : ''}`,
    changes_requested: (title, actor) => `${actor || 'An editor'} requested changes to your story “${title}”`,
    approved: (title, actor) => `${actor || 'An editor'} approved your story “${title}”`,
    published: (title) => `Your story “${title}” was published`,
    scheduled: (title) => `Your story “${title}” was scheduled`,
    mentioned: (title, actor) => `${actor || 'A colleague'} mentioned you in a comment on “${title}”`,
    reply: (title, actor) => `${actor || 'A colleague'} replied in a thread you took part in on “${title}”`,
    schedule_failed: (title) => `The scheduled publish of “${title}” failed: it changed after approval`,
    schedule_held: (title) => `The scheduled publish of “${title}” was held: it is still under embargo`,
    embargo_lifted: (title) => `The embargo on “${title}” has lifted`,
  },
};

const UI: Record<MessageLanguage, { open: string; digest: (count: number) => string; footer: string }> = {
  ar: {
    open: 'افتح القصة',
    digest: (count) => `ملخّص إشعاراتك اليومي: ${count}`,
    footer: 'غيّر ما يصلك بالبريد من صفحة الإشعارات في لوحة التحرير.',
  },
  en: {
    open: 'Open the story',
    digest: (count) => `Your daily notifications digest: ${count}`,
    footer: 'Change what reaches you by e-mail on the Notifications page of the admin.',
  },
};

/** The recipient's language: their admin interface language when it is one of ours, Arabic otherwise. */
export const languageOf = (preferedLanguage: string | null | undefined): MessageLanguage =>
  preferedLanguage?.toLowerCase().startsWith('en') ? 'en' : 'ar';

const untitled = (language: MessageLanguage) => (language === 'ar' ? 'بلا عنوان' : 'Untitled');

/** The one line (plain text) the centre and the e-mail's subject show. */
export const lineOf = (facts: Omit<MessageFacts, 'link' | 'excerpt'>, language: MessageLanguage): string =>
  LINES[language][facts.kind](oneLine(facts.title) || untitled(language), oneLine(facts.actorName ?? ''));

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The line as HTML: the headline and the name isolated, so a Latin name in an Arabic line keeps its place. */
const htmlLineOf = (facts: MessageFacts, language: MessageLanguage): string => {
  const title = `<bdi>${escapeHtml(oneLine(facts.title) || untitled(language))}</bdi>`;
  const actor = facts.actorName ? `<bdi>${escapeHtml(oneLine(facts.actorName))}</bdi>` : '';
  // The templates only add fixed words around the two values, so escaping the rest is a no-op.
  return LINES[language][facts.kind](title, actor);
};

const page = (language: MessageLanguage, body: string): string =>
  `<!doctype html><html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"></head>` +
  `<body style="font-family:'Noto Naskh Arabic',Tahoma,Arial,sans-serif;line-height:1.6">${body}` +
  `<p style="color:#666;font-size:12px">${escapeHtml(UI[language].footer)}</p></body></html>`;

const itemHtml = (facts: MessageFacts, language: MessageLanguage): string =>
  `<p>${htmlLineOf(facts, language)}</p>` +
  (facts.excerpt ? `<blockquote dir="auto">${escapeHtml(facts.excerpt)}</blockquote>` : '') +
  `<p><a href="${escapeHtml(facts.link)}">${escapeHtml(UI[language].open)}</a></p>`;

const itemText = (facts: MessageFacts, language: MessageLanguage): string =>
  [lineOf(facts, language), facts.excerpt ? `> ${facts.excerpt}` : '', `${UI[language].open}: ${facts.link}`]
    .filter(Boolean)
    .join('\n');

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

/** One notification's e-mail. */
export const emailOf = (facts: MessageFacts, language: MessageLanguage): EmailMessage => ({
  subject: lineOf(facts, language),
  text: `${itemText(facts, language)}\n\n${UI[language].footer}\n`,
  html: page(language, itemHtml(facts, language)),
});

/** The daily digest: every pending notification of one user in one e-mail, oldest first. */
export const digestOf = (items: readonly MessageFacts[], language: MessageLanguage): EmailMessage => ({
  subject: UI[language].digest(items.length),
  text: `${items.map((item) => itemText(item, language)).join('\n\n')}\n\n${UI[language].footer}\n`,
  html: page(language, items.map((item) => `<div>${itemHtml(item, language)}</div><hr>`).join('')),
});

/**
 * Whether a user's daily digest is due at `now`: past `digestHour` in the newsroom's time zone, and none sent
 * yet since that hour today (the last one before it, or never).
 */
export function digestDue(now: Date, lastSent: Date | null, digestHour: number, timeZone: string): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  if (part('hour') < digestHour) return false;
  // Today's digest hour as a UTC instant: the zone's offset now, applied to the local wall time.
  const wallAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  const offsetMs = wallAsUtc - Math.floor(now.getTime() / 60_000) * 60_000;
  const dueAt = Date.UTC(part('year'), part('month') - 1, part('day'), digestHour) - offsetMs;
  return lastSent === null || lastSent.getTime() < dueAt;
}
