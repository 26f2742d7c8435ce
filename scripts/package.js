#!/usr/bin/env node
/* eslint-disable no-console */
// npm run package: everything an office without internet installs, built once on a machine with the npm registry
// and copied over (docs/release.md says how to deploy each part):
//
//   release/
//     excel/                    the Excel add-in's static site for ADDIN_URL: taskpane.html, commands.html, help.html,
//                               assets/, the bundles, manifest.xml (every URL under ADDIN_URL, <Version> stamped);
//                               office-js/ too with OFFICE_JS=local. No preview page, no source maps.
//     wps/                      the WPS add-in (scripts/build-wps.js) for WPS_URL: <name>_<version>/, <name>.7z (7-Zip
//                               from the 7zip-bin package, not a system tool), jsplugins.xml, jsplugins-offline.xml,
//                               publish.xml, publish.html
//     cli/perf-target-checker-<version>.tgz   ptcheck for `npm install -g <file>`: dist/ and bin/ with exceljs and zod
//                               bundled (bundleDependencies), so the install needs no registry (see buildCli)
//     docs/                     release.md (deployment, in Chinese), excel-install.md, wps-install.md
//     VERSION                   version, commit, URLs, build time
//     SHA256SUMS                `sha256sum -c SHA256SUMS` format, every other file of release/
//
// Usage: ADDIN_URL=https://addins.example.gov.cn/ptcheck/ npm run package
//        node scripts/package.js --addin-url URL [--wps-url URL] [--out release] [--skip-cli]
//   --wps-url / WPS_URL   where release/wps/ is served (default: <ADDIN_URL>wps/)
//   OFFICE_JS=local       bundle office.js from the optional dependency @microsoft/office-js (see webpack.config.js)
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DEV_URL = "https://localhost:3000/";
const MARKER = "SHA256SUMS"; // a folder holding it was made by this script and may be emptied

function fail(msg) {
  throw Object.assign(new Error(msg), { userFacing: true });
}

function parseArgs(argv) {
  const o = {
    addinUrl: process.env.ADDIN_URL || "",
    wpsUrl: process.env.WPS_URL || "",
    out: "release",
    skipCli: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} 需要一个值`);
      return v;
    };
    if (a === "--addin-url") o.addinUrl = next();
    else if (a === "--wps-url") o.wpsUrl = next();
    else if (a === "--out") o.out = next();
    else if (a === "--skip-cli") o.skipCli = true;
    else if (a === "--help" || a === "-h") o.help = true;
    else fail(`未知选项 ${a}`);
  }
  if (o.help) return o;
  if (!o.addinUrl)
    fail("请指定 Excel 加载项的部署地址，例如：ADDIN_URL=https://addins.example.gov.cn/ptcheck/ npm run package");
  if (!/^https:\/\/[^\s/]+/.test(o.addinUrl))
    fail(`ADDIN_URL 必须是 https:// 开头的网址（Excel 只从 HTTPS 加载加载项）：${o.addinUrl}`);
  if (o.addinUrl.startsWith(DEV_URL)) fail(`ADDIN_URL 不能是开发地址 ${DEV_URL}`);
  if (/[<>"'&\s]/.test(o.addinUrl)) fail(`ADDIN_URL 含有不允许的字符：${o.addinUrl}`);
  if (!o.addinUrl.endsWith("/")) o.addinUrl += "/";
  if (!o.wpsUrl) o.wpsUrl = `${o.addinUrl}wps/`;
  if (!/^https?:\/\/[^\s/]+/.test(o.wpsUrl)) fail(`WPS_URL 必须是 http:// 或 https:// 开头的网址：${o.wpsUrl}`);
  if (!o.wpsUrl.endsWith("/")) o.wpsUrl += "/";
  return o;
}

/** Empties the output folder, but only one this script made (or an empty one). */
function clearOutDir(outDir) {
  if (outDir === ROOT || ROOT.startsWith(outDir + path.sep) || outDir === path.parse(outDir).root) {
    fail(`不能把 ${outDir} 用作输出文件夹`);
  }
  if (!fs.existsSync(outDir)) return;
  const entries = fs.readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    fail(`${outDir} 不是空文件夹，也不是本脚本生成的（没有 ${MARKER}）：请删除它或换一个 --out`);
  }
  fs.rmSync(outDir, { recursive: true, force: true });
}

function webpackRun(config) {
  const webpack = require("webpack");
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true, errorDetails: true })));
      resolve(stats);
    });
  });
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function listFiles(dir, base = dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort();
}

