import type { Page } from '@playwright/test';

/** The bits of the page's globals these helpers use (e2e has no DOM typings). */
interface Win {
  document: {
    querySelectorAll(selector: string): {
      forEach(fn: (el: { setAttribute(n: string, v: string): void }) => void): void;
    };
  };
  history: { state: { idx?: number } | null; pushState(state: unknown, title: string, url: string): void };
  dispatchEvent(event: unknown): boolean;
  PopStateEvent: new (type: string, init: { state: unknown }) => unknown;
  /** Defined by PAGE_PROBES: what keeps the page from counting as settled. */
  __e2eBusy(): string[];
  __e2eQuiet?: number;
}

/**
 * Added to a context before its first page: counts the page's fetches in flight (Apollo's HTTP
 * link) and tells what keeps a page busy (no h1 yet, the old page still shown, a loader, a fetch,
 * a running transition), so settle() needs no fixed network-idle time.
 */
export const PAGE_PROBES = `(() => {
  let inflight = 0;
  const original = window.fetch.bind(window);
  window.fetch = (...args) => {
    inflight++;
    return original(...args).finally(() => { inflight--; });
  };
  window.__e2eBusy = () => {
    const reasons = [];
    if (!document.querySelector('main h1')) reasons.push('no h1');
    if (!document.querySelector('main *:not([data-e2e-left])')) reasons.push('old page');
    if (document.querySelector('main .mantine-Loader-root, .mantine-datatable-loader-fetching, [aria-busy="true"]')) reasons.push('loading');
    if (inflight > 0) reasons.push(inflight + ' fetches');
    const running = document.getAnimations().filter(
      (a) => a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity,
    );
    if (running.length) reasons.push(running.length + ' animations');
    return reasons;
  };
})();`;

/**
 * Client-side navigation (no reload: the app, its cache and the session stay), as a link would
 * do it: push the address and let the router hear a popstate.
 */
export async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    const w = globalThis as unknown as Win;
    // Marks what the old page shows, so settle() waits for something of the new one.
    w.document.querySelectorAll('main *').forEach((el) => el.setAttribute('data-e2e-left', ''));
    // The state React Router itself writes: its index, a key, no user state.
    const idx = (w.history.state?.idx ?? 0) + 1;
    w.history.pushState({ usr: null, key: `e2e${idx}`, idx }, '', to);
    w.dispatchEvent(new w.PopStateEvent('popstate', { state: null }));
  }, path);
}

/** Waits until the page shows its content (PAGE_PROBES finds nothing busy) for a few frames in a row. */
export async function settle(page: Page, timeout = 30_000): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const w = globalThis as unknown as Win;
        w.__e2eQuiet = w.__e2eBusy().length ? 0 : (w.__e2eQuiet ?? 0) + 1;
        return w.__e2eQuiet >= 3;
      },
      undefined,
      { polling: 'raf', timeout },
    )
    .catch(async (error: Error) => {
      const reasons = await page.evaluate(() => (globalThis as unknown as Win).__e2eBusy()).catch(() => []);
      throw new Error(`${page.url()} did not settle (${reasons.join(', ')}): ${error.message}`);
    });
}
