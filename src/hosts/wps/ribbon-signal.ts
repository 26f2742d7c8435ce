// The WPS ribbon page (src/wps/main.ts) and the task pane are two pages of one add-in. After the ribbon's 校验 the
// open pane must refresh its list. Two channels, because neither is documented for WPS: a `storage` event (other
// same-origin pages get it when one page writes localStorage) and a sequence number in PluginStorage (shared by
// the add-in's pages, per Kingsoft's typings) that the pane polls. Either one suffices; the number deduplicates.

/** localStorage key and PluginStorage key of the ribbon's check counter. */
export const CHECK_SIGNAL_KEY = "ptc:check-request";
export const CHECK_SEQ_KEY = "ptc_check_seq";
export const POLL_MS = 1000;

export interface SignalEnv {
  /** `window` (addEventListener("storage")), or undefined where there is none. */
  readonly window?: {
    addEventListener(t: "storage", f: (e: { key: string | null }) => void): void;
    removeEventListener(t: "storage", f: (e: { key: string | null }) => void): void;
  };
  readonly localStorage?: { setItem(k: string, v: string): void } | null;
  /** `Application.PluginStorage`. */
  readonly pluginStorage?: {
    getItem(k: string): unknown;
    setItem(k: string, v: number | boolean | string): void;
  } | null;
  readonly setInterval?: (f: () => void, ms: number) => unknown;
  readonly clearInterval?: (t: unknown) => void;
}

function seqOf(env: SignalEnv): number {
  try {
    const n = Number(env.pluginStorage?.getItem(CHECK_SEQ_KEY));
    return Number.isFinite(n) ? n : 0;
  } catch {
    return 0;
  }
}

/** The ribbon page: tells open panes that it checked the sheet. Never throws (a pane refreshes on its own events too). */
export function sendCheckSignal(env: SignalEnv): void {
  const next = seqOf(env) + 1;
  try {
    env.pluginStorage?.setItem(CHECK_SEQ_KEY, next);
  } catch {
    // PluginStorage missing: the storage event remains
  }
  try {
    env.localStorage?.setItem(CHECK_SIGNAL_KEY, String(next));
  } catch {
    // no localStorage (file:// in some builds): the PluginStorage poll remains
  }
}

/** The pane: calls `cb` once per ribbon check, whichever channel brings it first. Returns the unsubscribe. */
export function listenForCheckSignal(env: SignalEnv, cb: () => void): () => void {
  let seen = seqOf(env);
  const poll = (): void => {
    const now = seqOf(env);
    if (now > seen) {
      seen = now;
      cb();
    }
  };
  const onStorage = (e: { key: string | null }): void => {
    if (e.key !== CHECK_SIGNAL_KEY) return;
    const now = seqOf(env);
    // without PluginStorage the event alone counts
    if (now > seen || env.pluginStorage == null) {
      seen = Math.max(seen, now);
      cb();
    }
  };
  env.window?.addEventListener("storage", onStorage);
  const timer = env.pluginStorage && env.setInterval ? env.setInterval(poll, POLL_MS) : null;
  return () => {
    env.window?.removeEventListener("storage", onStorage);
    if (timer !== null) env.clearInterval?.(timer);
  };
}
