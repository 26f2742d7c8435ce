// src/taskpane/polyfills.ts: the DOM pieces core-js does not cover, installed into stand-ins shaped like Internet
// Explorer 11's objects. The ECMAScript built-ins are core-js's (tested by its authors); that the bundle really gets
// them is shown by scripts/browser-tests.js, which deletes them from a browser before the bundle loads.
import { installDomPolyfills, LEGACY_KEYS, type DomPolyfillTarget } from "../../src/taskpane/polyfills";

interface FakeElement {
  nodeType: number;
  parentNode: FakeElement | null;
  className: string;
}

/** An element prototype like IE11's: msMatchesSelector (here: selector = ".class"), no matches, no closest. */
function ie11ElementProto(): Record<string, unknown> {
  return {
    msMatchesSelector(this: FakeElement, selector: string): boolean {
      return selector === `.${this.className}`;
    },
  };
}

/** IE11's DOMTokenList: toggle(name, force) ignores `force` and flips. */
function ie11TokenList(): {
  proto: Record<string, unknown>;
  make: () => {
    set: Set<string>;
    list: {
      toggle(n: string, f?: boolean): boolean;
      contains(n: string): boolean;
      add(n: string): void;
      remove(n: string): void;
    };
  };
} {
  const proto: Record<string, unknown> = {
    toggle(this: { set: Set<string> }, name: string): boolean {
      if (this.set.has(name)) this.set.delete(name);
      else this.set.add(name);
      return this.set.has(name);
    },
    contains(this: { set: Set<string> }, name: string): boolean {
      return this.set.has(name);
    },
    add(this: { set: Set<string> }, name: string): void {
      this.set.add(name);
    },
    remove(this: { set: Set<string> }, name: string): void {
      this.set.delete(name);
    },
  };
  const make = () => {
    const set = new Set<string>();
    const list = Object.create(proto) as {
      set: Set<string>;
      toggle(n: string, f?: boolean): boolean;
      contains(n: string): boolean;
      add(n: string): void;
      remove(n: string): void;
    };
    list.set = set;
    return { set, list };
  };
  return { proto, make };
}

/** KeyboardEvent.prototype with `key` as an accessor, reporting what IE11 reports. */
function keyboardProto(): object {
  const proto = {};
  Object.defineProperty(proto, "key", {
    get(this: { raw: string }) {
      return this.raw;
    },
    enumerable: true,
    configurable: true,
  });
  return proto;
}

function ie11Global(): DomPolyfillTarget & { BigInt?: unknown } {
  const tokens = ie11TokenList();
  return {
    Element: { prototype: ie11ElementProto() },
    DOMTokenList: { prototype: tokens.proto },
    KeyboardEvent: { prototype: keyboardProto() },
    document: { createElement: () => ({ classList: tokens.make().list }) },
  };
}

describe("installDomPolyfills on an IE11-like global", () => {
  test("installs matches, closest, toggle(force), the key names and the BigInt stand-in, non-enumerable", () => {
    const g = ie11Global();
    expect(installDomPolyfills(g)).toEqual([
      "Element.prototype.matches",
      "Element.prototype.closest",
      "DOMTokenList.prototype.toggle(force)",
      "KeyboardEvent.prototype.key (standard names)",
      "BigInt (stand-in)",
    ]);
    expect(Object.keys(g.Element?.prototype ?? {})).toEqual(["msMatchesSelector"]);
  });

  test("closest finds the element itself or its nearest matching ancestor, null past the root", () => {
    const g = ie11Global();
    installDomPolyfills(g);
    const proto = g.Element?.prototype as object;
    const node = (className: string, parentNode: FakeElement | null): FakeElement =>
      Object.assign(Object.create(proto) as FakeElement, { nodeType: 1, parentNode, className });
    const doc = { nodeType: 9, parentNode: null, className: "" } as FakeElement;
    const list = node("list", node("pane", doc));
    const item = node("item", list);
    const button = node("button", item);
    const closest = (e: FakeElement, s: string) =>
      (e as unknown as { closest(s: string): FakeElement | null }).closest(s);
    expect(closest(button, ".button")).toBe(button);
    expect(closest(button, ".item")).toBe(item);
    expect(closest(button, ".pane")).toBe(list.parentNode);
    expect(closest(button, ".nowhere")).toBeNull(); // stops at the document node (nodeType 9)
  });

  test("toggle honours `force` (IE11 flips regardless) and still flips without it", () => {
    const tokens = ie11TokenList();
    const g = {
      ...ie11Global(),
      DOMTokenList: { prototype: tokens.proto },
      document: { createElement: () => ({ classList: tokens.make().list }) },
    };
    const { list } = tokens.make();
    list.toggle("on", false);
    expect(list.contains("on")).toBe(true); // the IE11 behaviour the polyfill is for
    list.remove("on");
    installDomPolyfills(g);
    expect(list.toggle("on", false)).toBe(false);
    expect(list.contains("on")).toBe(false);
    expect(list.toggle("on", true)).toBe(true);
    expect(list.toggle("on", true)).toBe(true);
    expect(list.contains("on")).toBe(true);
    expect(list.toggle("on")).toBe(false);
    expect(list.toggle("on", undefined)).toBe(true);
  });

  test("a conforming toggle is left alone", () => {
    const g = ie11Global();
    const conforming = {
      toggle(this: { set: Set<string> }, n: string, f?: boolean): boolean {
        const want = f === undefined ? !this.set.has(n) : f;
        if (want) this.set.add(n);
        else this.set.delete(n);
        return want;
      },
      contains(this: { set: Set<string> }, n: string): boolean {
        return this.set.has(n);
      },
    };
    const make = () => Object.assign(Object.create(conforming) as typeof conforming, { set: new Set<string>() });
    const h = {
      ...g,
      DOMTokenList: { prototype: conforming },
      document: { createElement: () => ({ classList: make() }) },
    };
    const before = conforming.toggle;
    expect(installDomPolyfills(h)).not.toContain("DOMTokenList.prototype.toggle(force)");
    expect(conforming.toggle).toBe(before);
  });

  test("KeyboardEvent.key: IE11's names become the standard ones, others pass through; installed once", () => {
    const g = ie11Global();
    installDomPolyfills(g);
    const again = installDomPolyfills(g);
    expect(again).not.toContain("KeyboardEvent.prototype.key (standard names)");
    const proto = g.KeyboardEvent?.prototype as object;
    const key = (raw: string): unknown =>
      (Object.assign(Object.create(proto) as object, { raw }) as unknown as { key: unknown }).key;
    for (const [legacy, standard] of Object.entries(LEGACY_KEYS))
      expect([legacy, key(legacy)]).toEqual([legacy, standard]);
    for (const k of ["ArrowDown", "Escape", "Enter", "Home", "a", "上", " "]) expect(key(k)).toBe(k);
  });

  test("the BigInt stand-in lets zod's module code run and refuses non-integers", () => {
    const g = ie11Global();
    installDomPolyfills(g);
    const BigIntStandIn = g.BigInt as (v: unknown) => number;
    expect(BigIntStandIn("-9223372036854775808")).toBe(-9223372036854775808);
    expect(BigIntStandIn(42)).toBe(42);
    expect(() => BigIntStandIn(1.5)).toThrow(RangeError);
  });
});

test("installs nothing the engine has (Node: no DOM, a native BigInt)", () => {
  expect(installDomPolyfills(globalThis as unknown as DomPolyfillTarget)).toEqual([]);
});
