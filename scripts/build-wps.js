#!/usr/bin/env node
/* eslint-disable no-console */
// Builds the WPS 加载项 (WPS 表格 / ET) into dist-wps/:
//
//   dist-wps/<name>_<version>/        the add-in folder (what WPS serves online or unpacks into jsaddons offline)
//     ribbon.xml, index.html          wps/ (CustomUI ribbon, entry page without office.js)
//     js/wps-main.js                  src/wps/main.ts: the ribbon callbacks, a Session over WpsHost
//     images/*.svg                    ribbon icons
//     taskpane/                       a copy of the task pane build (dist-web/taskpane.html and what it loads)
//   dist-wps/jsplugins.xml            online deployment: <jspluginonline name type="et" url="<base-url>/<folder>/"/>
//   dist-wps/jsplugins-offline.xml    offline deployment from a server: <jsplugin … url="<base-url>/<name>.7z" version/>
//   dist-wps/publish.xml              offline install by hand: the entry for jsaddons/publish.xml
//   dist-wps/publish.html             a page that registers the online add-in through WPS's local service
//   dist-wps/<name>.7z                only when a 7z/7za/7zr program is on PATH
//
// Usage: node scripts/build-wps.js [--mode production|development] [--base-url https://server/path/]
//                                  [--out dist-wps] [--pane-dir dist-web] [--with-pane]
//   --with-pane   build the task pane with webpack.config.js into a private folder (otherwise the pane is copied
//                 from --pane-dir, default dist-web/, as the last `webpack` run left it)
//
// JavaScript target: ES5 with core-js polyfills, the pipeline of webpack.config.js (scripts/lib/browser-build.js).
// No source names WPS's embedded Chromium versions, so the bundle asks for no more than an ES5 engine: every
// Chromium qualifies; wps/index.html probes that and the ribbon explains instead of failing when it is missing.
// The bundle is parsed with acorn (ecmaVersion 5) after the build to prove no newer syntax slipped in.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const webpack = require("webpack");
const { TARGET, scriptRules, assertEs5 } = require("./lib/browser-build");

const ROOT = path.resolve(__dirname, "..");

function parseArgs(argv) {
  const o = {
    mode: "production",
    baseUrl: "http://127.0.0.1:3889/",
    out: "dist-wps",
    paneDir: "dist-web",
    withPane: false,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--mode") o.mode = next();
    else if (a === "--base-url") o.baseUrl = next();
    else if (a === "--out") o.out = next();
    else if (a === "--pane-dir") o.paneDir = next();
    else if (a === "--with-pane") o.withPane = true;
    else if (a === "--quiet") o.quiet = true;
    else if (a === "--help" || a === "-h") o.help = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (o.mode !== "production" && o.mode !== "development") throw new Error("--mode is production or development");
  if (!/^(https?|file):\/\//.test(o.baseUrl)) throw new Error("--base-url must be an http(s):// or file:// URL");
  if (!o.baseUrl.endsWith("/")) o.baseUrl += "/";
  return o;
}

function xmlAttr(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function run(config) {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true, errorDetails: true })));
      resolve(stats);
    });
  });
}

/** The webpack config of the entry page's bundle. */
function wpsConfig(mode, jsDir) {
  return {
    mode,
    context: ROOT,
    entry: { "wps-main": "./src/wps/main.ts" },
    target: TARGET,
    // PTC_RELEASE=1 (npm run package): no source maps in what is deployed, as in webpack.config.js
    devtool: process.env.PTC_RELEASE === "1" ? false : "source-map",
    output: { path: jsDir, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: scriptRules() },
    performance: { hints: false },
    infrastructureLogging: { level: "warn" },
  };
}

