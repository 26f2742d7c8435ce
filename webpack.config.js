/* eslint-disable no-console */
// Builds the web part of the add-in into dist-web/ (the CLI's tsc output stays in dist/):
//   taskpane.html  the task pane, one bundle for Excel (Office.js) and WPS (window.Application); also the ribbon's
//                  FunctionFile (manifest.xml, shared runtime)
//   commands.html  the ribbon's function commands on their own (when src/commands/commands.ts exists)
//   preview.html   the task pane beside the sample workbook, over the in-memory host (npm start on Linux)
//
// Code is compiled to ES5 with core-js polyfills, for Internet Explorer 11: Office on Windows runs this add-in (its
// manifest has <Runtimes>) in IE11 wherever WebView2 is missing, e.g. volume-licensed Office 2016 and 2019. The
// pipeline (babel, core-js, the stylesheet's plain fallbacks for custom properties) is scripts/lib/browser-build.js,
// shared with the WPS build. What cannot be polyfilled is probed at run time by src/taskpane/boot-check.js, which
// shows "当前 Office/WPS 版本过旧…" instead of a blank pane.
//
// Environment:
//   OFFICE_JS=local   serve office.js from this server instead of Microsoft's CDN (see officeJs() below)
//   ADDIN_URL=https://host/path/   production build: rewrite https://localhost:3000/ in manifest.xml to this URL
//   HTTPS=1           dev server over HTTPS with office-addin-dev-certs (needed to sideload into Excel; an optional dependency)
//   PTC_RELEASE=1     release build (`npm run package`, scripts/package.js): no preview page, no source maps
// --env preview     build only the preview (npm start on Linux, the browser tests)
// --output-path DIR write somewhere else than dist-web/ (the browser tests build into a temporary folder)
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { TARGET, scriptRules, lowerCss } = require("./scripts/lib/browser-build");

const ROOT = __dirname;
const OUT = path.join(ROOT, "dist-web");
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_PACKAGE = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const COMMANDS_TS = path.join(ROOT, "src", "commands", "commands.ts");
// shown in the pane's settings panel (src/taskpane/version.ts)
const VERSION = require("./package.json").version;

/**
 * Where the pages load office.js from.
 *
 * Default: Microsoft's CDN. That is what Microsoft supports and AppSource requires; the CDN copy receives fixes
 * and new requirement sets without a redeploy, and Office may expect a current office.js for the host build.
 *
 * OFFICE_JS=local copies node_modules/@microsoft/office-js/dist (an optionalDependency: `npm install` brings it)
 * to dist-web/office-js/ and the pages load it from there. For intranets and networks where
 * appsforoffice.microsoft.com is blocked or slow (reported from China: office-js#801, #739). Trade-offs: the npm
 * package is "no longer officially supported" (its README), it goes stale unless you update and redeploy it, it
 * adds ~86 MB to the deployment (Office fetches host-specific files from the same folder, so the whole dist is
 * copied), and an add-in submitted to AppSource must use the CDN.
 */
function officeJs() {
  if (process.env.OFFICE_JS !== "local") return { url: OFFICE_JS_CDN, copy: [] };
  if (!fs.existsSync(path.join(OFFICE_JS_PACKAGE, "office.js"))) {
    throw new Error(
      "OFFICE_JS=local: node_modules/@microsoft/office-js/dist/office.js not found. It is an optional dependency: " +
        "run `npm install` without --omit=optional (or --no-optional), or build without OFFICE_JS to use Microsoft's CDN.",
    );
  }
  // copied as is: minimized: true keeps terser off Microsoft's files
  return {
    url: "office-js/office.js",
    copy: [{ from: OFFICE_JS_PACKAGE, to: "office-js", info: { minimized: true } }],
  };
}

/** The production manifest points at the deployment; the dev one keeps https://localhost:3000/. */
function manifestTransform(dev) {
  return (content) => {
    const url = process.env.ADDIN_URL;
    if (dev || !url) return content;
    const base = url.endsWith("/") ? url : `${url}/`;
    return content.toString().split(DEV_URL).join(base);
  };
}

