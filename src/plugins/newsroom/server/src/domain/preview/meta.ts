import { clean } from '../text/normalize';
import { countWords, plainTextFromBlocks, readingTimeMinutes, type Block } from '../../../../core/text/word-count';
import type { PageContext } from './context';
import { formatDate, type FormattedDate } from './dates';
import { escapeHtml } from './escape';
import { renderText } from './inline';
import type { PreviewArticle } from './types';

/** Topics, byline, dateline, dates and reading time: the lines between headline and body. */

const text = (value: unknown): string => (typeof value === 'string' ? clean(value) : '');
const records = (value: unknown): Array<Readonly<Record<string, unknown>>> =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];

/** A name from the CMS in any script, isolated so a Latin name in Arabic (or the reverse) keeps its order. */
export const isolatedName = (name: string): string => `<bdi>${escapeHtml(name)}</bdi>`;

export function renderTopics(topics: unknown, page: PageContext): string {
  const items = records(topics)
    .map((topic) => text(topic.name))
    .filter((name) => name !== '')
    .map((name) => `<li>${isolatedName(name)}</li>`);
  return items.length === 0
    ? ''
    : `<ul class="topics" aria-label="${escapeHtml(page.labels.topics)}">${items.join('')}</ul>`;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "أ وب وج" / "A, B, and C" in the labels' language, each item already HTML. */
function joinList(items: readonly string[], page: PageContext): string {
  let format = listFormats.get(page.dateFormat.locale);
  if (format === undefined) {
    format = new Intl.ListFormat(page.dateFormat.locale, { type: 'conjunction' });
    if (listFormats.size >= 32) listFormats.clear();
    listFormats.set(page.dateFormat.locale, format);
  }
  return format
    .formatToParts(items.map((_, index) => String(index)))
    .map((part) => (part.type === 'element' ? items[Number(part.value)] : page.label(part.value)))
    .join('');
}

export function renderByline(authors: unknown, page: PageContext): string {
  const names = records(authors).flatMap((author) => {
    const name = text(author.name);
    if (name === '') return [];
    const jobTitle = text(author.jobTitle);
    const role = jobTitle === '' ? '' : ` (<bdi class="role">${escapeHtml(jobTitle)}</bdi>)`;
    return [`<span class="author">${isolatedName(name)}${role}</span>`];
  });
  return names.length === 0 ? '' : `<p class="byline">${page.label(page.labels.by)} ${joinList(names, page)}</p>`;
}

const time = (date: FormattedDate): string => `<time datetime="${date.iso}">${escapeHtml(date.text)}</time>`;

/** An update within a minute of publication is the publication itself, not worth a line. */
const SAME_MOMENT_MS = 60_000;

export function renderDates(article: PreviewArticle, page: PageContext): string {
  const parts: string[] = [];
  const dateline = text(article.dateline);
  if (dateline !== '') parts.push(`<span class="dateline">${renderText(dateline)}</span>`);
  const published = formatDate(article.publishedAt, page.dateFormat);
  const updated = formatDate(article.updatedAt, page.dateFormat);
  const original = formatDate(article.originalPublishedAt, page.dateFormat);
  if (original !== null) parts.push(`${page.label(page.labels.originallyPublished)} ${time(original)}`);
  if (published !== null) parts.push(`${page.label(page.labels.published)} ${time(published)}`);
  if (
    updated !== null &&
    (published === null || Date.parse(updated.iso) - Date.parse(published.iso) > SAME_MOMENT_MS)
  ) {
    parts.push(`${page.label(page.labels.updated)} ${time(updated)}`);
  }
  return parts.length === 0 ? '' : `<p class="dates">${parts.join(' · ')}</p>`;
}

export function renderReadingTime(body: unknown, page: PageContext, stored?: number | null): string {
  if (!page.showReadingTime || !Array.isArray(body)) return '';
  // The stored figure saves counting a long body again on every render (a fifth of the render time).
  const minutes =
    typeof stored === 'number' && Number.isFinite(stored) && stored > 0
      ? Math.round(stored)
      : readingTimeMinutes(countWords(plainTextFromBlocks(body as Block[])), { language: page.lang });
  return minutes === 0 ? '' : `<p class="reading-time">${page.label(page.labels.readingTime(minutes))}</p>`;
}
