#!/usr/bin/env node
/* eslint-disable no-console */
// Browser tests of the task pane and the local preview, in Debian's chromium through playwright-core.
//
//   node scripts/browser-tests.js [--json <file>] [--no-build] [--only <substring>] [--headed]
//
// Builds dist-web/ with webpack (production), serves it on 127.0.0.1 (random port), and drives preview.html (the
// pane beside the sample workbook over the memory host) and taskpane.html (outside Office it must explain itself,
// never show a blank pane). The expected finding count comes from the core itself (dist/, the CLI build), so the
// test follows the rules as they change. Writes {"passed": N, "failed": N} to --json; exits 1 on any failure.
// Also saves docs/preview.png, the screenshot the README shows.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { serveStatic } = require("./lib/static-server");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "dist-web");
const SEED = path.join(ROOT, "tests", "fixtures", "seed-2024.txt");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const SCREENSHOT = path.join(ROOT, "docs", "preview.png");
const XSS = '<img src=x onerror="window.__xss=1">';

function parseArgs(argv) {
  const o = { json: null, build: true, only: null, headed: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") o.json = argv[++i] || null;
    else if (a === "--no-build") o.build = false;
    else if (a === "--only") o.only = argv[++i] || null;
    else if (a === "--headed") o.headed = true;
    else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return o;
}

const opts = parseArgs(process.argv.slice(2));
let passed = 0;
let failed = 0;

function writeJson() {
  if (opts.json) fs.writeFileSync(opts.json, JSON.stringify({ passed, failed }) + "\n");
}

/** A setup failure counts as one failed test, so CI never reads "0 failed" from a run that did not happen. */
function abort(message) {
  console.error(`browser tests: ${message}`);
  failed++;
  writeJson();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: process.env });
  return r.status === 0;
}

/** Without a CJK font the screenshot would show boxes: then it goes to a temp file and docs/ keeps its copy. */
function screenshotPath() {
  const r = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  const cjk = r.status === 0 && r.stdout.trim() !== "";
  return cjk ? SCREENSHOT : path.join(os.tmpdir(), "ptc-preview.png");
}

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

// ------------------------------------------------------------------------------------------------ build

function build() {
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  console.log("building dist-web/ (webpack --mode production) …");
  if (!run(process.execPath, [webpack, "--mode", "production", "--stats", "errors-warnings"])) abort("webpack build failed");
  // the core's own count of the seed's findings comes from dist/ (the CLI build): rebuild it when stale
  const engine = path.join(ROOT, "dist", "core", "engine.js");
  const stale = !fs.existsSync(engine) || fs.statSync(engine).mtimeMs < newest(path.join(ROOT, "src", "core"));
  if (stale) {
    console.log("building dist/ (tsc -p tsconfig.build.json) …");
    run(process.execPath, [require.resolve("typescript/bin/tsc", { paths: [ROOT] }), "-p", "tsconfig.build.json"]);
  }
}

async function coreFindings() {
  const { check } = require(path.join(ROOT, "dist", "core", "engine.js"));
  const { MemoryHost } = require(path.join(ROOT, "dist", "hosts", "memory", "memory-host.js"));
  const { rowsFromTsv } = require(path.join(ROOT, "dist", "core", "tsv.js"));
  // through the memory host, as the preview reads it (sheet "Sheet1")
  const grid = await new MemoryHost({ Sheet1: rowsFromTsv(fs.readFileSync(SEED, "utf8")) }).readActiveSheet();
  return check(grid);
}

// ------------------------------------------------------------------------------------------------ server

const serve = (dir) => serveStatic(dir, "preview.html");

// ------------------------------------------------------------------------------------------------ helpers

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

async function waitFor(page, fn, arg, timeout = 5000, what = "condition") {
  try {
    await page.waitForFunction(fn, arg, { timeout, polling: 25 });
  } catch {
    throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
  }
}

const item = (cell, rule) => `[data-testid="issue-item"][data-cell="${cell}"]${rule ? `[data-rule="${rule}"]` : ""}`;

