// Polyfills for the webviews the task pane, the ribbon's function commands and the WPS page run in, down to Internet
// Explorer 11 (Office on Windows without WebView2: volume-licensed Office 2016/2019, docs/excel-install.md), EdgeHTML
// and old embedded Chromium (WPS). Imported first by every browser entry (taskpane.ts, preview.ts, wps/main.ts,
// commands.ts), before zod and the core are evaluated; src/core never imports it (the core runs on Node too and stays
// free of browser code).
//
// ECMAScript built-ins come from core-js. babel adds, to each module, the core-js modules for the built-ins it uses
// (scripts/lib/browser-build.js, useBuiltIns "usage"); the ones imported below are needed before that: babel's own
// helpers (for…of, spread, classes, async functions) reach for Symbol.iterator, Promise and the iterators of arrays,
// strings, Maps, Sets and DOM collections without our source naming them, and zod builds Maps and Sets while its
// modules are evaluated. core-js leaves a native built-in alone unless it is missing or does not conform.
//
// The DOM pieces core-js does not cover are installed by installDomPolyfills() below, each only where missing or broken:
//   Element.prototype.matches / closest        IE11 (msMatchesSelector only)    the pane's click and key handlers
//   DOMTokenList.prototype.toggle(name, force) IE11 ignores `force`             the issue list's highlight classes
//   KeyboardEvent.prototype.key                IE11 and EdgeHTML name some keys the pre-standard way ("Down", "Esc")
// and a BigInt stand-in (see bigIntStandIn). Syntax is not here: babel lowers it to ES5; what cannot be polyfilled is
// probed before the bundle by boot-check.js.
import "core-js/stable/symbol";
import "core-js/stable/promise";
import "core-js/stable/map";
import "core-js/stable/set";
import "core-js/stable/weak-map";
import "core-js/stable/array/iterator";
import "core-js/stable/string/iterator";
import "core-js/stable/array/from";
import "core-js/stable/object/assign";
import "core-js/stable/global-this";
import "core-js/stable/dom-collections";

/** Where the DOM polyfills are installed: the global object (tests pass a stand-in). */
export interface DomPolyfillTarget {
  Element?: { prototype: object };
  DOMTokenList?: { prototype: object };
  KeyboardEvent?: { prototype: object };
  document?: {
    createElement(tag: string): {
      classList?: { toggle(name: string, force?: boolean): boolean; contains(name: string): boolean };
    };
  };
  BigInt?: unknown;
}

type AnyFn = (...args: never[]) => unknown;

function define(o: object, name: string, value: AnyFn): void {
  Object.defineProperty(o, name, { value, writable: true, enumerable: false, configurable: true });
}

interface ElementLike {
  nodeType: number;
  parentNode: ElementLike | null;
  matches?(selector: string): boolean;
}

/** Element.prototype.closest (DOM): the element itself or its nearest ancestor element matching `selector`. */
function closest(this: ElementLike, selector: string): ElementLike | null {
  let e: ElementLike | null = this;
  while (e !== null && e.nodeType === 1) {
    if (typeof e.matches === "function" && e.matches(selector)) return e;
    e = e.parentNode;
  }
  return null;
}

/** The pre-standard key names IE11 (and EdgeHTML for some keys) report, mapped to the standard ones the pane expects. */
export const LEGACY_KEYS: Readonly<Record<string, string>> = {
  Up: "ArrowUp",
  Down: "ArrowDown",
  Left: "ArrowLeft",
  Right: "ArrowRight",
  Esc: "Escape",
  Spacebar: " ",
  Del: "Delete",
  Apps: "ContextMenu",
  Scroll: "ScrollLock",
  Win: "Meta",
};

/**
 * Not a polyfill: BigInt cannot be written in ES5. zod computes its int64/uint64 ranges with BigInt(…) when its
 * modules are evaluated, which throws a ReferenceError in an engine without BigInt and stops the bundle. This
 * stand-in lets that evaluation finish: it returns the value as a number. No value is ever a bigint in such an
 * engine (no literal, no typeof "bigint"), so the ranges are never used; our schemas have no bigint fields.
 */
function bigIntStandIn(value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new RangeError(`The number ${String(value)} cannot be converted to a BigInt`);
  return n;
}

/** Installs what `g` lacks or has broken; returns the names installed (none in a current browser or in Node). */
export function installDomPolyfills(g: DomPolyfillTarget): string[] {
  const installed: string[] = [];
  const el = g.Element?.prototype as (Record<string, unknown> & object) | undefined;
  if (el) {
    if (typeof el.matches !== "function") {
      const native = el.msMatchesSelector ?? el.webkitMatchesSelector;
      if (typeof native === "function") {
        define(el, "matches", native as AnyFn);
        installed.push("Element.prototype.matches");
      }
    }
    if (typeof el.closest !== "function") {
      define(el, "closest", closest);
      installed.push("Element.prototype.closest");
    }
  }

  const tokens = g.DOMTokenList?.prototype as { toggle?: (name: string, force?: boolean) => boolean } | undefined;
  const probe = g.document?.createElement("div").classList;
  if (tokens && typeof tokens.toggle === "function" && probe) {
    probe.toggle("ptc-probe", false);
    if (probe.contains("ptc-probe")) {
      const native = tokens.toggle;
      define(
        tokens,
        "toggle",
        function toggle(
          this: { add(n: string): void; remove(n: string): void },
          name: string,
          force?: boolean,
        ): boolean {
          if (arguments.length < 2 || force === undefined) return native.call(this as never, name);
          if (force) this.add(name);
          else this.remove(name);
          return Boolean(force);
        },
      );
      installed.push("DOMTokenList.prototype.toggle(force)");
    }
  }

  const kbd = g.KeyboardEvent?.prototype;
  const keyDesc = kbd ? Object.getOwnPropertyDescriptor(kbd, "key") : undefined;
  if (
    kbd &&
    keyDesc &&
    typeof keyDesc.get === "function" &&
    keyDesc.configurable &&
    !(keyDesc.get as { ptcLegacyKeys?: boolean }).ptcLegacyKeys
  ) {
    const nativeGet = keyDesc.get;
    const get = function key(this: unknown): unknown {
      const k: unknown = nativeGet.call(this);
      return typeof k === "string" && Object.prototype.hasOwnProperty.call(LEGACY_KEYS, k) ? LEGACY_KEYS[k] : k;
    };
    (get as { ptcLegacyKeys?: boolean }).ptcLegacyKeys = true;
    Object.defineProperty(kbd, "key", { get, enumerable: keyDesc.enumerable, configurable: true });
    installed.push("KeyboardEvent.prototype.key (standard names)");
  }

  if (typeof g.BigInt !== "function") {
    Object.defineProperty(g, "BigInt", { value: bigIntStandIn, writable: true, enumerable: false, configurable: true });
    installed.push("BigInt (stand-in)");
  }
  return installed;
}

/** The global object (core-js has installed globalThis by now). */
const target = (typeof window !== "undefined" ? window : globalThis) as unknown as DomPolyfillTarget;
/** What this page needed of the DOM polyfills (in a current engine: the key-name mapping only); for diagnostics. */
export const INSTALLED: readonly string[] = installDomPolyfills(target);
