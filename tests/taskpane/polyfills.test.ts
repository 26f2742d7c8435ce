// src/taskpane/polyfills.ts: installed into a stand-in global that lacks the functions, each polyfill must give
// what the native function gives in Node (which has them all) — results, iteration, errors.
import fc from "fast-check";
import { installPolyfills, type PolyfillTarget } from "../../src/taskpane/polyfills";

type Fn = (this: unknown, ...args: unknown[]) => unknown;

/** A global like EdgeHTML's: prototypes without the ES2019/ES2020 functions, no globalThis, no BigInt. */
function edge18(): { g: PolyfillTarget & Record<string, unknown>; proto: { s: Record<string, Fn>; a: Record<string, Fn>; p: Record<string, Fn> }; obj: Record<string, Fn> } {
  const s: Record<string, Fn> = {};
  const a: Record<string, Fn> = {};
  const p: Record<string, Fn> = {};
  const obj: Record<string, Fn> = {};
  const g = {
    String: { prototype: s },
    Array: { prototype: a },
    Object: obj,
    Promise: { prototype: p },
  } as unknown as PolyfillTarget & Record<string, unknown>;
  return { g, proto: { s, a, p }, obj };
}

function installed() {
  const e = edge18();
  const names = installPolyfills(e.g);
  const get = (o: Record<string, Fn>, k: string): Fn => {
    const f = o[k];
    if (typeof f !== "function") throw new Error(`${k} not installed`);
    return f;
  };
  return { ...e, names, get };
}

describe("installPolyfills", () => {
  test("installs everything an EdgeHTML-like global lacks, non-enumerable", () => {
    const { g, names, proto } = installed();
    expect(names).toEqual([
      "String.prototype.matchAll",
      "Array.prototype.flat",
      "Array.prototype.flatMap",
      "Object.fromEntries",
      "String.prototype.trimStart",
      "String.prototype.trimEnd",
      "Promise.prototype.finally",
      "globalThis",
      "BigInt (stand-in)",
    ]);
    expect(Object.keys(proto.s)).toEqual([]); // not enumerable: for…in over strings and arrays stays clean
    expect(g.globalThis).toBe(g);
  });

  test("installs nothing where the engine has it all (Node, current browsers)", () => {
    expect(installPolyfills(globalThis as unknown as PolyfillTarget)).toEqual([]);
  });
});

describe("String.prototype.matchAll polyfill = native", () => {
  const { get, proto } = installed();
  const matchAll = get(proto.s, "matchAll");
  const shape = (it: Iterable<RegExpMatchArray>) => Array.from(it, (m) => ({ all: Array.from(m), index: m.index }));

  test.each([
    ["2023年至2024年，２０２５年", /(\d{4})年/g],
    ["abc", /(?:)/g],
    ["𠀀𠀁x", /(?:)/gu],
    ["a1b22c333", /\d+/g],
    ["no match here", /\d/g],
    ["aaa", "a"],
    ["a.b.c", "."],
  ] as Array<[string, RegExp | string]>)("%s with %s", (text, re) => {
    expect(shape(matchAll.call(text, re) as Iterable<RegExpMatchArray>)).toEqual(shape(text.matchAll(re as RegExp)));
  });

  test("starts at the regexp's lastIndex and leaves the original alone", () => {
    const re = /\d/g;
    re.lastIndex = 2;
    const got = shape(matchAll.call("1234", re) as Iterable<RegExpMatchArray>);
    expect(got.map((m) => m.all[0])).toEqual(["3", "4"]);
    expect(re.lastIndex).toBe(2);
  });

  test("a non-global RegExp is a TypeError, as natively", () => {
    expect(() => matchAll.call("x", /x/)).toThrow(TypeError);
    expect(() => "x".matchAll(/x/)).toThrow(TypeError);
    expect(() => matchAll.call(null, /x/g)).toThrow(TypeError);
  });

  test("random texts and patterns", () => {
    const patterns = [/\d+/g, /[年月日]/g, /(\d)(\d)?/g, /x*/g, /[\u{20000}-\u{2a6df}]/gu];
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), fc.integer({ min: 0, max: patterns.length - 1 }), (s, i) => {
        const re = patterns[i] as RegExp;
        expect(shape(matchAll.call(s, re) as Iterable<RegExpMatchArray>)).toEqual(shape(s.matchAll(re)));
      }),
      { numRuns: 500 },
    );
  });

  test("the iterator is iterable and says so", () => {
    const it = matchAll.call("a1", /\d/g) as IterableIterator<RegExpMatchArray>;
    expect(it[Symbol.iterator]()).toBe(it);
    expect(Object.prototype.toString.call(it)).toBe("[object RegExp String Iterator]");
  });
});