/** webpack.config.js reduced to the task pane: its entry and its HTML page, written to `outDir`. */
async function paneConfig(mode, outDir) {
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = typeof makeConfig === "function" ? await makeConfig({}, { mode }) : makeConfig;
  if (!config.entry || typeof config.entry !== "object" || !config.entry.taskpane) {
    throw new Error("webpack.config.js has no `taskpane` entry");
  }
  config.entry = { taskpane: config.entry.taskpane };
  config.plugins = (config.plugins || []).filter((p) => {
    const opts = p && (p.userOptions || p.options);
    const isHtml = p && p.constructor && p.constructor.name === "HtmlWebpackPlugin";
    return !isHtml || (opts && opts.filename === "taskpane.html");
  });
  config.output = { ...config.output, path: outDir, clean: true };
  config.infrastructureLogging = { level: "warn" };
  delete config.devServer;
  return config;
}

/** Fails when the bundle is not ES5 (IE11-era engines), regular-expression literals included: acorn validates them per
 * ecmaVersion, so a `u`, `y` or `s` flag, a lookbehind or \p{…} is an error. */
function checkSyntax(file) {
  assertEs5(fs.readFileSync(file, "utf8"), path.relative(ROOT, file));
}

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const s = path.join(from, e.name);
    const d = path.join(to, e.name);
    if (e.isDirectory()) copyDir(s, d);
    else fs.copyFileSync(s, d);
  }
}

/**
 * Copies the task pane build: taskpane.html, every local file it references (scripts, styles) with their source
 * maps, and assets/. Returns false when there is no pane build (a placeholder page is written instead).
 */
function copyPane(paneDir, dest, log) {
  const html = path.join(paneDir, "taskpane.html");
  fs.mkdirSync(dest, { recursive: true });
  if (!fs.existsSync(html)) {
    fs.writeFileSync(
      path.join(dest, "taskpane.html"),
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效目标表校验助手</title></head>' +
        "<body><p>任务窗格尚未构建。请在项目目录运行 <code>npm run build:wps</code>（它会先构建任务窗格）。</p></body></html>\n",
    );
    log(
      `  warning: ${path.relative(ROOT, html)} not found; wrote a placeholder taskpane/taskpane.html (use --with-pane)`,
    );
    return false;
  }
  const text = fs.readFileSync(html, "utf8");
  fs.writeFileSync(path.join(dest, "taskpane.html"), text);
  const refs = new Set();
  // quoted or (minified HTML) unquoted attribute values
  const re = /\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    const ref = (m[1] ?? m[2] ?? m[3] ?? "").replace(/[?#].*$/, "");
    if (ref === "") continue;
    if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith("data:") || ref.startsWith("/")) continue; // CDN, absolute
    refs.add(ref);
  }
  for (const ref of refs) {
    for (const f of [ref, `${ref}.map`]) {
      const src = path.join(paneDir, f);
      if (!src.startsWith(paneDir) || !fs.existsSync(src) || !fs.statSync(src).isFile()) continue;
      fs.mkdirSync(path.dirname(path.join(dest, f)), { recursive: true });
      fs.copyFileSync(src, path.join(dest, f));
    }
  }
  if (fs.existsSync(path.join(paneDir, "assets"))) copyDir(path.join(paneDir, "assets"), path.join(dest, "assets"));
  log(`  task pane: ${path.relative(ROOT, paneDir)}/taskpane.html + ${refs.size} referenced file(s) + assets/`);
  return true;
}

