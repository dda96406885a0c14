import { clean } from '../text/normalize';
import type { PageContext } from './context';
import { formatDate } from './dates';
import { escapeHtml } from './escape';
import { renderText } from './inline';
import type { PreviewArticle } from './types';

/**
 * The changes published since the story first went live, under the body as a news site shows them: each with its
 * kind («تصحيح»), its time and its note in the article's language, oldest first. Silent changes never reach here.
 */
export function renderCorrections(corrections: PreviewArticle['corrections'], page: PageContext): string {
  const items = (Array.isArray(corrections) ? corrections : []).flatMap((correction) => {
    if (typeof correction !== 'object' || correction === null) return [];
    const note = typeof correction.text === 'string' ? clean(correction.text) : '';
    const kind = page.labels.correctionKinds[correction.kind];
    if (note === '' || kind === undefined) return [];
    const at = formatDate(correction.at, page.dateFormat);
    const when = at === null ? '' : ` <time datetime="${at.iso}">${escapeHtml(at.text)}</time>`;
    return [
      `<li class="correction correction-${escapeHtml(correction.kind)}"><strong>${page.label(kind)}</strong>${when}: ` +
        `<span${page.languageAttributes(note)}>${renderText(note)}</span></li>`,
    ];
  });
  if (items.length === 0) return '';
  return `<aside class="corrections"><h2>${page.label(page.labels.corrections)}</h2><ul>${items.join('')}</ul></aside>`;
}
