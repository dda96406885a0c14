import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ThemeProvider } from 'styled-components';
import { lightTheme } from '@strapi/design-system';
import {
  ArrowLeft,
  ArrowLineLeft,
  ArrowLineRight,
  ArrowRight,
  ChevronLeft,
  ChevronRight,
  IndentDecrease,
  IndentIncrease,
  SignOut,
} from '@strapi/icons';

/**
 * Icons that point along the line of text (back and forward arrows, chevrons of breadcrumbs and pagination,
 * indents, sign-out): when the interface is right to left they must point the other way. The RTL style plugin
 * (patches/@strapi+admin+5.54.0.patch) mirrors CSS, not drawings, and Strapi's icons carry no name in the page,
 * only their path data: so the path data is read from @strapi/icons itself, rendered once off screen (an icon
 * update keeps working), and one style sheet mirrors every svg drawn with it under `html[dir="rtl"]`.
 */
const POINTING_ICONS = [
  ArrowLeft,
  ArrowRight,
  ArrowLineLeft,
  ArrowLineRight,
  ChevronLeft,
  ChevronRight,
  IndentDecrease,
  IndentIncrease,
  SignOut,
];

const STYLE_ID = 'newsroom-rtl-pointing-icons';

/** The first path of each pointing icon, as @strapi/icons draws it. */
const pointingIconPaths = (): string[] => {
  const host = document.createElement('div');
  const root = createRoot(host);
  // The icons read their colours from the theme: any theme will do, only the shapes are kept.
  flushSync(() =>
    root.render(
      <ThemeProvider theme={lightTheme}>
        {POINTING_ICONS.map((Icon, index) => (
          <Icon key={index} />
        ))}
      </ThemeProvider>,
    ),
  );
  const paths = Array.from(host.querySelectorAll('svg'))
    .map((svg) => svg.querySelector('path')?.getAttribute('d'))
    .filter((d): d is string => typeof d === 'string' && d !== '' && !d.includes('"'));
  root.unmount();
  return paths;
};

/** Adds the style sheet that mirrors pointing icons in a right-to-left interface (once). */
export const mirrorPointingIcons = (): void => {
  if (document.getElementById(STYLE_ID)) return;
  const selectors = pointingIconPaths().map((d) => `html[dir='rtl'] svg:has(> path[d="${d}"])`);
  if (selectors.length === 0) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `${selectors.join(',\n')} {\n  transform: scaleX(-1);\n}\n`;
  document.head.appendChild(style);
};