describe("Array.prototype.flat / flatMap polyfills = native", () => {
  const { get, proto } = installed();
  const flat = get(proto.a, "flat");
  const flatMap = get(proto.a, "flatMap");

  test("flat: default depth 1, explicit depths, Infinity, holes skipped", () => {
    // eslint-disable-next-line no-sparse-arrays
    const cases: unknown[][] = [[1, [2, [3, [4]]]], [[], [[]], 1], [1, , 3], [[1, , 2], [[3]]]];
    for (const c of cases) {
      expect(flat.call(c)).toEqual(c.flat());
      for (const d of [0, 1, 2, Infinity, -1]) expect(flat.call(c, d)).toEqual(c.flat(d));
    }
  });

  test("flatMap: mapper with index and array, one level, thisArg", () => {
    const src = [1, 2, 3];
    const ctx = { k: 10 };
    const fn = function (this: typeof ctx, v: number, i: number) {
      return [[v * this.k], i];
    };
    expect(flatMap.call(src, fn, ctx)).toEqual(src.flatMap(fn, ctx));
    expect(() => flatMap.call(src, "not a function")).toThrow(TypeError);
  });

  test("random nested arrays", () => {
    const nested = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, fc.integer(), fc.array(tie("node"), { maxLength: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.array(nested, { maxLength: 6 }), fc.integer({ min: 0, max: 4 }), (arr, d) => {
        expect(flat.call(arr, d)).toEqual(arr.flat(d));
      }),
      { numRuns: 300 },
    );
  });
});

describe("Object.fromEntries, trimStart/trimEnd, Promise.prototype.finally polyfills = native", () => {
  const { get, proto, obj, g } = installed();

  test("Object.fromEntries over arrays, Maps and generators; bad entries are a TypeError", () => {
    const fromEntries = get(obj, "fromEntries");
    const inputs: Array<Iterable<readonly [PropertyKey, unknown]>> = [
      [["a", 1], ["b", 2], ["a", 3]],
      new Map<PropertyKey, unknown>([["x", null], [1, "one"]]),
      (function* () {
        yield ["__proto__", 5] as const;
      })(),
    ];
    for (const input of inputs) {
      const copy = Array.from(input);
      expect(fromEntries(copy)).toEqual(Object.fromEntries(copy));
    }
    const withProto = fromEntries([["__proto__", 5]]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(withProto)).toBe(Object.prototype); // a plain key, not the prototype
    expect(Object.keys(withProto)).toEqual(["__proto__"]);
    expect(() => fromEntries([1])).toThrow(TypeError);
    expect(() => fromEntries(null as unknown as [])).toThrow(TypeError);
  });

  test("trimStart / trimEnd remove what trim removes, at one end", () => {
    const trimStart = get(proto.s, "trimStart");
    const trimEnd = get(proto.s, "trimEnd");
    for (const s of ["  a b  ", "\u3000全角空格\u3000", "\t\n x \r\n", "\ufeffbom", "", "   "]) {
      expect(trimStart.call(s)).toBe(s.trimStart());
      expect(trimEnd.call(s)).toBe(s.trimEnd());
    }
  });

  test("Promise.prototype.finally runs the callback and passes the value or the reason through", async () => {
    const fin = get(proto.p, "finally");
    const calls: string[] = [];
    await expect(fin.call(Promise.resolve(7), () => calls.push("ok"))).resolves.toBe(7);
    await expect(fin.call(Promise.reject(new Error("boom")), () => calls.push("err"))).rejects.toThrow("boom");
    // a throwing callback replaces the outcome, as natively
    await expect(fin.call(Promise.resolve(1), () => {
      throw new Error("from finally");
    })).rejects.toThrow("from finally");
    expect(calls).toEqual(["ok", "err"]);
  });

  test("the BigInt stand-in lets zod's module code run and refuses non-integers", () => {
    const big = g.BigInt as (v: unknown) => number;
    expect(big(2) ** 63 - 1 > 0).toBe(true);
    expect(() => big(1.5)).toThrow(RangeError);
  });
});