/** The four-part version Office wants in <Version> (major.minor.build.revision) from package.json's semver. */
function manifestVersion(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) fail(`package.json 的版本号 ${version} 不是 x.y.z`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** The manifest with its <Version> set from package.json's version. */
function stampVersion(xml, version) {
  if (!/<Version>[^<]*<\/Version>/.test(xml)) fail("manifest.xml 中没有 <Version>");
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

/** Excel: webpack.config.js in release mode (PTC_RELEASE=1: no preview, no source maps) with the deployment URL. */
async function buildExcel(o, outDir, version) {
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({}, { mode: "production" });
  config.output = { ...config.output, path: outDir, clean: true };
  config.infrastructureLogging = { level: "warn" };
  delete config.devServer;
  await webpackRun(config);

  // manifest.xml: webpack.config.js rewrote https://localhost:3000/ to ADDIN_URL; stamp the version here
  const file = path.join(outDir, "manifest.xml");
  fs.writeFileSync(file, stampVersion(fs.readFileSync(file, "utf8"), version));
  await checkManifest(file, o.addinUrl, version);
}

/**
 * Reads the release manifest back with office-addin-manifest (the parser Office's own tools use: the file must be
 * well-formed and hold an OfficeApp) and checks that nothing still points at the development server.
 */
async function checkManifest(file, addinUrl, version) {
  const { OfficeAddinManifest } = require("office-addin-manifest");
  const info = await OfficeAddinManifest.readManifestFile(file);
  const urls = manifestUrls(fs.readFileSync(file, "utf8"));
  const bad = urls.filter((u) => !u.startsWith(addinUrl));
  if (bad.length > 0) fail(`manifest.xml 中有不在 ${addinUrl} 下的网址：${bad.join("，")}`);
  if (!info.defaultSettings || !String(info.defaultSettings.sourceLocation).startsWith(addinUrl)) {
    fail("manifest.xml 的 SourceLocation 不在 ADDIN_URL 下");
  }
  if (info.version !== manifestVersion(version))
    fail(`manifest.xml 的版本 ${info.version} 不是 ${manifestVersion(version)}`);
  return info;
}

/** Every http(s) URL of a manifest, in attributes or element text, except XML namespace and schema names. */
function manifestUrls(xml) {
  const urls = [];
  const re = /(\w[\w:.-]*)="(https?:\/\/[^"]*)"|>\s*(https?:\/\/[^<\s]*)\s*</g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] && (m[1] === "xmlns" || m[1].startsWith("xmlns:") || m[1] === "xsi:schemaLocation")) continue;
    urls.push(m[2] || m[3]);
  }
  return urls;
}

/** 7-Zip from the 7zip-bin package, copied to a temporary folder and made executable (npm does not keep the mode). */
function sevenZip() {
  const src = require("7zip-bin").path7za;
  if (!fs.existsSync(src)) fail(`7zip-bin 没有适合本系统的 7-Zip 程序（${src}）`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptc-7z-"));
  const exe = path.join(dir, path.basename(src));
  fs.copyFileSync(src, exe);
  fs.chmodSync(exe, 0o755);
  return { exe, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function run7z(exe, args, cwd) {
  const r = spawnSync(exe, args, { cwd, encoding: "utf8" });
  if (r.error || r.status !== 0)
    fail(`7-Zip 失败（${args.join(" ")}）：${r.error ? r.error.message : r.stderr || r.stdout}`);
  return r.stdout;
}

/** WPS: scripts/build-wps.js into release/wps/, then the .7z made with 7zip-bin and checked by listing it. */
async function buildWps(o, outDir) {
  const { build } = require("./build-wps");
  const res = await build({ mode: "production", baseUrl: o.wpsUrl, out: outDir, withPane: true, quiet: true });
  if (!res.paneFound) fail("WPS 加载项中没有任务窗格");
  const archive = path.join(outDir, `${res.name}.7z`);
  fs.rmSync(archive, { force: true }); // build-wps.js makes one only with a system 7z; this one is reproducible
  const z = sevenZip();
  try {
    run7z(z.exe, ["a", "-t7z", "-mx=9", archive, res.folder], outDir);
    const listing = run7z(z.exe, ["l", "-slt", archive], outDir);
    if (!listing.split(/\r?\n/).includes(`Path = ${res.folder}/ribbon.xml`))
      fail(`${archive} 中没有 ${res.folder}/ribbon.xml`);
  } finally {
    z.dispose();
  }
  return res;
}

/**
 * ptcheck: an npm tarball made in a staging folder: dist/ compiled afresh by tsc (no stale files), bin/, README.md and
 * a package.json reduced to what an install reads: no scripts (nothing runs at install), no dev or optional
 * dependencies (an install would otherwise fetch @microsoft/office-js and office-addin-debugging), and exceljs and
 * zod bundled (bundleDependencies, packed from the project's node_modules) so `npm install -g` needs no registry.
 */
function buildCli(outDir, pkg) {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), "ptc-pack-"));
  try {
    const tsc = spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", path.join(stage, "dist")],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    if (tsc.status !== 0) fail(`命令行工具编译失败：\n${tsc.stdout}${tsc.stderr}`);
    fs.cpSync(path.join(ROOT, "bin"), path.join(stage, "bin"), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "README.md"), path.join(stage, "README.md"));
    const pick = [
      "name",
      "version",
      "description",
      "license",
      "private",
      "bin",
      "engines",
      "files",
      "dependencies",
      "bundleDependencies",
    ];
    const slim = Object.fromEntries(pick.filter((k) => pkg[k] !== undefined).map((k) => [k, pkg[k]]));
    fs.writeFileSync(path.join(stage, "package.json"), JSON.stringify(slim, null, 2) + "\n");
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(stage, "node_modules"), "junction");
    fs.mkdirSync(outDir, { recursive: true });
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const r = spawnSync(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", outDir], {
      cwd: stage,
      encoding: "utf8",
      shell: process.platform === "win32",
    });
    if (r.status !== 0) fail(`npm pack 失败：${r.stderr}`);
    const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf("[")));
    const files = new Set(info.files.map((f) => f.path));
    for (const need of ["bin/ptcheck.js", "dist/cli/main.js", "package.json"])
      if (!files.has(need)) fail(`ptcheck 安装包中缺少 ${need}`);
    for (const dep of Object.keys(pkg.dependencies || {})) {
      if (!info.bundled.includes(dep)) fail(`ptcheck 安装包没有内含 ${dep}（bundleDependencies）`);
    }
    return { file: path.join(outDir, info.filename), size: info.size, bundled: info.bundled.length };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

