// scripts/lib/browser-build.js: the stylesheet transform for engines without CSS custom properties (IE11, old
// Chromium) and the checks the browser tests run on the built files. The built files themselves are checked by
// scripts/browser-tests.js and scripts/wps-browser-test.js after a real webpack build.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

interface BrowserBuild {
  unguardedVars(css: string): string[];
  assertEs5(code: string, name: string): void;
  BROWSERS: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script without typings
const lib = require("../../scripts/lib/browser-build.js") as BrowserBuild;

const STYLESHEET = path.join(__dirname, "../../src/taskpane/taskpane.css");

/** lowerCss in a plain Node process, as webpack runs it: postcss-custom-properties is an ES module, which Node
 * requires natively and jest's module system does not. */
function lowerCss(file: string): string {
  const script = `require(${JSON.stringify(path.join(__dirname, "../../scripts/lib/browser-build.js"))}).lowerCss(require("fs").readFileSync(process.argv[1], "utf8"), process.argv[1]).then((css) => process.stdout.write(css))`;
  const r = spawnSync(process.execPath, ["-e", script, file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

describe("unguardedVars", () => {
  test("reports a var(--…) with no plain declaration of the same property just before it", () => {
    const css =
      ":root { --c: red; } a { color: var(--c); } b { color: red; color: var(--c); } i { margin: 0; color: var(--c); }";
    expect(lib.unguardedVars(css)).toEqual(["a { color: var(--c) }", "i { color: var(--c) }"]);
  });

  test("a fallback that is itself a var(--…), or one for another property, does not count", () => {
    expect(lib.unguardedVars("a { color: var(--d); color: var(--c); }")).toHaveLength(2);
    expect(lib.unguardedVars("a { background: red; color: var(--c); }")).toEqual(["a { color: var(--c) }"]);
  });

  test("custom property declarations, comments and @media blocks", () => {
    expect(lib.unguardedVars(":root { --a: var(--b); } /* x { color: var(--c) } */")).toEqual([]);
    expect(lib.unguardedVars("@media print { a { color: var(--c); } }")).toEqual(["a { color: var(--c) }"]);
  });
});

describe("lowerCss on the task pane's stylesheet", () => {
  const source = fs.readFileSync(STYLESHEET, "utf8");

  test("the source relies on custom properties (so the transform matters)", () => {
    expect(lib.unguardedVars(source).length).toBeGreaterThan(20);
  });

  test("leaves no var(--…) without a plain declaration before it, with the :root value", () => {
    const out = lowerCss(STYLESHEET);
    expect(lib.unguardedVars(out)).toEqual([]);
    expect(out).toMatch(/color: #242424;\s*color: var\(--ptc-fg\);/);
    expect(out).toMatch(/min-height: 32px;\s*min-height: var\(--ptc-row\);/);
  });

  test("no flex gap: IE11 and Chromium before 84 ignore it", () => {
    const declarations = source.replace(/\/\*[\s\S]*?\*\//g, "").match(/[{;]\s*(?:row-|column-)?gap\s*:/g) ?? [];
    expect(declarations).toEqual([]);
  });
});

describe("assertEs5", () => {
  test("accepts ES5 and rejects newer syntax, regular-expression flags included", () => {
    expect(() =>
      lib.assertEs5("var a = [1, 2].map(function (x) { return x * 2; }); /a+/g.test('aa');", "es5"),
    ).not.toThrow();
    for (const code of [
      "let a = 1;",
      "var f = () => 1;",
      "var s = `x`;",
      "var r = /a/u;",
      "var r = /a/y;",
      "var r = /(?<=a)b/;",
      "var o = { a };",
    ]) {
      expect(() => lib.assertEs5(code, "sample")).toThrow(/is not ES5/);
    }
  });

  test("the build targets Internet Explorer 11", () => {
    expect(lib.BROWSERS).toBe("ie 11");
  });
});
