import { clean } from '../text/normalize';
import type { PageContext } from './context';
import { escapeHtml } from './escape';
import { isolatedName } from './meta';
import { safeUrl } from './url';

/** Source attribution: the sources' names (linked to their homepages) and the original article's URL. */

const LINK_ATTRIBUTES = 'rel="noopener noreferrer nofollow" target="_blank"';

const link = (href: string, html: string, extra = ''): string =>
  `<a href="${escapeHtml(href)}"${extra} ${LINK_ATTRIBUTES}>${html}</a>`;

const unsafe = (page: PageContext): string => `<span class="unsafe-link">${page.label(page.labels.unsafeLink)}</span>`;

export function renderSources(sources: unknown, sourceUrl: unknown, page: PageContext): string {
  const items = (Array.isArray(sources) ? sources : []).flatMap((source: unknown) => {
    if (typeof source !== 'object' || source === null) return [];
    const { name: rawName, homepageUrl } = source as Readonly<Record<string, unknown>>;
    const name = typeof rawName === 'string' ? clean(rawName) : '';
    if (name === '') return [];
    const href = safeUrl(homepageUrl, 'link');
    return [`<li>${href === null ? isolatedName(name) : link(href, isolatedName(name))}</li>`];
  });
  const original = renderOriginal(sourceUrl, page);
  if (items.length === 0 && original === '') return '';
  const list = items.length === 0 ? '' : `<ul>${items.join('')}</ul>`;
  return `<footer class="sources"><h2>${page.label(page.labels.sources)}</h2>${list}${original}</footer>`;
}

/** The URL itself is the link text (left to right, isolated), so the editor sees where it points. */
function renderOriginal(sourceUrl: unknown, page: PageContext): string {
  if (typeof sourceUrl !== 'string' || sourceUrl.trim() === '') return '';
  const href = safeUrl(sourceUrl, 'link');
  const target = href === null ? unsafe(page) : link(href, escapeHtml(href), ' dir="ltr"');
  return `<p class="original">${page.label(page.labels.originalArticle)}: ${target}</p>`;
}