function gitCommit() {
  const r = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) return "unknown";
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" });
  return r.stdout.trim() + (dirty.stdout && dirty.stdout.trim() ? " (with uncommitted changes)" : "");
}

function writeSums(outDir) {
  const files = listFiles(outDir).filter((f) => f !== MARKER);
  const lines = files.map(
    (f) =>
      `${crypto
        .createHash("sha256")
        .update(fs.readFileSync(path.join(outDir, f)))
        .digest("hex")}  ${f}`,
  );
  fs.writeFileSync(path.join(outDir, MARKER), lines.join("\n") + "\n");
  return files.length;
}

/** Builds release/; `o` comes from parseArgs (checked URLs, defaults filled in). */
async function packageRelease(o) {
  const log = o.quiet ? () => undefined : (s) => console.log(s);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const version = pkg.version;
  const outDir = path.resolve(ROOT, o.out);
  clearOutDir(outDir);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, MARKER), ""); // claims the folder while it is built

  const saved = { PTC_RELEASE: process.env.PTC_RELEASE, ADDIN_URL: process.env.ADDIN_URL };
  process.env.PTC_RELEASE = "1";
  process.env.ADDIN_URL = o.addinUrl;
  try {
    log(`[1/4] Excel 加载项（${o.addinUrl}）…`);
    await buildExcel(o, path.join(outDir, "excel"), version);
    log(`[2/4] WPS 加载项（${o.wpsUrl}）…`);
    const wps = await buildWps(o, path.join(outDir, "wps"));
    let cli = null;
    if (!o.skipCli) {
      log("[3/4] 命令行工具 ptcheck（npm pack）…");
      cli = buildCli(path.join(outDir, "cli"), pkg);
    }
    log("[4/4] 说明文档、VERSION、SHA256SUMS…");
    fs.mkdirSync(path.join(outDir, "docs"), { recursive: true });
    for (const f of ["release.md", "excel-install.md", "wps-install.md"]) {
      const src = path.join(ROOT, "docs", f);
      if (fs.existsSync(src)) fs.copyFileSync(src, path.join(outDir, "docs", f));
    }
    fs.writeFileSync(
      path.join(outDir, "VERSION"),
      [
        `${pkg.name} ${version}`,
        `commit ${gitCommit()}`,
        `built ${new Date().toISOString()}`,
        `ADDIN_URL ${o.addinUrl}`,
        `WPS_URL ${o.wpsUrl}`,
        `office.js ${process.env.OFFICE_JS === "local" ? "local copy (excel/office-js/)" : "Microsoft CDN"}`,
        "",
      ].join("\n"),
    );
    const count = writeSums(outDir);
    log("");
    log(
      `发布包已生成：${path.relative(process.cwd(), outDir) || "."}/（版本 ${version}，${count} 个文件，校验和见 SHA256SUMS）`,
    );
    log(`  excel/   放到 ${o.addinUrl}（HTTPS），excel/manifest.xml 发给 Excel（共享文件夹目录 / 上传）`);
    log(`  wps/     放到 ${o.wpsUrl}，或用 ${wps.name}.7z / publish.xml 离线安装`);
    if (cli) log(`  cli/     npm install -g ./${path.basename(cli.file)}（无需联网）`);
    log("  部署步骤见 docs/release.md。");
    return { outDir, version, wps, cli, files: count };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

module.exports = {
  packageRelease,
  parseArgs,
  clearOutDir,
  manifestUrls,
  manifestVersion,
  stampVersion,
  checkManifest,
  buildCli,
};

if (require.main === module) {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`package: ${e.message}`);
    process.exit(2);
  }
  if (o.help) {
    console.log(
      "ADDIN_URL=https://服务器/路径/ npm run package   或   node scripts/package.js --addin-url URL [--wps-url URL] [--out release] [--skip-cli]",
    );
    process.exit(0);
  }
  packageRelease(o).catch((e) => {
    console.error(`package: ${e && e.userFacing ? e.message : e && e.stack ? e.stack : e}`);
    process.exit(1);
  });
}
