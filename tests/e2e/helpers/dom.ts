/**
 * The few DOM types that the functions run inside the page use. The tests compile without TypeScript's DOM
 * library (tsconfig.test.json also covers the server), so each in-page function starts with
 * `const { document, getComputedStyle } = globalThis as unknown as BrowserGlobals;` (a cast, erased when the
 * function is serialised for the browser: in-page functions must not use anything from outside their body).
 */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentElement: DomElement | null;
}

export interface DomElement extends DomNode {
  localName: string;
  scrollWidth: number;
  clientWidth: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  querySelector(selectors: string): DomElement | null;
}

export interface DomRange {
  setStart(node: DomNode, offset: number): void;
  setEnd(node: DomNode, offset: number): void;
  selectNodeContents(node: DomNode): void;
  getBoundingClientRect(): Box;
  getClientRects(): ArrayLike<Box>;
}

export interface ComputedStyle {
  direction: string;
  textAlign: string;
  fontFamily: string;
  paddingLeft: string;
  paddingRight: string;
}

export interface LoadedFontFace {
  family: string;
  weight: string;
  style: string;
  status: 'unloaded' | 'loading' | 'loaded' | 'error';
}

export interface FontFaceSet extends Iterable<LoadedFontFace> {
  ready: Promise<unknown>;
  check(font: string, text?: string): boolean;
}

export interface BrowserGlobals {
  document: {
    documentElement: DomElement;
    body: DomElement;
    fonts: FontFaceSet;
    querySelector(selectors: string): DomElement | null;
    createRange(): DomRange;
  };
  getComputedStyle(element: DomElement): ComputedStyle;
  location: { origin: string; href: string };
  performance: { getEntriesByType(type: 'resource'): ArrayLike<{ name: string; initiatorType: string }> };
}
