// `window.Application` of a WPS 加载项 page. Some WPS builds inject it after the page's scripts ran; the pages
// wait for it briefly instead of failing (or, in the pane, waiting for office.js from the internet).

/** Polls `get` until it returns an object or `timeoutMs` passed; null when it never came. */
export async function waitForApplication<T extends object>(
  get: () => T | null | undefined,
  timeoutMs = 5000,
  stepMs = 100,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T | null> {
  for (let waited = 0; ; waited += stepMs) {
    let app: T | null | undefined;
    try {
      app = get();
    } catch {
      app = null;
    }
    if (app !== null && app !== undefined && typeof app === "object") return app;
    if (waited >= timeoutMs) return null;
    await sleep(stepMs);
  }
}