/** Opens the preview and waits for the first check. */
async function openPreview(ctx, base) {
  const page = await ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${base}/preview.html`);
  await waitFor(page, () => document.querySelector('[data-testid="summary"]')?.getAttribute("data-projects") !== null, null, 10000, "the first check");
  page.__errors = errors;
  return page;
}

/** The td showing `text` (first match). */
async function cellWithText(page, text) {
  const a1 = await page.evaluate((t) => {
    for (const td of document.querySelectorAll("td[data-cell]")) if (td.textContent === t) return td.getAttribute("data-cell");
    return null;
  }, text);
  assert(a1, `no cell shows ${JSON.stringify(text)}`);
  return a1;
}

/** Double-click, replace the text, Enter: as a clerk would. Returns the time Enter was pressed. */
async function typeInto(page, a1, text) {
  await page.dblclick(`td[data-cell="${a1}"]`);
  const editor = page.locator(`td[data-cell="${a1}"] [data-testid="cell-editor"]`);
  await editor.waitFor({ timeout: 2000 });
  await editor.fill(text);
  const t = Date.now();
  await editor.press("Enter");
  return t;
}

// ------------------------------------------------------------------------------------------------ tests

function defineTests(expected) {
  const tests = [];
  const test = (name, fn) => tests.push({ name, fn });

  test("校验 lists every finding of the core for the seed (count, known E224 finding, marks)", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    await page.click('[data-testid="run-check"]');
    await waitFor(page, () => document.querySelector('[data-testid="run-check"]')?.textContent === "校验", null, 5000, "the check to finish");
    const n = await page.locator('[data-testid="issue-item"]').count();
    assert(n === expected.total, `issue-item count ${n}, core reports ${expected.total}`);
    const summary = await page.locator('[data-testid="summary"]').evaluate((e) => ({
      projects: e.getAttribute("data-projects"),
      error: e.getAttribute("data-error"),
      warning: e.getAttribute("data-warning"),
      info: e.getAttribute("data-info"),
      text: e.textContent,
    }));
    assert(summary.projects === "21", `summary projects ${summary.projects}`);
    for (const s of ["error", "warning", "info"]) assert(Number(summary[s]) === expected.counts[s], `summary ${s} ${summary[s]} ≠ ${expected.counts[s]}`);
    assert(/[优良中差]/.test(summary.text), "summary shows grades");
    assert((await page.locator('[data-testid="project-grade"]').count()) === 21, "one grade per project");
    const e224 = page.locator(item("E224", "time-outside-budget-year"));
    assert((await e224.count()) === 1, "E224 time-outside-budget-year listed");
    assert((await e224.getAttribute("data-severity")) === "error", "E224 is an error");
    const msg = await e224.textContent();
    assert(msg.includes("2023年底") && msg.includes("2024"), `E224 message says what is wrong: ${msg}`);
    assert((await e224.locator('svg[aria-label="错误"]').count()) === 1, "severity icon labelled 错误");
    assert((await page.getAttribute('td[data-cell="E224"]', "data-mark")) === "error", "E224 marked as error in the grid");
    assert(page.__errors.length === 0, page.__errors.join("; "));
    await page.close();
    return `${n} items`;
  });

  test("clicking an issue selects its cell; selecting a cell highlights its issues", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    await page.click(`${item("E224", "time-outside-budget-year")} .issue-main`);
    await waitFor(page, () => document.querySelector('td[data-cell="E224"]')?.getAttribute("aria-selected") === "true", null, 2000, "E224 selected");
    assert((await page.locator('td[aria-selected="true"]').count()) === 1, "one selected cell");
    assert((await page.inputValue('[data-testid="name-box"]')) === "E224", "name box shows E224");
    // the other way round: click a cell in the grid, its issues get aria-current
    const other = expected.sample;
    await page.click(`td[data-cell="${other}"]`);
    await waitFor(page, (c) => [...document.querySelectorAll(`[data-testid="issue-item"][data-cell="${c}"]`)].every((e) => e.getAttribute("aria-current") === "true"), other, 2000, `${other}'s issues highlighted`);
    const current = await page.locator('[data-testid="issue-item"][aria-current="true"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
    assert(current.length > 0 && current.every((c) => c === other), `aria-current only on ${other}: ${current}`);
    const inView = await page.locator(`${item(other)} >> nth=0`).evaluate((e) => {
      const r = e.getBoundingClientRect();
      const box = e.closest(".pane-frame").getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    });
    assert(inView, "the highlighted issue is scrolled into view");
    await page.close();
  });

  test("editing E224 2023年底 → 2024年底 removes its finding within a second", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    assert((await page.textContent('td[data-cell="E224"]')) === "2023年底", "E224 holds 2023年底");
    const t0 = await typeInto(page, "E224", "2024年底");
    await waitFor(page, (sel) => document.querySelector(sel) === null, item("E224", "time-outside-budget-year"), 1000, "the E224 finding to go");
    const ms = Date.now() - t0;
    assert((await page.textContent('td[data-cell="E224"]')) === "2024年底", "E224 shows the new text");
    assert((await page.getAttribute('td[data-cell="E224"]', "data-mark")) !== "error", "E224's error mark is gone");
    const n = await page.locator('[data-testid="issue-item"]').count();
    assert(n < expected.total, `fewer issues than before (${n})`);
    await page.close();
    return `gone after ${ms} ms`;
  });

  test("插入空白项目表 adds a parsable block (21 → 22 projects)", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    await page.selectOption('[data-testid="template-profile"]', "mof-2021");
    await page.click('[data-testid="insert-template"]');
    await waitFor(page, () => document.querySelector('[data-testid="summary"]')?.getAttribute("data-projects") === "22", null, 3000, "22 projects");
    const titles = await page.evaluate(() => [...document.querySelectorAll("td[data-cell]")].filter((td) => td.textContent === "项目支出预算绩效目标表").length);
    assert(titles >= 22, `22 titles in the grid (${titles})`);
    assert((await page.locator('[data-testid="error-banner"]').isHidden()), "no error banner");
    const sel = await page.inputValue('[data-testid="name-box"]');
    assert(/^C\d+$/.test(sel), `cursor on the new table's 项目名称 input (${sel})`);
    await page.close();
  });

  test("sheet text is rendered as text: an <img onerror> cell runs nothing", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    const name = await cellWithText(page, "基层党建工作经费");
    await typeInto(page, name, XSS);
    await typeInto(page, "E224", XSS);
    await waitFor(page, (x) => [...document.querySelectorAll(".group-name")].some((e) => e.textContent === x), XSS, 2000, "the project name in the pane");
    await page.waitForTimeout(300);
    const r = await page.evaluate(
      ([a1, x]) => ({
        xss: window.__xss,
        imgs: document.querySelectorAll("img").length,
        cell: document.querySelector(`td[data-cell="${a1}"]`).textContent,
        visible: document.body.innerText.includes(x),
        inMessages: [...document.querySelectorAll('[data-testid="issue-item"]')].some((e) => e.textContent.includes(x)),
      }),
      [name, XSS],
    );
    assert(r.xss === undefined, "window.__xss stays undefined");
    assert(r.imgs === 0, `no <img> element created (${r.imgs})`);
    assert(r.cell === XSS, "the grid cell shows the markup as text");
    assert(r.visible, "the text is visible");
    assert(r.inMessages, "a finding quotes it, as text");
    await page.close();
  });

  test("keyboard: Tab into the list, arrow keys move, Enter jumps; 上一个/下一个", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    const first = await page.locator('[data-testid="issue-item"] >> nth=0').getAttribute("data-cell");
    const second = await page.locator('[data-testid="issue-item"] >> nth=1').getAttribute("data-cell");
    // Tab from the last filter control lands on the list's single tab stop (the first group)
    await page.focus('[data-testid="next-issue"]');
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-action"));
    assert(focused === "toggle-group", `focus on the first group (${focused})`);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await waitFor(page, (c) => document.querySelector(`td[data-cell="${c}"]`)?.getAttribute("aria-selected") === "true", second, 2000, `${second} selected by Enter`);
    // ArrowLeft on a group collapses it, ArrowRight expands it
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowLeft");
    assert((await page.getAttribute('[data-action="toggle-group"] >> nth=0', "aria-expanded")) === "false", "ArrowLeft collapses");
    await page.keyboard.press("ArrowRight");
    assert((await page.getAttribute('[data-action="toggle-group"] >> nth=0', "aria-expanded")) === "true", "ArrowRight expands");
    // 上一个 from the second item goes to the first
    await page.click('[data-testid="prev-issue"]');
    await waitFor(page, (c) => document.querySelector(`td[data-cell="${c}"]`)?.getAttribute("aria-selected") === "true", first, 2000, `${first} selected by 上一个`);
    assert(/第 1 \//.test(await page.textContent(".position")), "position shows 第 1 / N");
    await page.click('[data-testid="next-issue"]');
    await waitFor(page, (c) => document.querySelector(`td[data-cell="${c}"]`)?.getAttribute("aria-selected") === "true", second, 2000, `${second} selected by 下一个`);
    await page.close();
  });

  test("severity filter, 应用 (a suggested fix) and the error banner", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    await page.uncheck('[data-testid="filter-info"]');
    const shown = await page.locator('[data-testid="issue-item"]').count();
    assert(shown === expected.counts.error + expected.counts.warning, `errors + warnings shown (${shown})`);
    assert((await page.locator('[data-testid="issue-item"][data-severity="info"]').count()) === 0, "no info items");
    await page.check('[data-testid="filter-info"]');
    const fix = expected.fix;
    if (fix) {
      const li = page.locator(item(fix.cell, fix.ruleId)).first();
      await li.locator('[data-testid="apply-fix"]').click();
      await waitFor(page, ([c, v]) => document.querySelector(`td[data-cell="${c}"]`)?.textContent === v, [fix.target, fix.value], 2000, "the fix written into the cell");
      await waitFor(page, (sel) => document.querySelector(sel) === null, item(fix.cell, fix.ruleId), 2000, "the fixed finding to go");
    }
    // a protected sheet refuses the insertion: the banner says so in Chinese
    await page.evaluate(() => {
      window.ptcPreview.host.sheets.get("Sheet1").protected = true;
    });
    await page.click('[data-testid="insert-template"]');
    await page.locator('[data-testid="error-banner"]').waitFor({ state: "visible", timeout: 2000 });
    const text = await page.textContent('[data-testid="error-banner"]');
    assert(/保护/.test(text), `banner explains: ${text}`);
    await page.click('[data-testid="error-banner"] [data-action="dismiss"]');
    assert(await page.locator('[data-testid="error-banner"]').isHidden(), "banner dismissed");
    await page.close();
    return fix ? `applied ${fix.cell} → ${JSON.stringify(fix.value)}` : "seed has no suggestion";
  });

  test("settings: a rule switched off disappears, marks off clears the grid, year validated", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    await page.click('[data-testid="settings-toggle"]');
    await page.locator('[data-testid="settings-panel"]').waitFor({ state: "visible" });
    const rows = await page.locator('[data-testid="settings-panel"] select[data-rule]').count();
    assert(rows === expected.ruleCount, `one row per rule (${rows} / ${expected.ruleCount})`);
    assert((await page.textContent('[data-testid="settings-panel"]')).includes("预算年度"), "预算年度 field");
    await page.fill('[data-testid="setting-year"]', "24");
    await page.click('[data-testid="settings-save"]');
    assert(await page.locator('[data-testid="settings-panel"]').isVisible(), "invalid year keeps the panel open");
    await page.fill('[data-testid="setting-year"]', "");
    await page.selectOption('select[data-rule="time-outside-budget-year"]', "off");
    await page.uncheck('[data-testid="setting-marks"]');
    await page.click('[data-testid="settings-save"]');
    await waitFor(page, () => document.querySelector('[data-testid="issue-item"][data-rule="time-outside-budget-year"]') === null, null, 2000, "the rule's items to go");
    await waitFor(page, () => document.querySelector("td[data-mark]") === null, null, 2000, "marks to go");
    await page.keyboard.press("Escape");
    await page.close();
  });

  test("a sheet without tables shows the empty state (未发现绩效目标表…)", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    await page.evaluate(() => window.ptcPreview.host.sheets.get("Sheet1").cells.clear());
    await page.click('[data-testid="run-check"]');
    await page.locator('[data-testid="empty-state"]').waitFor({ state: "visible", timeout: 2000 });
    const text = await page.textContent('[data-testid="empty-state"]');
    assert(text.includes("未发现绩效目标表"), `empty state: ${text}`);
    assert((await page.locator('[data-testid="issue-item"]').count()) === 0, "no items");
    assert((await page.getAttribute('[data-testid="summary"]', "data-projects")) === "0", "0 projects");
    await page.close();
  });

  test("taskpane.html outside Office and WPS explains itself (never blank)", async ({ ctx, base }) => {
    const page = await ctx.newPage();
    // no network here: office.js from the CDN fails to load, as on a blocked intranet
    await page.route("**/appsforoffice.microsoft.com/**", (r) => r.abort());
    await page.goto(`${base}/taskpane.html`);
    await page.locator('[data-testid="host-message"]').waitFor({ timeout: 15000 });
    const t1 = await page.textContent('[data-testid="host-message"]');
    assert(/Excel 或 WPS/.test(t1), `message: ${t1}`);
    // office.js present outside Office: onReady says host null
    await page.unroute("**/appsforoffice.microsoft.com/**");
    await page.route("**/appsforoffice.microsoft.com/**", (r) =>
      r.fulfill({ contentType: "text/javascript", body: "window.Office={onReady:function(){return Promise.resolve({host:null,platform:null})},HostType:{Excel:'Excel'}};" }),
    );
    await page.goto(`${base}/taskpane.html`);
    await page.locator('[data-testid="host-message"]').waitFor({ timeout: 15000 });
    const t2 = await page.textContent('[data-testid="host-message"]');
    assert(/需要在 Excel 或 WPS 表格中运行/.test(t2), `message: ${t2}`);
    // opened as the WPS pane, but without the ET object model
    await page.goto(`${base}/taskpane.html?host=wps`);
    await page.locator('[data-testid="host-message"]').waitFor({ timeout: 15000 });
    const t3 = await page.textContent('[data-testid="host-message"]');
    assert(/WPS/.test(t3), `message: ${t3}`);
    await page.close();
    return "no office.js, office.js outside Office, WPS page without WPS";
  });

  test("an old webview gets 当前 Office/WPS 版本过旧… instead of a blank pane", async ({ ctx, base }) => {
    const page = await ctx.newPage();
    // no RegExp u flag (Chrome < 50, IE): neither polyfillable nor lowerable
    await page.addInitScript(() => {
      const Native = RegExp;
      window.RegExp = function (p, f) {
        if (String(f || "").indexOf("u") >= 0) throw new SyntaxError("Invalid flags");
        return new Native(p, f);
      };
    });
    await page.route("**/appsforoffice.microsoft.com/**", (r) => r.abort());
    await page.goto(`${base}/taskpane.html`);
    const text = await page.textContent("#boot-message");
    assert(/当前 Office\/WPS 版本过旧/.test(text), `message: ${text}`);
    assert(/RegExp u flag/.test(text), "names what is missing");
    await page.close();
  });

  test("an EdgeHTML-like engine (no ES2018+ library functions, no ES2018 regex syntax) runs the full check", async ({ ctx, base }) => {
    const page = await ctx.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.addInitScript(() => {
      // what Edge 18 lacks of what the bundle calls; polyfills.ts must install them all
      delete String.prototype.matchAll;
      delete String.prototype.trimStart;
      delete String.prototype.trimEnd;
      delete Array.prototype.flat;
      delete Array.prototype.flatMap;
      delete Object.fromEntries;
      delete window.BigInt;
      // and its RegExp engine: lookbehind, named groups, the s flag and property escapes are SyntaxErrors
      const Native = RegExp;
      const es2018 = /\(\?<[=!a-zA-Z]|\\[pPk]\{|\\k</;
      const Old = function RegExp(p, f) {
        const src = p instanceof Native ? p.source : String(p);
        if (es2018.test(src) || String(f || "").indexOf("s") >= 0) throw new SyntaxError(`Invalid regular expression: /${src}/`);
        return new Native(p, f);
      };
      Old.prototype = Native.prototype;
      window.RegExp = Old;
      window.__ptcMissingAtStart = typeof "".matchAll;
    });
    await page.goto(`${base}/preview.html`);
    await waitFor(page, () => document.querySelector('[data-testid="summary"]')?.getAttribute("data-projects") !== null, null, 15000, "the first check");
    await page.click('[data-testid="run-check"]');
    await waitFor(page, () => document.querySelector('[data-testid="run-check"]')?.textContent === "校验", null, 5000, "the check to finish");
    assert((await page.evaluate(() => window.__ptcMissingAtStart)) === "undefined", "matchAll was really removed");
    assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
    const n = await page.locator('[data-testid="issue-item"]').count();
    assert(n === expected.total, `issue-item count ${n}, core on Node reports ${expected.total}`);
    const counts = await page.locator('[data-testid="summary"]').evaluate((e) => [e.getAttribute("data-error"), e.getAttribute("data-warning"), e.getAttribute("data-info")].map(Number));
    assert(counts.join() === [expected.counts.error, expected.counts.warning, expected.counts.info].join(), `summary ${counts}`);
    await page.close();
    return `${n} issues, as on Node`;
  });

  test("bundles are ES2017 syntax, regular-expression literals included (EdgeHTML, old WPS Chromium)", async () => {
    const acorn = require(require.resolve("acorn", { paths: [ROOT, path.dirname(require.resolve("webpack", { paths: [ROOT] }))] }));
    const bundles = fs.readdirSync(OUT).filter((f) => f.endsWith(".js"));
    assert(bundles.length >= 2, "bundles built");
    for (const f of bundles) {
      const code = fs.readFileSync(path.join(OUT, f), "utf8");
      // acorn validates regex literals per ecmaVersion: lookbehind, named groups, \p{…} and the s flag fail here
      try {
        acorn.parse(code, { ecmaVersion: 2017, sourceType: "script" });
      } catch (err) {
        throw new Error(`${f}: not ES2017: ${err.message} near ${JSON.stringify(code.slice(Math.max(0, err.pos - 40), err.pos + 40))}`);
      }
    }
    return `${bundles.length} bundles`;
  });

  test("screenshot of the preview for the README (docs/preview.png)", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    // an issue near the top, so the summary, the list and the marked first table are all in view
    const it = page.locator('[data-testid="issue-item"][data-severity="warning"]').first();
    const cell = await it.getAttribute("data-cell");
    await it.locator(".issue-main").click();
    await waitFor(page, (c) => document.querySelector(`td[data-cell="${c}"]`)?.getAttribute("aria-selected") === "true", cell, 2000, `${cell} selected`);
    await page.evaluate(() => {
      document.querySelector(".pane-main").scrollTop = 0;
      document.querySelector(".grid-scroller").scrollTop = 0;
    });
    await page.waitForTimeout(150);
    const file = screenshotPath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    await page.close();
    return file === SCREENSHOT ? path.relative(ROOT, file) : `${file} (no CJK font installed: docs/preview.png left as is)`;
  });

  return tests;
}

