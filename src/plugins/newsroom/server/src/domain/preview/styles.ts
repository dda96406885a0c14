import { FONT_STACK, MONOSPACE_STACK } from './fonts';

/**
 * The page's CSS, inline in one nonce'd `<style>`. Only logical properties (margin-inline-start,
 * padding-block, border-inline-start, inset-block-start…), so the same rules lay out RTL and LTR
 * pages; one column of at most 40rem, phone first, roomier from 48rem. Arabic gets a larger size
 * and taller lines than Latin (Naskh letters are small on the body and deep below it).
 */
export const PREVIEW_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;color-scheme:light}
body{margin:0;background:#fff;color:#1b1b1b;font-family:${FONT_STACK};font-size:1.0625rem;line-height:1.7;overflow-wrap:break-word}
html[dir=rtl] body{font-size:1.1875rem;line-height:1.9}
html[dir=ltr] .article-body{hyphens:auto}
.banner{position:sticky;inset-block-start:0;z-index:1;margin:0;padding-block:.5rem;padding-inline:1rem;font-size:.9375rem;font-weight:700;line-height:1.4;text-align:center;border-block-end:1px solid}
.banner-draft{background:#fff4ce;color:#5c4300;border-color:#e3c25f}
.banner-published{background:#e7f4ea;color:#1d4a24;border-color:#9fcfaa}
main{max-inline-size:40rem;margin-inline:auto;padding-block:1.25rem 3rem;padding-inline:1rem}
.topics{display:flex;flex-wrap:wrap;gap:.375rem .5rem;list-style:none;margin-block:0 .75rem;padding:0;font-size:.875rem}
.topics li{padding-inline:.625rem;border:1px solid #d8d8d8;border-radius:1rem;color:#8a1c1c}
.headline{margin-block:0 .75rem;font-size:1.75rem;font-weight:700;line-height:1.35;text-wrap:balance}
.untitled{color:#767676}
.standfirst{margin-block:0 1rem;color:#444;font-size:1.125em}
.meta{margin-block:0 1.5rem;padding-block:.625rem;border-block:1px solid #e2e2e2;color:#555;font-size:.9375rem;line-height:1.6}
.meta p{margin:0}
.dateline{font-weight:700;color:#1b1b1b}
figure{margin-inline:0;margin-block:1.5rem}
figure img{display:block;max-inline-size:100%;block-size:auto;background:#f1f1f1}
figcaption{margin-block-start:.5rem;color:#555;font-size:.875rem;line-height:1.6}
.article-body h2,.article-body h3,.article-body h4,.article-body h5,.article-body h6{margin-block:1.75rem .5rem;line-height:1.4}
.article-body h2{font-size:1.375rem}
.article-body h3{font-size:1.1875rem}
.article-body h4,.article-body h5,.article-body h6{font-size:1rem}
.article-body p{margin-block:0 1rem}
blockquote{margin-inline:0;margin-block:1.5rem;padding-inline-start:1rem;border-inline-start:4px solid #8a1c1c;color:#333;font-size:1.0625em}
ul,ol{margin-block:0 1rem;padding-inline-start:1.75rem}
li{margin-block-end:.25rem}
li>ul,li>ol{margin-block:.25rem 0}
li.nested{list-style:none}
code{font-family:${MONOSPACE_STACK};font-size:.875em;background:#f3f3f3;border-radius:3px;padding-inline:.2em}
pre{margin-block:0 1rem;padding:.75rem 1rem;overflow-x:auto;background:#f3f3f3;border-radius:4px;line-height:1.5;text-align:start}
pre code{padding:0;background:none;font-size:.875rem}
a{color:#0b57d0;text-underline-offset:.2em}
.corrections{margin-block:1.5rem;padding-block:.75rem;padding-inline:1rem;background:#f7f7f7;border-inline-start:4px solid #8a1c1c;font-size:.9375rem}
.corrections h2{margin-block:0 .5rem;font-size:1rem}
.corrections ul{margin:0;padding-inline-start:1.25rem}
a:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
.unsafe-link{text-decoration:underline wavy #b3261e;text-underline-offset:.2em}
.sources{margin-block-start:2rem;padding-block-start:1rem;border-block-start:1px solid #e2e2e2;font-size:.9375rem}
.sources h2{margin-block:0 .5rem;font-size:1rem}
.sources ul{margin-block-end:.5rem}
.sources p{margin:0}
.sources a{overflow-wrap:anywhere}
@media (min-width:48rem){
main{padding-block-start:2.5rem;padding-inline:2rem}
.headline{font-size:2.375rem}
html[dir=rtl] body{font-size:1.25rem}
}
`;
