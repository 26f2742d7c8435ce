// Polyfills for the webviews the task pane and the WPS page run in: EdgeHTML (Edge 18, Office 2019 on Windows 10)
// and older embedded Chromium (WPS). The bundles are compiled to ES2017 syntax (webpack.config.js), but syntax
// lowering does not add library functions, and the core, the pane and zod call a few newer ones. Each is installed
// only where the engine lacks it, non-enumerable like the built-ins. Imported first by every browser entry
// (taskpane.ts, preview.ts, wps/main.ts, commands.ts), before zod and the core are evaluated; src/core never imports
// it (the core runs on Node too, and stays free of browser code).
//
//   String.prototype.matchAll       ES2020  Edge 79, Chromium 73   core rules
//   Array.prototype.flat / flatMap  ES2019  Edge 79, Chromium 69   core rules
//   Object.fromEntries              ES2019  Edge 79, Chromium 73   zod (enum schemas)
//   String.prototype.trimStart/End  ES2019  Edge 79, Chromium 66   core (cost rules)
//   Promise.prototype.finally       ES2018  Edge 18, Chromium 63   commands.ts (older WPS Chromium only)
//   globalThis                      ES2020  Edge 79, Chromium 71   zod, when its modules are evaluated
//   BigInt (a stand-in, see below)  ES2020  Edge 79, Chromium 67   zod, when its modules are evaluated
//
// Not here because they cannot be polyfilled: regular-expression syntax (lookbehind, named groups, the `s` flag,
// property escapes; src/core/regex.ts replaces them) and ES2017 syntax itself (async functions; boot-check.js
// probes it). Symbol species and subclassing are not honoured: new arrays are plain arrays, matchAll clones with
// the RegExp constructor.

/** Where the polyfills are installed: the global object (tests pass a stand-in). */
export interface PolyfillTarget {
  String: StringConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Promise: PromiseConstructor;
  globalThis?: unknown;
  BigInt?: unknown;
}

type AnyFn = (...args: never[]) => unknown;

function define(o: object, name: string, value: AnyFn | object): void {
  Object.defineProperty(o, name, { value, writable: true, enumerable: false, configurable: true });
}

function requireObjectCoercible<T>(v: T, method: string): NonNullable<T> {
  if (v === null || v === undefined) throw new TypeError(`${method} called on null or undefined`);
  return v as NonNullable<T>;
}

function toLength(v: unknown): number {
  const n = Math.trunc(Number(v));
  if (!(n > 0)) return 0; // NaN and negatives
  return Math.min(n, Number.MAX_SAFE_INTEGER);
}

function isRegExp(v: unknown): v is RegExp {
  if ((typeof v !== "object" && typeof v !== "function") || v === null) return false;
  const m = (v as { [Symbol.match]?: unknown })[Symbol.match];
  if (m !== undefined) return Boolean(m);
  return Object.prototype.toString.call(v) === "[object RegExp]";
}

/** %IteratorPrototype%: gives the matchAll iterator its [Symbol.iterator]() { return this }. */
const ITERATOR_PROTOTYPE: object = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;

/** CreateRegExpStringIterator: exec until null; past an empty match, lastIndex moves on by one code point (u) or unit. */
function regExpStringIterator(matcher: RegExp, s: string, global: boolean, fullUnicode: boolean): IterableIterator<RegExpExecArray> {
  let done = false;
  const it = Object.create(ITERATOR_PROTOTYPE) as IterableIterator<RegExpExecArray>;
  define(it, "next", function next(): IteratorResult<RegExpExecArray> {
    if (done) return { value: undefined, done: true };
    const m = matcher.exec(s);
    if (m === null) {
      done = true;
      return { value: undefined, done: true };
    }
    if (!global) {
      done = true;
      return { value: m, done: false };
    }
    if (String(m[0]) === "") {
      const i = toLength(matcher.lastIndex);
      const wide = fullUnicode && i + 1 < s.length && (s.codePointAt(i) ?? 0) > 0xffff;
      matcher.lastIndex = i + (wide ? 2 : 1);
    }
    return { value: m, done: false };
  });
  if (typeof Symbol.toStringTag === "symbol") {
    Object.defineProperty(it, Symbol.toStringTag, { value: "RegExp String Iterator", configurable: true });
  }
  return it;
}

