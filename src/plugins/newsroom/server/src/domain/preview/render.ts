import { clean } from '../text/normalize';
import { renderBlocks } from './blocks';
import { renderCorrections } from './corrections';
import { pageContext, type PageContext } from './context';
import { escapeHtml } from './escape';
import { renderFigure } from './figure';
import { fontFaceCss } from './fonts';
import { renderText } from './inline';
import { renderByline, renderDates, renderReadingTime, renderTopics } from './meta';
import { renderSeoHead } from './seo-head';
import { renderSources } from './sources';
import { PREVIEW_CSS } from './styles';
import type { PreviewArticle, RenderOptions } from './types';

/**
 * The preview page of one article: a full HTML document, as the news site would show it, with
 * `<html lang dir>` from the article's locale, every piece of text cleaned, escaped and isolated
 * by the text core, no script, one nonce'd `<style>`, fonts from `fontBaseUrl` only. Pure and
 * synchronous; any string in any field renders (bad URLs are shown unlinked, bad dates omitted).
 * Throws only for bad options (nonce, base URLs, time zone), which are programming errors.
 */
export function renderPreview(article: PreviewArticle, options: RenderOptions): string {
  if (typeof article !== 'object' || article === null) throw new TypeError('renderPreview: article must be an object');
  const page = pageContext(article.locale, options);
  const isDraft = article.status !== 'published';
  const banner = isDraft ? page.labels.draftBanner : page.labels.publishedBanner;
  const title = typeof article.title === 'string' ? clean(article.title) : '';
  return (
    '<!doctype html>\n' +
    `<html lang="${escapeHtml(page.lang)}" dir="${page.dir}">\n<head>\n<meta charset="utf-8">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="robots" content="noindex, nofollow">\n<meta name="referrer" content="no-referrer">\n' +
    `<title>${escapeHtml(title === '' ? page.labels.untitled : title)} · ${escapeHtml(banner)}</title>\n` +
    renderSeoHead(article.seo) +
    `<style nonce="${page.nonce}">\n${fontFaceCss(page.fontBaseUrl)}${PREVIEW_CSS}</style>\n</head>\n<body>\n` +
    `<div class="banner ${isDraft ? 'banner-draft' : 'banner-published'}">${page.label(banner)}</div>\n` +
    `<main>\n<article data-document-id="${escapeHtml(typeof article.documentId === 'string' ? article.documentId : '')}">\n` +
    renderHeader(article, title, page) +
    renderFigure(article.cover, {
      className: 'cover',
      assetBaseUrl: page.assetBaseUrl,
      eager: true,
      captionAttributes: page.languageAttributes,
    }) +
    `\n<div class="article-body">${renderBlocks(article.body, { languageAttributes: page.languageAttributes, unsafeLinkTitle: page.labels.unsafeLink, assetBaseUrl: page.assetBaseUrl })}</div>\n` +
    renderCorrections(article.corrections, page) +
    renderSources(article.sources, article.sourceUrl, page) +
    '\n</article>\n</main>\n</body>\n</html>\n'
  );
}

function renderHeader(article: PreviewArticle, title: string, page: PageContext): string {
  const headline =
    title === ''
      ? `<h1 class="headline untitled">${page.label(page.labels.untitled)}</h1>`
      : `<h1 class="headline"${page.languageAttributes(title)}>${renderText(title)}</h1>`;
  const standfirstText = typeof article.standfirst === 'string' ? clean(article.standfirst) : '';
  const standfirst =
    standfirstText === ''
      ? ''
      : `<p class="standfirst"${page.languageAttributes(standfirstText)}>${renderText(standfirstText)}</p>`;
  const meta =
    renderByline(article.authors, page) +
    renderDates(article, page) +
    renderReadingTime(article.body, page, article.readingTime);
  return (
    `<header>${renderTopics(article.topics, page)}${headline}${standfirst}` +
    `${meta === '' ? '' : `<div class="meta">${meta}</div>`}</header>\n`
  );
}
