import type { SiteSeo } from '../../../../shared/contracts/site';
import { escapeHtml } from './escape';

/** What the preview writes into its <head> of the article's `seo` block (site/article-seo.ts builds it). */
export type PreviewSeo = Pick<SiteSeo, 'meta' | 'links' | 'jsonLd'>;

/** JSON inside <script>: `<` escaped so no `</script>` or `<!--` in a title can end or comment out the element. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * The site's head tags as the published page will carry them, so an editor can check them in the preview: meta
 * tags (but `robots`: the preview page itself is never indexed and keeps its own noindex), canonical and hreflang
 * links, and the JSON-LD as a data block (not run, so the page's no-script CSP is unchanged).
 */
export function renderSeoHead(seo: PreviewSeo | null | undefined): string {
  if (!seo) return '';
  const meta = seo.meta
    .filter((tag) => tag.name !== 'robots')
    .map((tag) => {
      const key = tag.property !== undefined ? 'property' : 'name';
      return `<meta ${key}="${escapeHtml(tag.property ?? tag.name ?? '')}" content="${escapeHtml(tag.content)}">\n`;
    })
    .join('');
  const links = seo.links
    .map(
      (link) =>
        `<link rel="${escapeHtml(link.rel)}"${link.hreflang ? ` hreflang="${escapeHtml(link.hreflang)}"` : ''} href="${escapeHtml(link.href)}">\n`,
    )
    .join('');
  return `${meta}${links}<script type="application/ld+json">${scriptJson(seo.jsonLd)}</script>\n`;
}