/** String.prototype.matchAll (ES2020 22.1.3.13 with RegExp.prototype[@@matchAll]). */
function matchAll(this: unknown, regexp: unknown): IterableIterator<RegExpExecArray> {
  const o = requireObjectCoercible(this, "String.prototype.matchAll");
  if (regexp !== undefined && regexp !== null) {
    if (isRegExp(regexp)) {
      const flags = String(requireObjectCoercible((regexp as { flags?: unknown }).flags, "String.prototype.matchAll"));
      if (flags.indexOf("g") < 0) throw new TypeError("String.prototype.matchAll called with a non-global RegExp argument");
    }
    const symbol = (Symbol as { matchAll?: symbol }).matchAll;
    const own = symbol === undefined ? undefined : (regexp as Record<symbol, unknown>)[symbol];
    if (typeof own === "function") return own.call(regexp, o) as IterableIterator<RegExpExecArray>;
  }
  const s = String(o);
  if (isRegExp(regexp)) {
    // RegExp.prototype[@@matchAll]: a clone with the same flags, starting at the original's lastIndex
    const flags = String(regexp.flags);
    const matcher = new RegExp(regexp, flags);
    matcher.lastIndex = toLength(regexp.lastIndex);
    return regExpStringIterator(matcher, s, flags.indexOf("g") >= 0, flags.indexOf("u") >= 0);
  }
  // a string (or undefined): a new global RegExp of it
  const rx = new RegExp(regexp === undefined ? "" : String(regexp), "g");
  return regExpStringIterator(rx, s, true, false);
}

/** FlattenIntoArray: holes skipped, arrays spread `depth` levels, the mapper applied to the top level only. */
function flattenInto(
  target: unknown[],
  source: ArrayLike<unknown>,
  depth: number,
  mapper?: (v: unknown, i: number, a: unknown) => unknown,
  thisArg?: unknown,
): void {
  const len = toLength(source.length);
  for (let i = 0; i < len; i++) {
    if (!(i in (source as object))) continue;
    let el: unknown = source[i];
    if (mapper) el = mapper.call(thisArg, el, i, source);
    if (depth > 0 && Array.isArray(el)) flattenInto(target, el, depth - 1);
    else target.push(el);
  }
}

/** Array.prototype.flat([depth = 1]) (ES2019 23.1.3.11). */
function flat(this: unknown): unknown[] {
  const o = Object(requireObjectCoercible(this, "Array.prototype.flat")) as ArrayLike<unknown>;
  const d = arguments[0] === undefined ? 1 : Math.trunc(Number(arguments[0]));
  const out: unknown[] = [];
  flattenInto(out, o, Number.isNaN(d) ? 0 : d);
  return out;
}

/** Array.prototype.flatMap(callback[, thisArg]) (ES2019 23.1.3.12). */
function flatMap(this: unknown, callback: (v: unknown, i: number, a: unknown) => unknown): unknown[] {
  const o = Object(requireObjectCoercible(this, "Array.prototype.flatMap")) as ArrayLike<unknown>;
  if (typeof callback !== "function") throw new TypeError("Array.prototype.flatMap: callback is not a function");
  const out: unknown[] = [];
  flattenInto(out, o, 1, callback, arguments[1]);
  return out;
}

/** Object.fromEntries(iterable) (ES2019 20.1.2.7): own data properties, `__proto__` included as a plain key. */
function fromEntries(iterable: Iterable<unknown>): Record<PropertyKey, unknown> {
  requireObjectCoercible(iterable, "Object.fromEntries");
  const obj: Record<PropertyKey, unknown> = {};
  for (const entry of iterable) {
    if ((typeof entry !== "object" && typeof entry !== "function") || entry === null) {
      throw new TypeError(`Iterator value ${String(entry)} is not an entry object`);
    }
    const e = entry as { 0: unknown; 1: unknown };
    const k = e[0];
    const key = typeof k === "symbol" ? k : String(k);
    Object.defineProperty(obj, key, { value: e[1], writable: true, enumerable: true, configurable: true });
  }
  return obj;
}

/** The white space String.prototype.trim removes (WhiteSpace and LineTerminator: `\s` since ES2015). */
const SPACE = /\s/;