// ------------------------------------------------------------------------------------------------ main

async function main() {
  if (!fs.existsSync(CHROMIUM)) abort(`${CHROMIUM} not found (apt-get install -y chromium)`);
  let playwright;
  try {
    playwright = require("playwright-core");
  } catch {
    abort("playwright-core is not installed");
  }
  if (opts.build) build();
  if (!fs.existsSync(path.join(OUT, "preview.html"))) abort("dist-web/preview.html missing (build failed?)");

  const report = await coreFindings();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) counts[d.severity]++;
  const withFix = report.diagnostics.find((d) => d.suggestions.length > 0 && d.cell !== "E224");
  const { RULES } = require(path.join(ROOT, "dist", "core", "rules", "index.js"));
  const sample = report.diagnostics.find((d) => d.cell !== "E224" && d.row > 100)?.cell ?? report.diagnostics[0]?.cell;
  const expected = {
    total: report.diagnostics.length,
    counts,
    sample,
    ruleCount: RULES.length,
    fix: withFix ? { cell: withFix.cell, ruleId: withFix.ruleId, target: withFix.suggestions[0].cell, value: withFix.suggestions[0].value } : null,
  };

  const server = await serve(OUT);
  const base = `http://127.0.0.1:${server.address().port}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ptc-chromium-"));
  const ctx = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !opts.headed,
    viewport: { width: 1280, height: 800 },
    locale: "zh-CN",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ].filter((a) => opts.headed === false || a !== "--headless"),
  });

  try {
    for (const t of defineTests(expected)) {
      if (opts.only && !t.name.includes(opts.only)) continue;
      const start = Date.now();
      try {
        const note = await t.fn({ ctx, base });
        passed++;
        console.log(`ok   ${t.name} (${Date.now() - start} ms)${note ? ` — ${note}` : ""}`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${t.name} (${Date.now() - start} ms)\n     ${e && e.message ? e.message : e}`);
        for (const p of ctx.pages()) await p.close().catch(() => {});
      }
    }
  } finally {
    await ctx.close().catch(() => {});
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  writeJson();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => abort(e && e.stack ? e.stack : String(e)));
