import { useEffect, useState } from 'react';

/** The longest a deferred read waits for the browser to be idle (ms). */
const IDLE_TIMEOUT_MS = 1500;

interface IdleGlobals {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
}

/**
 * True once the browser has been idle after the component mounted (or after IDLE_TIMEOUT_MS at the latest).
 * The edit view's analysis panels (topic suggestions, copy-desk hints) read a whole article on the server, which
 * for a long story costs more than the rest of the screen together on a two-core machine: they ask once the form
 * is on screen, so they no longer compete with the Content Manager's own requests and the form's first render.
 */
export const useWhenIdle = (): boolean => {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const browser = globalThis as unknown as IdleGlobals;
    if (browser.requestIdleCallback && browser.cancelIdleCallback) {
      const handle = browser.requestIdleCallback(() => setIdle(true), { timeout: IDLE_TIMEOUT_MS });
      const cancel = browser.cancelIdleCallback;
      return () => cancel(handle);
    }
    const timer = setTimeout(() => setIdle(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return idle;
};