function trimStart(this: unknown): string {
  const s = String(requireObjectCoercible(this, "String.prototype.trimStart"));
  let i = 0;
  while (i < s.length && SPACE.test(s.charAt(i))) i++;
  return s.slice(i);
}

function trimEnd(this: unknown): string {
  const s = String(requireObjectCoercible(this, "String.prototype.trimEnd"));
  let j = s.length;
  while (j > 0 && SPACE.test(s.charAt(j - 1))) j--;
  return s.slice(0, j);
}

/** Promise.prototype.finally(onFinally) (ES2018 25.6.5.3). */
function promiseFinally(this: unknown, onFinally: unknown): Promise<unknown> {
  if ((typeof this !== "object" && typeof this !== "function") || this === null) {
    throw new TypeError("Promise.prototype.finally called on a non-object");
  }
  const p = this as PromiseLike<unknown>;
  const ctor = (p as { constructor?: unknown }).constructor;
  let C: PromiseConstructor = Promise;
  if (ctor !== undefined) {
    if ((typeof ctor !== "object" && typeof ctor !== "function") || ctor === null) throw new TypeError("constructor is not an object");
    const species = (ctor as Record<symbol, unknown>)[Symbol.species];
    if (species !== undefined && species !== null) C = species as PromiseConstructor;
  }
  if (typeof onFinally !== "function") return p.then(onFinally as undefined, onFinally as undefined) as Promise<unknown>;
  const f = onFinally as () => unknown;
  return p.then(
    (value) => C.resolve(f()).then(() => value),
    (reason) =>
      C.resolve(f()).then(() => {
        throw reason;
      }),
  ) as Promise<unknown>;
}

/**
 * Not a polyfill: BigInt cannot be written in ES2017. zod computes its int64/uint64 ranges with BigInt(…) when its
 * modules are evaluated, which throws a ReferenceError in an engine without BigInt and stops the bundle. This
 * stand-in lets that evaluation finish: it returns the value as a number. No value is ever a bigint in such an
 * engine (no literal, no typeof "bigint"), so the ranges are never used; our schemas have no bigint fields.
 */
function bigIntStandIn(value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new RangeError(`The number ${String(value)} cannot be converted to a BigInt`);
  return n;
}

function has(o: object, name: string): boolean {
  return typeof (o as Record<string, unknown>)[name] === "function";
}

/** Installs what `g` lacks; returns the names installed (none in a current browser or in Node). */
export function installPolyfills(g: PolyfillTarget): string[] {
  const installed: string[] = [];
  const add = (o: object, name: string, label: string, fn: AnyFn): void => {
    if (has(o, name)) return;
    define(o, name, fn);
    installed.push(label);
  };
  add(g.String.prototype, "matchAll", "String.prototype.matchAll", matchAll);
  add(g.Array.prototype, "flat", "Array.prototype.flat", flat);
  add(g.Array.prototype, "flatMap", "Array.prototype.flatMap", flatMap);
  add(g.Object, "fromEntries", "Object.fromEntries", fromEntries);
  add(g.String.prototype, "trimStart", "String.prototype.trimStart", trimStart);
  add(g.String.prototype, "trimEnd", "String.prototype.trimEnd", trimEnd);
  add(g.Promise.prototype, "finally", "Promise.prototype.finally", promiseFinally);
  if (typeof g.globalThis !== "object" || g.globalThis === null) {
    define(g, "globalThis", g);
    installed.push("globalThis");
  }
  if (typeof g.BigInt !== "function") {
    define(g, "BigInt", bigIntStandIn);
    installed.push("BigInt (stand-in)");
  }
  return installed;
}

/** The global object without relying on globalThis (which is one of the things installed). */
function globalObject(): PolyfillTarget | undefined {
  if (typeof self !== "undefined") return self as unknown as PolyfillTarget;
  if (typeof window !== "undefined") return window as unknown as PolyfillTarget;
  if (typeof globalThis !== "undefined") return globalThis as unknown as PolyfillTarget;
  return undefined;
}

const target = globalObject();
/** What this page needed (empty in a current engine); for diagnostics. */
export const INSTALLED: readonly string[] = target ? installPolyfills(target) : [];