async function devServerTransport() {
  if (process.env.HTTPS !== "1") return "http";
  let certs;
  try {
    certs = require("office-addin-dev-certs");
  } catch {
    throw new Error(
      "HTTPS=1 needs office-addin-dev-certs (an optional dependency, through office-addin-debugging: run `npm install` without --omit=optional), which installs a localhost CA.",
    );
  }
  return { type: "https", options: await certs.getHttpsServerOptions() };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const office = officeJs();
  const bootCheck = fs.readFileSync(path.join(ROOT, "src", "taskpane", "boot-check.js"), "utf8");
  const hasCommands = fs.existsSync(COMMANDS_TS);
  if (!hasCommands) console.warn("webpack: src/commands/commands.ts not found yet; commands.html is not built.");
  // env.preview: build only the preview (npm start on Linux, the browser tests)
  const previewOnly = Boolean(env.preview);
  const release = process.env.PTC_RELEASE === "1";
  if (!dev && !previewOnly && !process.env.ADDIN_URL) {
    console.warn("webpack: ADDIN_URL not set; dist-web/manifest.xml still points at https://localhost:3000/.");
  }
  const entry = release ? {} : { preview: "./src/preview/preview.ts" };
  if (!previewOnly) {
    entry.taskpane = "./src/taskpane/taskpane.ts";
    if (hasCommands) entry.commands = COMMANDS_TS;
  }

  const html = release
    ? []
    : [
        new HtmlWebpackPlugin({
          filename: "preview.html",
          template: "./src/preview/preview.html",
          chunks: ["preview"],
          scriptLoading: "defer",
          templateParameters: { bootCheck },
        }),
      ];
  if (!previewOnly) {
    html.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: { bootCheck, officeJs: office.url },
      }),
    );
    if (hasCommands) {
      html.push(
        new HtmlWebpackPlugin({
          filename: "commands.html",
          chunks: ["commands"],
          scriptLoading: "defer",
          templateContent: [
            "<!doctype html>",
            '<html lang="zh-CN"><head><meta charset="utf-8" />',
            '<meta http-equiv="X-UA-Compatible" content="IE=Edge" />',
            "<title>绩效目标表校验助手（功能区命令）</title>",
            `<script src="${office.url}"></script>`,
            "</head><body></body></html>",
          ].join("\n"),
        }),
      );
    }
  }

  const copy = [
    // with a plain declaration before each var(--…), for IE11 (scripts/lib/browser-build.js)
    { from: "src/taskpane/taskpane.css", to: "taskpane.css", transform: (content, from) => lowerCss(content, from) },
    ...(release ? [] : [{ from: "src/preview/preview.css", to: "preview.css" }]),
    // the manifest's SupportUrl and 了解更多 link
    { from: "src/taskpane/help.html", to: "help.html" },
  ];
  if (!previewOnly) {
    copy.push({ from: "assets", to: "assets", noErrorOnMissing: true });
    copy.push({ from: "manifest*.xml", to: "[name][ext]", noErrorOnMissing: true, transform: manifestTransform(dev) });
    copy.push(...office.copy);
  }

  return {
    mode: dev ? "development" : "production",
    context: ROOT,
    entry,
    target: TARGET,
    devtool: release ? false : "source-map",
    output: {
      path: OUT,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        ...scriptRules(),
        // the preview's sample workbook, bundled as a string
        { test: /\.txt$/, type: "asset/source" },
      ],
    },
    plugins: [
      new DefinePlugin({ __PTC_VERSION__: JSON.stringify(VERSION) }),
      ...html,
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    performance: { hints: false },
    devServer: {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await devServerTransport(),
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      setupMiddlewares: (middlewares) => {
        // the bare URL opens the preview
        middlewares.unshift({
          name: "root-to-preview",
          path: "/",
          middleware: (req, res, next) => {
            if (req.url === "/" || req.url === "/index.html") {
              res.writeHead(302, { Location: "/preview.html" });
              res.end();
            } else next();
          },
        });
        return middlewares;
      },
    },
  };
};
