// How the browser bundles are compiled: one JavaScript pipeline for webpack.config.js (task pane, commands, preview),
// scripts/build-wps.js (the WPS entry page) and the browser tests, and the stylesheet transform.
//
// Floor: Internet Explorer 11. Office on Windows runs an add-in whose manifest has <Runtimes> in IE11 (Trident+)
// wherever WebView2 is missing: volume-licensed Office 2016/2019, retail 2016/2019 without WebView2, Microsoft 365
// on Windows 7/8.1 or before 16.0.11629 (docs/excel-install.md). IE11 parses ES5 only and lacks most ES2015+
// built-ins, so:
//   - syntax: babel's preset-env lowers our TypeScript (preset-typescript strips the types; `npm run typecheck`
//     type-checks) and the ES2020 modules of zod to ES5, regular-expression literals included (regexpu: `u` flag,
//     named groups, dotAll, property escapes);
//   - built-ins: core-js 3, imported by babel into each module that uses a built-in IE11 lacks (useBuiltIns:
//     "usage"), so only what the code calls is bundled; src/taskpane/polyfills.ts adds the base ones up front and the
//     DOM pieces core-js does not cover;
//   - webpack's own runtime is emitted as ES5 (target "es5").
// EdgeHTML, WebView2 and every embedded Chromium are above this floor; core-js leaves a native built-in alone unless
// it is missing or non-conforming. The tests parse the bundles with acorn at ecmaVersion 5.
"use strict";

const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

/** browserslist query of the oldest engine the bundles must run in. */
const BROWSERS = "ie 11";

/** webpack `target`: browser, ES5 runtime code. */
const TARGET = ["web", "es5"];

/** The core-js version babel may import modules of (its minor decides which proposals count as stable). */
const CORE_JS = require("core-js/package.json").version;

/** The @babel/runtime version the helpers may come from (newer helpers are inlined when the runtime lacks them). */
const RUNTIME = require("@babel/runtime/package.json").version;

function babelOptions(typescript) {
  return {
    babelrc: false,
    configFile: false,
    // zod is ES modules; the core-js modules babel adds are CommonJS: let webpack see each file as it is
    sourceType: "unambiguous",
    // babel-loader's cache (node_modules/.cache/babel-loader): a rebuild only compiles what changed
    cacheDirectory: true,
    cacheCompression: false,
    presets: [
      [
        "@babel/preset-env",
        { targets: BROWSERS, useBuiltIns: "usage", corejs: CORE_JS, modules: false, bugfixes: true },
      ],
      ...(typescript ? [["@babel/preset-typescript", { allowDeclareFields: true }]] : []),
    ],
    // babel's helpers (classes, spread, async functions' regenerator) imported from @babel/runtime, once per bundle,
    // instead of a copy in every module that needs one
    plugins: [
      ["@babel/plugin-transform-runtime", { corejs: false, helpers: true, regenerator: true, version: RUNTIME }],
    ],
    // class fields are assigned (as tsc does with useDefineForClassFields off, which tsconfig.json's target implies)
    assumptions: { setPublicClassFields: true },
  };
}

/**
 * webpack module rules for the browser bundles: TypeScript and the ES2015+ packages in node_modules (zod) through
 * babel. core-js itself and webpack's own modules are never run through babel: polyfilling core-js with core-js would
 * make it import itself.
 */
function scriptRules() {
  return [
    { test: /\.ts$/, exclude: /node_modules/, use: { loader: "babel-loader", options: babelOptions(true) } },
    {
      test: /\.m?js$/,
      include: /node_modules[\\/]zod[\\/]/,
      use: { loader: "babel-loader", options: babelOptions(false) },
    },
  ];
}

/**
 * The task pane stylesheet for old engines: every `var(--x)` whose custom property is declared on :root gets a plain
 * declaration with the resolved value just before it (postcss-custom-properties, preserve: true). IE11 (no custom
 * properties) and Chromium before 49 keep the plain value and drop the var() line; every other engine uses the var().
 */
async function lowerCss(css, from) {
  const postcss = require("postcss");
  const customProperties = require("postcss-custom-properties");
  const result = await postcss([customProperties({ preserve: true })]).process(String(css), { from, map: false });
  return result.css;
}

/**
 * The declarations of a stylesheet that use var(--…) without a plain declaration of the same property just before
 * them in the same rule: what an engine without custom properties would lose. Comments are ignored; a small scanner,
 * not a CSS parser, enough for our flat stylesheets (no nested rules besides @media blocks).
 */
function unguardedVars(css) {
  const text = String(css).replace(/\/\*[\s\S]*?\*\//g, "");
  const out = [];
  const blocks = /([^{}]*)\{([^{}]*)\}/g;
  let m;
  while ((m = blocks.exec(text)) !== null) {
    const selector = m[1].trim();
    const decls = m[2]
      .split(";")
      .map((d) => d.trim())
      .filter((d) => d !== "");
    let previous = null;
    for (const d of decls) {
      const colon = d.indexOf(":");
      const prop = colon < 0 ? "" : d.slice(0, colon).trim().toLowerCase();
      const value = colon < 0 ? d : d.slice(colon + 1).trim();
      if (/var\(\s*--/.test(value) && !prop.startsWith("--")) {
        const plain = previous && previous.prop === prop && !/var\(\s*--/.test(previous.value);
        if (!plain) out.push(`${selector} { ${d} }`);
      }
      previous = { prop, value };
    }
  }
  return out;
}

/** Parses `code` as an ES5 script (acorn validates regular-expression literals per ecmaVersion too); throws with
 * the position and the code around it. */
function assertEs5(code, name) {
  const acorn = require(require.resolve("acorn", { paths: [ROOT] }));
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: "script" });
  } catch (e) {
    const at = typeof e.pos === "number" ? e.pos : 0;
    throw new Error(
      `${name} is not ES5 (IE11 cannot parse it): ${e.message} near ${JSON.stringify(code.slice(Math.max(0, at - 60), at + 60))}`,
    );
  }
}

module.exports = { BROWSERS, TARGET, scriptRules, babelOptions, lowerCss, unguardedVars, assertEs5 };