function publishHtml(entry) {
  // WPS's local service (port 58890) registers add-ins in jsaddons/publish.xml; the body is base64(UTF-8 JSON),
  // as the wpsjs tool's publish page sends it. Written in ES5: it opens in whatever browser the clerk uses.
  const json = JSON.stringify(entry).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<title>安装 ${xmlAttr(entry.name)}（WPS 加载项）</title>
<style>
  body { font: 15px/1.6 "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em auto; max-width: 44em; padding: 0 1em; }
  button { font: inherit; padding: .4em 1.2em; margin-right: .6em; cursor: pointer; }
  code { background: #f3f3f3; padding: 0 .3em; }
  #status { margin-top: 1em; font-weight: bold; }
</style>
</head>
<body>
<h1>绩效目标表校验助手 · WPS 表格加载项</h1>
<p>版本 <code>${xmlAttr(entry.version)}</code>，加载地址 <code>${xmlAttr(entry.url)}</code>（在线模式：WPS 每次启动从该地址读取 ribbon.xml 和页面）。</p>
<p>请先启动 WPS Office，再点“安装”。安装后重新打开 WPS 表格，功能区会出现“绩效目标”选项卡。</p>
<p><button id="install">安装</button><button id="remove">卸载</button></p>
<div id="status"></div>
<script>
(function () {
  var ADDON = ${json};
  var status = document.getElementById("status");
  function utf8(s) { return unescape(encodeURIComponent(s)); }
  function send(cmd, tries) {
    var body = { cmd: cmd, name: ADDON.name, url: ADDON.url, addonType: ADDON.addonType, online: ADDON.online, version: ADDON.version };
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "http://127.0.0.1:58890/deployaddons/runParams");
    xhr.timeout = 3000;
    xhr.onload = function () {
      status.textContent = xhr.status === 200 ? (cmd === "enable" ? "已安装。请重新打开 WPS 表格。" : "已卸载。") : "WPS 返回了错误（" + xhr.status + "）。";
    };
    xhr.onerror = xhr.ontimeout = function () {
      if (tries > 0) {
        // the local service starts with WPS; ask the browser to start it, then retry
        status.textContent = "正在连接 WPS……如浏览器询问是否打开 WPS Office，请选择“打开”。";
        if (tries === 3) window.location.href = "ksoWPSCloudSvr://start=RelayHttpServer";
        setTimeout(function () { send(cmd, tries - 1); }, 2000);
      } else {
        status.textContent = "无法连接 WPS 的本地服务（127.0.0.1:58890）。请确认已安装并启动 WPS，或改用 docs/wps-install.md 中的 jsplugins.xml / 离线安装方式。";
      }
    };
    xhr.send(btoa(utf8(JSON.stringify(body))));
  }
  document.getElementById("install").onclick = function () { send("enable", 3); };
  document.getElementById("remove").onclick = function () { send("disable", 3); };
})();
</script>
</body>
</html>
`;
}

function find7z() {
  for (const exe of ["7z", "7za", "7zr"]) {
    const r = spawnSync(exe, ["i"], { stdio: "ignore" });
    if (!r.error) return exe;
  }
  return null;
}

/** Empties the output folder, but only one this script made (or an empty one): never the project or a stranger's folder. */
function clearOutDir(outDir) {
  if (outDir === ROOT || ROOT.startsWith(outDir + path.sep) || outDir === path.parse(outDir).root) {
    throw new Error(`refusing to use ${outDir} as the output folder`);
  }
  if (!fs.existsSync(outDir)) return;
  const entries = fs.readdirSync(outDir);
  if (entries.length > 0 && !entries.includes("jsplugins.xml")) {
    throw new Error(
      `${outDir} is not empty and was not made by build-wps.js (no jsplugins.xml): remove it or choose another --out`,
    );
  }
  fs.rmSync(outDir, { recursive: true, force: true });
}

async function build(options = {}) {
  const o = { ...parseArgs([]), ...options };
  if (!o.baseUrl.endsWith("/")) o.baseUrl += "/";
  const log = o.quiet ? () => undefined : (s) => console.log(s);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const name = o.name || pkg.name;
  const version = pkg.version;
  const folder = `${name}_${version}`;
  const outDir = path.resolve(ROOT, o.out);
  const addinDir = path.join(outDir, folder);

  clearOutDir(outDir);
  fs.mkdirSync(addinDir, { recursive: true });

  let paneDir = path.resolve(ROOT, o.paneDir);
  const paneBuild = path.join(outDir, ".pane-build");
  if (o.withPane) {
    // the pane bundle of webpack.config.js, built into a private folder (dist-web/ is left alone)
    log("building the task pane (webpack.config.js, taskpane entry only)…");
    await run(await paneConfig(o.mode, paneBuild));
    paneDir = paneBuild;
  }

  log(`building ${path.relative(ROOT, addinDir)}/js/wps-main.js (${o.mode}, ES5)…`);
  await run(wpsConfig(o.mode, path.join(addinDir, "js")));
  checkSyntax(path.join(addinDir, "js", "wps-main.js"));

  for (const f of ["ribbon.xml", "index.html"]) fs.copyFileSync(path.join(ROOT, "wps", f), path.join(addinDir, f));
  copyDir(path.join(ROOT, "wps", "images"), path.join(addinDir, "images"));
  const paneFound = copyPane(paneDir, path.join(addinDir, "taskpane"), log);
  fs.rmSync(paneBuild, { recursive: true, force: true });

  const onlineUrl = `${o.baseUrl}${folder}/`;
  fs.writeFileSync(
    path.join(outDir, "jsplugins.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${xmlAttr(name)}" type="et" url="${xmlAttr(onlineUrl)}"/>\n</jsplugins>\n`,
  );
  fs.writeFileSync(
    path.join(outDir, "jsplugins-offline.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${xmlAttr(name)}" type="et" url="${xmlAttr(`${o.baseUrl}${name}.7z`)}" version="${xmlAttr(version)}"/>\n</jsplugins>\n`,
  );
  fs.writeFileSync(
    path.join(outDir, "publish.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${xmlAttr(name)}" type="et" url="${xmlAttr(folder)}" version="${xmlAttr(version)}" enable="enable_dev" install="null" customDomain=""/>\n</jsplugins>\n`,
  );
  fs.writeFileSync(
    path.join(outDir, "publish.html"),
    publishHtml({ name, addonType: "et", online: "true", url: onlineUrl, version }),
  );

  let archive = null;
  const sevenZip = find7z();
  if (sevenZip) {
    archive = path.join(outDir, `${name}.7z`);
    const r = spawnSync(sevenZip, ["a", "-t7z", archive, folder], { cwd: outDir, stdio: "ignore" });
    if (r.status !== 0) archive = null;
  }

  log("");
  log(`WPS 加载项已生成：${path.relative(ROOT, outDir)}/`);
  log(`  ${folder}/            加载项文件夹（在线部署：整个文件夹放到 ${onlineUrl}）`);
  log(`  jsplugins.xml         在线部署（oem.ini [Server] JSPluginsServer 指向它）`);
  log(
    `  jsplugins-offline.xml 服务器分发离线包（需要 ${name}.7z${archive ? "，已生成" : "：本机没有 7z，请用 7-Zip 压缩文件夹"}）`,
  );
  log(`  publish.xml           手工离线安装：把文件夹复制到 jsaddons，再把这一条并入 jsaddons/publish.xml`);
  log(`  publish.html          在线部署的安装页（通过 WPS 本地服务登记）`);
  if (!paneFound) log("  注意：任务窗格未包含（先运行 webpack，或加 --with-pane）。");
  log("安装说明见 docs/wps-install.md。");
  return { outDir, addinDir, folder, name, version, paneFound, archive, onlineUrl };
}

module.exports = { build, parseArgs, wpsConfig };

if (require.main === module) {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`build-wps: ${e.message}`);
    process.exit(2);
  }
  if (o.help) {
    console.log(
      "node scripts/build-wps.js [--mode production|development] [--base-url URL] [--out dist-wps] [--pane-dir dist-web] [--with-pane]",
    );
    process.exit(0);
  }
  build(o).catch((e) => {
    console.error(`build-wps: ${e && e.message ? e.message : e}`);
    process.exit(1);
  });
}
