#!/usr/bin/env node
/* eslint-disable no-console */
// Browser tests of the task pane and the local preview, in Debian's chromium through playwright-core.
//
//   node scripts/browser-tests.js [--json <file>] [--dir <built folder>] [--keep] [--only <substring>] [--headed]
//
// Builds the web part with webpack (production) into a temporary folder — never dist-web/, which may hold a build
// someone made for a deployment — serves it on 127.0.0.1 (random port), and drives preview.html (the pane beside the
// sample workbook over the memory host) and taskpane.html (outside Office it must explain itself, never show a blank
// pane). --dir serves a folder built before instead (read only); --keep leaves the temporary build for a later --dir. The expected finding count comes from the core
// itself (dist/, the CLI build), so the test follows the rules as they change. Writes {"passed": N, "failed": N} to
// --json; exits 1 on any failure. Also saves docs/preview.png, the screenshot the README shows.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { serveStatic } = require("./lib/static-server");
const { assertEs5, unguardedVars } = require("./lib/browser-build");
const { snapshotTree } = require("./lib/tree-snapshot");

const ROOT = path.resolve(__dirname, "..");
const SEED = path.join(ROOT, "tests", "fixtures", "seed-2024.txt");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const SCREENSHOT = path.join(ROOT, "docs", "preview.png");
const XSS = '<img src=x onerror="window.__xss=1">';

function parseArgs(argv) {
  const o = { json: null, dir: null, keep: false, only: null, headed: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") o.json = argv[++i] || null;
    else if (a === "--dir") o.dir = argv[++i] ? path.resolve(argv[i]) : null;
    else if (a === "--keep") o.keep = true;
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
/** The built site under test: a fresh temporary folder, or --dir. */
const OUT = opts.dir || fs.mkdtempSync(path.join(os.tmpdir(), "ptc-web-"));
/** The project's own build folders, as they were before this run: they must be left as they are. */
const OWN_BUILDS = ["dist-web", "dist-wps"].map((d) => [d, snapshotTree(path.join(ROOT, d))]);
let passed = 0;
let failed = 0;

function writeJson() {
  if (opts.json) fs.writeFileSync(opts.json, JSON.stringify({ passed, failed }) + "\n");
}

/** A setup failure counts as one failed test, so CI never reads "0 failed" from a run that did not happen. */
function abort(message) {
  console.error(`browser tests: ${message}`);
  failed++;
  removeBuild();
  writeJson();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}

function removeBuild() {
  if (opts.dir) return;
  if (opts.keep) console.log(`kept the build: --dir ${OUT}`);
  else fs.rmSync(OUT, { recursive: true, force: true });
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
  console.log(`building the web part into ${OUT} (webpack --mode production) …`);
  const started = Date.now();
  if (!run(process.execPath, [webpack, "--mode", "production", "--stats", "errors-warnings", "--output-path", OUT]))
    abort("webpack build failed");
  console.log(`webpack: ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
  } catch (e) {
    const why =
      e && /Timeout/i.test(String(e.message))
        ? `timed out after ${timeout} ms`
        : `failed (${String((e && e.message) || e).split("\n")[0]})`;
    throw new Error(`${why} waiting for ${what}`);
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
  await waitFor(
    page,
    () => document.querySelector('[data-testid="summary"]')?.getAttribute("data-projects") !== null,
    null,
    10000,
    "the first check",
  );
  page.__errors = errors;
  return page;
}

/** The td showing `text` (first match). */
async function cellWithText(page, text) {
  const a1 = await page.evaluate((t) => {
    for (const td of document.querySelectorAll("td[data-cell]"))
      if (td.textContent === t) return td.getAttribute("data-cell");
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

/** The pane as Excel shows it on a small screen: 320 × 700 px (the preview's frame, pinned). */
async function narrow(page) {
  await page.addStyleTag({
    content:
      ".pane-frame{position:fixed!important;top:0;right:0;width:320px!important;height:700px!important;z-index:50;border:1px solid #999}",
  });
  await page.evaluate(() => window.dispatchEvent(new Event("resize")));
  await waitFor(page, () => document.querySelector(".ptc-pane.is-narrow") !== null, null, 2000, "the compact layout");
}

/** A wide pane (a large screen, or the pane dragged wider): 640 px, the compact layout off. */
async function wide(page) {
  await page.addStyleTag({
    content:
      ".pane-frame{position:fixed!important;top:0;right:0;width:640px!important;height:740px!important;z-index:50;border:1px solid #999}",
  });
  await page.evaluate(() => window.dispatchEvent(new Event("resize")));
  await waitFor(page, () => document.querySelector(".ptc-pane.is-narrow") === null, null, 2000, "the wide layout");
}

/** Where the first issue sits in the pane, and how many issues are in view, without scrolling. */
async function firstIssueFigure(page) {
  return page.evaluate(() => {
    const pane = document.querySelector(".pane-frame").getBoundingClientRect();
    const items = [...document.querySelectorAll('[data-testid="issue-item"]')];
    const r = items[0].getBoundingClientRect();
    const visible = items.filter((e) => {
      const b = e.getBoundingClientRect();
      return b.height > 0 && b.top >= pane.top && b.bottom <= pane.bottom;
    }).length;
    return {
      firstTop: Math.round(r.top - pane.top),
      firstBottom: Math.round(r.bottom - pane.top),
      paneHeight: Math.round(pane.height),
      visible,
    };
  });
}

/** The toast's text once it shows. */
async function toastText(page) {
  await waitFor(
    page,
    () => {
      const t = document.querySelector('[data-testid="toast"]');
      return t && !t.hidden && t.textContent !== "";
    },
    null,
    3000,
    "the toast",
  );
  return page.textContent('[data-testid="toast"]');
}

let cjk = null;
async function screenshotsOn() {
  if (cjk === null) cjk = screenshotPath() === SCREENSHOT;
  return cjk;
}

/** docs/screenshots/<name>.png: the pinned pane (narrow) or the whole preview. */
async function shot(page, name, pane) {
  const dir = path.join(ROOT, "docs", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(150);
  const file = path.join(dir, `${name}.png`);
  if (pane) await page.locator(".pane-frame").screenshot({ path: file });
  else await page.screenshot({ path: file });
}

// ------------------------------------------------------------------------------------------------ tests

function defineTests(expected) {
  const tests = [];
  const test = (name, fn) => tests.push({ name, fn });

  test("校验 lists every finding of the core for the seed (errors and warnings, hints folded by rule; E224; marks)", async ({
    ctx,
    base,
  }) => {
    const page = await openPreview(ctx, base);
    await page.click('[data-testid="run-check"]');
    await waitFor(
      page,
      () => document.querySelector('[data-testid="run-check"]')?.textContent === "校验",
      null,
      5000,
      "the check to finish",
    );
    const signal = expected.counts.error + expected.counts.warning;
    const shown = await page.locator('[data-testid="issue-item"]').count();
    assert(shown === signal, `issue-item count ${shown}, core reports ${signal} errors and warnings`);
    const folded = await page
      .locator('[data-testid="hint-group"]')
      .evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute("data-count")), 0));
    assert(folded === expected.counts.info, `hint lines count ${folded} hints, core reports ${expected.counts.info}`);
    // every hint line unfolded: every finding of the core is listed
    for (const b of await page.locator('[data-testid="hint-group"] [data-action="toggle-hint"]').all()) await b.click();
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
    for (const s of ["error", "warning", "info"])
      assert(Number(summary[s]) === expected.counts[s], `summary ${s} ${summary[s]} ≠ ${expected.counts[s]}`);
    assert(/[优良中差]/.test(summary.text), "summary shows grades");
    assert((await page.locator('[data-testid="project-grade"]').count()) === 21, "one grade per project");
    const e224 = page.locator(item("E224", "time-outside-budget-year"));
    assert((await e224.count()) === 1, "E224 time-outside-budget-year listed");
    assert((await e224.getAttribute("data-severity")) === "error", "E224 is an error");
    const msg = await e224.textContent();
    assert(msg.includes("2023年底") && msg.includes("2024"), `E224 message says what is wrong: ${msg}`);
    assert((await e224.locator('svg[aria-label="错误"]').count()) === 1, "severity icon labelled 错误");
    assert(
      (await page.getAttribute('td[data-cell="E224"]', "data-mark")) === "error",
      "E224 marked as error in the grid",
    );
    assert(page.__errors.length === 0, page.__errors.join("; "));
    await page.close();
    return `${n} items`;
  });

  test("clicking an issue selects its cell; selecting a cell highlights its issues", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    await page.click(`${item("E224", "time-outside-budget-year")} .issue-main`);
    await waitFor(
      page,
      () => document.querySelector('td[data-cell="E224"]')?.getAttribute("aria-selected") === "true",
      null,
      2000,
      "E224 selected",
    );
    assert((await page.locator('td[aria-selected="true"]').count()) === 1, "one selected cell");
    assert((await page.inputValue('[data-testid="name-box"]')) === "E224", "name box shows E224");
    // the other way round: click a cell in the grid, its issues get aria-current
    const other = expected.sample;
    await page.click(`td[data-cell="${other}"]`);
    await waitFor(
      page,
      (c) =>
        [...document.querySelectorAll(`[data-testid="issue-item"][data-cell="${c}"]`)].every(
          (e) => e.getAttribute("aria-current") === "true",
        ),
      other,
      2000,
      `${other}'s issues highlighted`,
    );
    const current = await page
      .locator('[data-testid="issue-item"][aria-current="true"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
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
    await waitFor(
      page,
      (sel) => document.querySelector(sel) === null,
      item("E224", "time-outside-budget-year"),
      1000,
      "the E224 finding to go",
    );
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
    await waitFor(
      page,
      () => document.querySelector('[data-testid="summary"]')?.getAttribute("data-projects") === "22",
      null,
      3000,
      "22 projects",
    );
    const titles = await page.evaluate(
      () =>
        [...document.querySelectorAll("td[data-cell]")].filter((td) => td.textContent === "项目支出预算绩效目标表")
          .length,
    );
    assert(titles >= 22, `22 titles in the grid (${titles})`);
    assert(await page.locator('[data-testid="error-banner"]').isHidden(), "no error banner");
    const sel = await page.inputValue('[data-testid="name-box"]');
    assert(/^C\d+$/.test(sel), `cursor on the new table's 项目名称 input (${sel})`);
    await page.close();
  });

  test("sheet text is rendered as text: an <img onerror> cell runs nothing", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    const name = await cellWithText(page, "基层党建工作经费");
    await typeInto(page, name, XSS);
    await typeInto(page, "E224", XSS);
    await waitFor(
      page,
      (x) => [...document.querySelectorAll(".group-name")].some((e) => e.textContent === x),
      XSS,
      2000,
      "the project name in the pane",
    );
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
    await waitFor(
      page,
      (c) => document.querySelector(`td[data-cell="${c}"]`)?.getAttribute("aria-selected") === "true",
      second,
      2000,
      `${second} selected by Enter`,
    );
    // ArrowLeft on a group collapses it, ArrowRight expands it
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowLeft");
    assert(
      (await page.getAttribute('[data-action="toggle-group"] >> nth=0', "aria-expanded")) === "false",
      "ArrowLeft collapses",
    );
    await page.keyboard.press("ArrowRight");
    assert(
      (await page.getAttribute('[data-action="toggle-group"] >> nth=0', "aria-expanded")) === "true",
      "ArrowRight expands",
    );
    // 上一个 from the second item goes to the first
    await page.click('[data-testid="prev-issue"]');
    await waitFor(
      page,
      (c) => document.querySelector(`td[data-cell="${c}"]`)?.getAttribute("aria-selected") === "true",
      first,
      2000,
      `${first} selected by 上一个`,
    );
    assert(/第 1 \//.test(await page.textContent(".position")), "position shows 第 1 / N");
    await page.click('[data-testid="next-issue"]');
    await waitFor(
      page,
      (c) => document.querySelector(`td[data-cell="${c}"]`)?.getAttribute("aria-selected") === "true",
      second,
      2000,
      `${second} selected by 下一个`,
    );
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
      await waitFor(
        page,
        ([c, v]) => document.querySelector(`td[data-cell="${c}"]`)?.textContent === v,
        [fix.target, fix.value],
        2000,
        "the fix written into the cell",
      );
      await waitFor(
        page,
        (sel) => document.querySelector(sel) === null,
        item(fix.cell, fix.ruleId),
        2000,
        "the fixed finding to go",
      );
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
    await waitFor(
      page,
      () => document.querySelector('[data-testid="issue-item"][data-rule="time-outside-budget-year"]') === null,
      null,
      2000,
      "the rule's items to go",
    );
    await waitFor(page, () => document.querySelector("td[data-mark]") === null, null, 2000, "marks to go");
    await page.keyboard.press("Escape");
    await page.close();
  });

  test("settings: the policy summary shows the chosen policy's header fields, required columns and N/A words", async ({
    ctx,
    base,
  }) => {
    const page = await openPreview(ctx, base);
    await page.click('[data-testid="settings-toggle"]');
    await page.locator('[data-testid="settings-panel"]').waitFor({ state: "visible" });
    const summary = async () => page.textContent('[data-testid="policy-summary"]');
    const national = await summary();
    for (const line of [
      "必须有的表头栏目：项目名称",
      "表样有此栏时必须填写的指标栏目：无",
      "表示“不适用”的写法：内置写法",
    ])
      assert(national.includes(line), `national summary has ${line}: ${national}`);
    await page.selectOption('[data-testid="setting-policy"]', "hunan");
    const hunan = await summary();
    assert(hunan.includes("必须填写的指标栏目：指标解释、绩效标准/评(扣)分标准"), `hunan columns: ${hunan}`);
    await page.selectOption('[data-testid="setting-policy"]', "anhui");
    const anhui = await summary();
    assert(anhui.includes("另加 “本指标不适用此项目”") && anhui.includes("项目类型"), `anhui summary: ${anhui}`);
    // nothing saved until 保存设置
    await page.click('[data-testid="settings-cancel"]');
    await page.locator('[data-testid="settings-panel"]').waitFor({ state: "hidden", timeout: 2000 });
    await page.click('[data-testid="settings-toggle"]');
    assert((await page.inputValue('[data-testid="setting-policy"]')) === "national", "cancel keeps the policy");
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
      r.fulfill({
        contentType: "text/javascript",
        body: "window.Office={onReady:function(){return Promise.resolve({host:null,platform:null})},HostType:{Excel:'Excel'}};",
      }),
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

  test("an engine older than IE11 gets 当前 Office/WPS 版本过旧… instead of a blank pane", async ({ ctx, base }) => {
    const page = await ctx.newPage();
    // no JSON: an IE document mode before 8, or an engine without ES5; nothing the bundle could polyfill
    await page.addInitScript(() => {
      delete window.JSON;
    });
    await page.route("**/appsforoffice.microsoft.com/**", (r) => r.abort());
    await page.goto(`${base}/taskpane.html`);
    const text = await page.textContent("#boot-message");
    assert(/当前 Office\/WPS 版本过旧/.test(text), `message: ${text}`);
    assert(/缺少：ES5/.test(text), `names what is missing: ${text}`);
    await page.close();
  });

  test("an IE11-like engine (ES2015+ built-ins removed, IE's DOM quirks) runs the full check", async ({
    ctx,
    base,
  }) => {
    const page = await ctx.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.addInitScript(() => {
      // What IE11 lacks of ES2015+: taken away before any page script runs; the bundle's polyfills must restore what
      // it uses. (Syntax is covered by the ES5 parse test below.)
      const gone = (o, names) => {
        for (const n of names) {
          if (!(n in o)) continue;
          try {
            Object.defineProperty(o, n, { value: undefined, writable: true, configurable: true });
            delete o[n];
          } catch {
            /* not configurable: left as is */
          }
        }
      };
      const before = {};
      const globals = [
        "Promise",
        "Map",
        "Set",
        "WeakMap",
        "WeakSet",
        "Symbol",
        "Reflect",
        "Proxy",
        "globalThis",
        "BigInt",
        "queueMicrotask",
        "structuredClone",
        "fetch",
        "TextEncoder",
        "TextDecoder",
        "AbortController",
      ];
      for (const n of globals) before[n] = typeof window[n];
      gone(Array, ["from", "of"]);
      gone(Array.prototype, [
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "fill",
        "copyWithin",
        "includes",
        "entries",
        "keys",
        "values",
        "flat",
        "flatMap",
        "at",
        "toSorted",
        "toReversed",
        "with",
      ]);
      gone(Object, [
        "assign",
        "entries",
        "values",
        "fromEntries",
        "getOwnPropertyDescriptors",
        "is",
        "getOwnPropertySymbols",
        "hasOwn",
        "groupBy",
      ]);
      gone(String, ["fromCodePoint", "raw"]);
      gone(String.prototype, [
        "includes",
        "startsWith",
        "endsWith",
        "repeat",
        "padStart",
        "padEnd",
        "codePointAt",
        "trimStart",
        "trimEnd",
        "trimLeft",
        "trimRight",
        "matchAll",
        "replaceAll",
        "at",
      ]);
      gone(Number, [
        "isNaN",
        "isFinite",
        "isInteger",
        "isSafeInteger",
        "parseFloat",
        "parseInt",
        "EPSILON",
        "MAX_SAFE_INTEGER",
        "MIN_SAFE_INTEGER",
      ]);
      gone(Math, [
        "trunc",
        "sign",
        "log10",
        "log2",
        "log1p",
        "expm1",
        "hypot",
        "cbrt",
        "fround",
        "clz32",
        "imul",
        "cosh",
        "sinh",
        "tanh",
        "acosh",
        "asinh",
        "atanh",
      ]);
      gone(Element.prototype, [
        "closest",
        "matches",
        "toggleAttribute",
        "append",
        "prepend",
        "before",
        "after",
        "replaceWith",
        "remove",
        "replaceChildren",
      ]);
      gone(NodeList.prototype, ["forEach", "entries", "keys", "values"]);
      gone(window, globals);
      // Not emulated: IE11's RegExp (no u, y or s flag, no `flags` getter). Chromium's own String.prototype.split
      // and replace read `flags` and would break without it, and a stand-in RegExp would disagree with the engine's
      // literals. Literals are checked by the ES5 parse test below, patterns built at run time by
      // tests/values/regex.test.ts; core-js adds `flags` where babel sees it read.
      // IE11's classList.toggle ignores its second argument; its KeyboardEvent.key says "Down", "Up", "Esc" …
      const toggle = DOMTokenList.prototype.toggle;
      DOMTokenList.prototype.toggle = function (name) {
        return toggle.call(this, name);
      };
      const key = Object.getOwnPropertyDescriptor(KeyboardEvent.prototype, "key");
      const IE = {
        ArrowDown: "Down",
        ArrowUp: "Up",
        ArrowLeft: "Left",
        ArrowRight: "Right",
        Escape: "Esc",
        " ": "Spacebar",
      };
      Object.defineProperty(KeyboardEvent.prototype, "key", {
        configurable: true,
        enumerable: true,
        get() {
          const k = key.get.call(this);
          return IE[k] || k;
        },
      });
      // Playwright's helpers that run in the page's own world (evaluate, waitForFunction) would now meet core-js's
      // Map and Symbol instead of the engine's, which they cannot iterate: this test reads the page only through
      // the DOM (locators run in an isolated world). What the page knows is written into attributes of <html>.
      const kinds = () =>
        [
          typeof window.Promise,
          typeof window.Map,
          typeof window.Symbol,
          typeof Array.from,
          typeof Object.assign,
          typeof "".includes,
          typeof Element.prototype.closest,
        ].join(",");
      const atStart = kinds();
      // deferred scripts (the bundle) run before load: by then the polyfills are in
      window.addEventListener("load", () => {
        document.documentElement.setAttribute("data-ptc-at-start", atStart);
        document.documentElement.setAttribute("data-ptc-after-boot", kinds());
      });
      const keys = [];
      document.addEventListener(
        "keydown",
        (e) => {
          keys.push(e.key);
          document.documentElement.setAttribute("data-ptc-keys", keys.join(","));
        },
        true,
      );
    });
    const html = page.locator("html");
    await page.goto(`${base}/preview.html`);
    try {
      await page.locator('[data-testid="summary"][data-projects]').waitFor({ timeout: 15000 });
    } catch (e) {
      throw new Error(`no first check: ${errors.join("; ") || String(e.message).split("\n")[0]}`);
    }
    await page.click('[data-testid="run-check"]');
    await page.locator('[data-testid="run-check"]', { hasText: /^校验$/ }).waitFor({ timeout: 5000 });
    const start = (await html.getAttribute("data-ptc-at-start")) || "";
    assert(
      start.split(",").every((t) => t === "undefined"),
      `the built-ins were really removed before the bundle: ${start}`,
    );
    const restored = (await html.getAttribute("data-ptc-after-boot")) || "";
    assert(
      restored.split(",").every((t) => t === "function"),
      `the polyfills restored them: ${restored}`,
    );
    assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
    const n = await page.locator('[data-testid="issue-item"]').count();
    const signal = expected.counts.error + expected.counts.warning;
    assert(n === signal, `issue-item count ${n}, core on Node reports ${signal} errors and warnings`);
    const summary = page.locator('[data-testid="summary"]');
    const counts = [
      await summary.getAttribute("data-error"),
      await summary.getAttribute("data-warning"),
      await summary.getAttribute("data-info"),
    ].map(Number);
    assert(
      counts.join() === [expected.counts.error, expected.counts.warning, expected.counts.info].join(),
      `summary ${counts}`,
    );
    assert(
      (await page.locator(item("E224", "time-outside-budget-year")).count()) === 1,
      "E224 time-outside-budget-year listed",
    );
    // the keyboard with IE's key names: ArrowDown arrives as "Down" and still moves through the list
    const second = await page.locator('[data-testid="issue-item"] >> nth=1').getAttribute("data-cell");
    await page.focus('[data-testid="next-issue"]');
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.locator(`td[data-cell="${second}"][aria-selected="true"]`).waitFor({ timeout: 2000 });
    const keys = (await html.getAttribute("data-ptc-keys")) || "";
    assert(keys === "Tab,ArrowDown,ArrowDown,Enter", `the pane saw the standard key names (${keys})`);
    // classList.toggle(name, force) as IE11 has it: the selected issue is highlighted, the others are not
    const currentItems = page.locator('[data-testid="issue-item"].is-current');
    const current = await currentItems.count();
    assert(
      current === 1 && (await currentItems.first().getAttribute("data-cell")) === second,
      `one current issue (${current})`,
    );
    await page.close();
    return `${n} issues, as on Node`;
  });

  test("bundles and inline scripts are ES5, regular-expression literals included (IE11)", async () => {
    const bundles = fs.readdirSync(OUT).filter((f) => f.endsWith(".js"));
    for (const entry of ["taskpane", "commands", "preview"])
      assert(
        bundles.some((f) => f.startsWith(`${entry}.`)),
        `${entry} bundle built`,
      );
    // acorn validates regular-expression literals per ecmaVersion: the u, y and s flags, lookbehind, \p{…} fail here
    for (const f of bundles) assertEs5(fs.readFileSync(path.join(OUT, f), "utf8"), f);
    let inline = 0;
    for (const page of fs.readdirSync(OUT).filter((f) => f.endsWith(".html"))) {
      const html = fs.readFileSync(path.join(OUT, page), "utf8");
      const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
      let m;
      while ((m = re.exec(html)) !== null) {
        if (/\bsrc\s*=/.test(m[1]) || m[2].trim() === "") continue;
        assertEs5(m[2], `${page}: inline script ${++inline}`);
      }
    }
    assert(inline >= 3, `the inline boot checks were found (${inline})`);
    return `${bundles.length} bundles, ${inline} inline scripts`;
  });

  test("the built stylesheet works without custom properties and without flex gap (IE11, old Chromium)", async () => {
    const css = fs.readFileSync(path.join(OUT, "taskpane.css"), "utf8");
    const uses = (css.match(/var\(\s*--/g) || []).length;
    assert(uses > 0, "the stylesheet uses custom properties (else this test would check nothing)");
    const bad = unguardedVars(css);
    assert(bad.length === 0, `var(--…) without a plain declaration before it: ${bad.slice(0, 5).join(" | ")}`);
    const gaps = css.replace(/\/\*[\s\S]*?\*\//g, "").match(/[{;]\s*(?:row-|column-)?gap\s*:[^;}]*/g) || [];
    assert(gaps.length === 0, `gap declarations: ${gaps.join(" | ")}`);
    return `${uses} var() uses, each with a fallback`;
  });

  test("dist-web/ and dist-wps/ are left as they were (the build went to a temporary folder)", async () => {
    for (const [d, before] of OWN_BUILDS)
      assert(snapshotTree(path.join(ROOT, d)) === before, `${d}/ changed during the browser tests`);
    if (!opts.dir) assert(!OUT.startsWith(ROOT + path.sep), `built inside the project: ${OUT}`);
    return OWN_BUILDS.map(([d, s]) => `${d}/ ${s === null ? "absent" : "unchanged"}`).join(", ");
  });

  test("screenshot of the preview for the README (docs/preview.png)", async ({ ctx, base }) => {
    const page = await openPreview(ctx, base);
    // an issue near the top, so the summary, the list and the marked first table are all in view
    const it = page.locator('[data-testid="issue-item"][data-severity="warning"]').first();
    const cell = await it.getAttribute("data-cell");
    await it.locator(".issue-main").click();
    await waitFor(
      page,
      (c) => document.querySelector(`td[data-cell="${c}"]`)?.getAttribute("aria-selected") === "true",
      cell,
      2000,
      `${cell} selected`,
    );
    await page.evaluate(() => {
      document.querySelector(".pane-main").scrollTop = 0;
      document.querySelector(".grid-scroller").scrollTop = 0;
    });
    await page.waitForTimeout(150);
    const file = screenshotPath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    await page.close();
    return file === SCREENSHOT
      ? path.relative(ROOT, file)
      : `${file} (no CJK font installed: docs/preview.png left as is)`;
  });

  // ---------------------------------------------------------------------------------------- issue 14

  const WIDTHS = [
    ["320 px", true],
    ["full width (640 px)", false],
  ];

  for (const [label, isNarrow] of WIDTHS) {
    test(`signal first at ${label}: hints folded per rule, 只看错误, groups by opinion or category, rule names`, async ({
      ctx,
      base,
    }) => {
      const page = await openPreview(ctx, base);
      if (isNarrow) await narrow(page);
      else await wide(page);
      // before any scrolling: the first issue is in view
      const fig = await firstIssueFigure(page);
      assert(fig.firstBottom <= fig.paneHeight, `first issue in view: ${JSON.stringify(fig)}`);
      const signal = expected.counts.error + expected.counts.warning;
      assert((await page.locator('[data-testid="issue-item"]').count()) === signal, "errors and warnings listed");
      // one line per hint rule, "提示：N 处<name> — 全部显示"
      const lines = await page.locator('[data-testid="hint-group"]').evaluateAll((els) =>
        els.map((e) => ({
          rule: e.getAttribute("data-rule"),
          n: Number(e.getAttribute("data-count")),
          text: e.textContent,
        })),
      );
      assert(lines.length === Object.keys(expected.infoByRule).length, `one line per hint rule (${lines.length})`);
      for (const l of lines) {
        assert(l.n === expected.infoByRule[l.rule], `${l.rule}: ${l.n} ≠ ${expected.infoByRule[l.rule]}`);
        assert(new RegExp(`^提示：${l.n} 处.+ — 全部显示$`).test(l.text.trim()), `line reads ${l.text}`);
      }
      const spaces = page.locator('[data-testid="hint-group"][data-rule="header-label-variant"]');
      await spaces.locator('[data-action="toggle-hint"]').click();
      const unfolded = await page.locator('[data-testid="issue-item"][data-rule="header-label-variant"]').count();
      assert(unfolded === expected.infoByRule["header-label-variant"], `全部显示 lists them (${unfolded})`);
      assert((await spaces.textContent()).includes("收起"), "the line offers 收起");
      // 只看错误, and back
      await page.click('[data-testid="only-errors"]');
      const errs = await page
        .locator('[data-testid="issue-item"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-severity")));
      assert(errs.length === expected.counts.error && errs.every((x) => x === "error"), `only errors (${errs.length})`);
      assert((await page.getAttribute('[data-testid="only-errors"]', "aria-pressed")) === "true", "pressed");
      assert((await page.locator('[data-testid="hint-group"]').count()) === 0, "no hint lines");
      await page.click('[data-testid="only-errors"]');
      assert((await page.locator('[data-testid="issue-item"]').count()) > expected.counts.error, "all shown again");
      // sub-groups with counts: opinion codes by default, categories on request
      const sections = await page.locator('[data-testid="issue-section"]').allTextContents();
      assert(
        sections.length > 0 && sections.every((t) => /^\d+ .+（\d+）$/.test(t)),
        `opinion sections: ${sections[0]}`,
      );
      await page.selectOption('[data-testid="group-by"]', "category");
      const cats = await page.locator('[data-testid="issue-section"]').allTextContents();
      assert(
        cats.some((t) => t.startsWith("指标结构")),
        `category sections: ${cats.slice(0, 3)}`,
      );
      // Chinese rule name beside each finding, and a 为什么 link to its help section
      const e224 = page.locator(item("E224", "time-outside-budget-year"));
      assert((await e224.locator('[data-testid="rule-name"]').textContent()) === "时间不在预算年度内", "rule name");
      const href = await e224.locator('[data-testid="why-link"]').getAttribute("href");
      assert(href === "help.html#rule-time-outside-budget-year", `why link ${href}`);
      assert(page.__errors.length === 0, page.__errors.join("; "));
      await page.close();
      return `${signal} of ${expected.total} shown by default; first issue at ${fig.firstTop}–${fig.firstBottom} px of ${fig.paneHeight} px, ${fig.visible} issues in view`;
    });
  }

  for (const [label, isNarrow] of WIDTHS) {
    test(`全部应用: a preview of every change, one write (one undo step), a toast, the findings gone (${label})`, async ({
      ctx,
      base,
    }) => {
      const page = await openPreview(ctx, base);
      if (isNarrow) await narrow(page);
      else await wide(page);
      const rule = "header-label-variant";
      await page.evaluate(() => {
        const h = window.ptcPreview.host;
        h.__calls = { writeCell: 0, writeCells: 0 };
        const one = h.writeCell.bind(h);
        const many = h.writeCells.bind(h);
        h.writeCell = (...a) => (h.__calls.writeCell++, one(...a));
        h.writeCells = (...a) => (h.__calls.writeCells++, many(...a));
      });
      await page.click('[data-testid="bulk-fixes"] summary');
      await page.click(`[data-testid="apply-all"][data-rule="${rule}"]`);
      const preview = page.locator('[data-testid="bulk-preview"]');
      await preview.waitFor({ state: "visible", timeout: 2000 });
      const rows = await preview.locator("li").allTextContents();
      assert(rows.length === expected.bulk.length, `preview lists ${rows.length} of ${expected.bulk.length} changes`);
      const first = expected.bulk[0];
      assert(rows[0].includes(first.a1) && rows[0].includes(first.value), `preview row: ${rows[0]}`);
      assert(
        rows.some((r) => /经济效益 指标/.test(r) && /经济效益指标/.test(r)),
        "old → new shown",
      );
      if (isNarrow && (await screenshotsOn())) await shot(page, "bulk-preview", true);
      await page.click(`[data-testid="apply-all-confirm"][data-rule="${rule}"]`);
      await waitFor(
        page,
        (c) => document.querySelector(`td[data-cell="${c.a1}"]`)?.textContent === c.value,
        first,
        3000,
        "the fixes written",
      );
      const calls = await page.evaluate(() => window.ptcPreview.host.__calls);
      assert(calls.writeCells === 1 && calls.writeCell === 0, `one write: ${JSON.stringify(calls)}`);
      await waitFor(
        page,
        ([r, n]) =>
          Number(
            document.querySelector(`[data-testid="hint-group"][data-rule="${r}"]`)?.getAttribute("data-count") ?? 0,
          ) < n,
        [rule, expected.infoByRule[rule]],
        3000,
        "the fixed hints gone",
      );
      const toast = await toastText(page);
      assert(/已应用 \d+ 处格式修正/.test(toast), `toast: ${toast}`);
      await page.close();
      return `${expected.bulk.length} cells in one write`;
    });
  }

  for (const [label, isNarrow] of WIDTHS) {
    test(`after a fix 下一个 continues from where the clerk was, not from the first issue (${label})`, async ({
      ctx,
      base,
    }) => {
      const page = await openPreview(ctx, base);
      if (isNarrow) await narrow(page);
      else await wide(page);
      const keys = await page.locator('[data-testid="issue-item"]').evaluateAll((els) =>
        els.map((e) => ({
          key: e.getAttribute("data-key"),
          cell: e.getAttribute("data-cell"),
          fix: !!e.querySelector('[data-testid="apply-fix"]'),
        })),
      );
      const at = keys.findIndex((k, i) => i >= 2 && k.fix);
      assert(at >= 2, "an issue with a fix past the first two");
      const fixed = keys[at];
      await page.click(`[data-key="${fixed.key}"] .issue-main`);
      await page.click(`[data-key="${fixed.key}"] [data-testid="apply-fix"]`);
      await waitFor(
        page,
        (k) => !document.querySelector(`[data-key="${k}"]`),
        fixed.key,
        3000,
        "the fixed issue to go",
      );
      const after = await page
        .locator('[data-testid="issue-item"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-key")));
      const next = keys.slice(at + 1).find((k) => after.includes(k.key));
      await page.click('[data-testid="next-issue"]');
      await waitFor(
        page,
        (k) => document.querySelector(`[data-key="${k}"]`)?.classList.contains("is-current"),
        next.key,
        2000,
        `${next.cell} current`,
      );
      assert((await page.inputValue('[data-testid="name-box"]')) === next.cell, `${next.cell} selected`);
      const pos = await page.textContent(".position");
      assert(pos.startsWith(`第 ${at + 1} /`), `position ${pos}`);
      assert(/已应用建议/.test(await toastText(page)), "toast after apply");
      await page.close();
      return `fixed #${at + 1} (${fixed.cell}); 下一个 → ${next.cell}`;
    });
  }

  for (const [label, isNarrow] of WIDTHS) {
    test(`插入 at ${label}: the new table is 待填写 (no grade), in view, its 项目名称 input selected and marked`, async ({
      ctx,
      base,
    }) => {
      const page = await openPreview(ctx, base);
      if (isNarrow) await narrow(page);
      else await wide(page);
      await page.click('[data-testid="insert-template"]');
      await waitFor(
        page,
        () => document.querySelector('[data-testid="summary"]')?.getAttribute("data-projects") === "22",
        null,
        3000,
        "22 projects",
      );
      const group = page.locator('[data-testid="issue-group"][data-state="to-fill"]');
      assert((await group.count()) === 1, "one to-fill group");
      assert((await group.locator(".grade-badge").textContent()) === "待填写", "待填写 badge");
      assert((await group.locator('[data-testid="issue-item"][data-state="to-fill"]').count()) > 10, "a checklist");
      const grades = await page
        .locator('[data-testid="project-grade"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-grade")));
      assert(grades[grades.length - 1] === "待填写", `no 差 for the new table: ${grades[grades.length - 1]}`);
      // the summary still counts the 21 filled tables' errors only
      assert(
        Number(await page.getAttribute('[data-testid="summary"]', "data-error")) === expected.counts.error,
        "errors unchanged",
      );
      const cell = await page.inputValue('[data-testid="name-box"]');
      await waitFor(
        page,
        (c) => document.querySelector(`[data-testid="issue-item"][data-cell="${c}"]`)?.classList.contains("is-current"),
        cell,
        2000,
        `the finding on ${cell} current`,
      );
      const name = page.locator(`[data-testid="issue-item"][data-cell="${cell}"]`);
      assert((await name.textContent()).includes("项目名称"), "the 项目名称 finding points at the selected input cell");
      assert(
        (await page.getAttribute(`td[data-cell="${cell}"]`, "data-mark")) === "info",
        "the empty name input is marked (to-fill colour)",
      );
      await page.waitForTimeout(200);
      const inView = await group.evaluate((g) => {
        const r = g.getBoundingClientRect();
        const box = g.closest(".pane-main").getBoundingClientRect();
        return r.top >= box.top - 1 && r.top < box.bottom;
      });
      assert(inView, "the list scrolled to the new table");
      assert(/已插入空白项目表/.test(await toastText(page)), "toast");
      if (isNarrow && (await screenshotsOn())) await shot(page, "to-fill", true);
      // typing starts the filling: the table is checked and graded as any other
      await typeInto(page, cell, "基层党建工作经费2");
      await waitFor(
        page,
        () => !document.querySelector('[data-testid="issue-group"][data-state="to-fill"]'),
        null,
        3000,
        "the table to leave 待填写",
      );
      await page.close();
    });
  }

  for (const [label, isNarrow] of WIDTHS) {
    test(`清除标注 keeps the marks off after an edit, until 校验; toast; toasts go by themselves (${label})`, async ({
      ctx,
      base,
    }) => {
      const page = await openPreview(ctx, base);
      if (isNarrow) await narrow(page);
      else await wide(page);
      assert((await page.locator("td[data-mark]").count()) > 0, "marks at start");
      assert((await page.locator('td[data-mark="info"]').count()) === 0, "no hint marks by default");
      await page.click('[data-testid="clear-marks"]');
      await waitFor(page, () => document.querySelector("td[data-mark]") === null, null, 2000, "marks cleared");
      const toast = page.locator('[data-testid="toast"]');
      assert(/已清除/.test(await toastText(page)), "toast after clear");
      assert(
        (await toast.getAttribute("role")) === "status" && (await toast.getAttribute("aria-live")) === "polite",
        "announced politely",
      );
      const before = await page.locator('[data-testid="issue-item"]').count();
      await typeInto(page, "E224", "2024年底");
      await waitFor(
        page,
        (n) => document.querySelectorAll('[data-testid="issue-item"]').length !== n,
        before,
        3000,
        "the re-check",
      );
      await page.waitForTimeout(200);
      assert((await page.locator("td[data-mark]").count()) === 0, "no marks after the edit");
      await toast.waitFor({ state: "hidden", timeout: 8000 });
      await page.click('[data-testid="run-check"]');
      await waitFor(page, () => document.querySelector("td[data-mark]") !== null, null, 3000, "marks back after 校验");
      await page.close();
    });
  }

  for (const [label, isNarrow] of WIDTHS) {
    test(`settings: full-width year, a threshold, hint marks; toast; grade rule, template label, help link (${label})`, async ({
      ctx,
      base,
    }) => {
      const page = await openPreview(ctx, base);
      if (isNarrow) await narrow(page);
      else await wide(page);
      const floorItems = async () =>
        page.locator('[data-testid="issue-item"][data-rule="satisfaction-threshold"]').count();
      const before = await floorItems();
      await page.click('[data-testid="settings-toggle"]');
      await page.fill('[data-testid="setting-year"]', "２０２４");
      const floor = page.locator('[data-testid="setting-threshold"][data-key="satisfaction-threshold.floor"]');
      assert((await floor.inputValue()) === "80", "the floor in force is shown");
      const fields = await page.locator('[data-testid="setting-threshold"]').count();
      assert(fields === expected.thresholds, `every numeric threshold (${fields} / ${expected.thresholds})`);
      await floor.fill("150");
      await page.click('[data-testid="settings-save"]');
      assert(
        await page.locator('[data-testid="settings-panel"]').isVisible(),
        "an out-of-range floor keeps the panel open",
      );
      assert(
        /0 到 100/.test(await page.textContent('[data-testid="settings-panel"] .field-error:not(:empty)')),
        "says the range",
      );
      await floor.fill("98");
      await page.check('[data-testid="setting-hint-marks"]');
      await page.click('[data-testid="settings-save"]');
      await page.locator('[data-testid="settings-panel"]').waitFor({ state: "hidden", timeout: 2000 });
      assert(/设置已保存/.test(await toastText(page)), "toast after save");
      await waitFor(
        page,
        (n) => document.querySelectorAll('[data-testid="issue-item"][data-rule="satisfaction-threshold"]').length > n,
        before,
        3000,
        "a higher floor flags more",
      );
      await waitFor(page, () => document.querySelector('td[data-mark="info"]') !== null, null, 3000, "hint marks on");
      // explanations
      const tip = await page.getAttribute('[data-testid="summary"] .grade-help', "title");
      assert(/评级规则.*优.*良.*中.*差/.test(tip), `grade tooltip: ${tip}`);
      const label = await page.evaluate(() => {
        const s = document.querySelector('[data-testid="template-profile"]');
        return document.querySelector(`label[for="${s.id}"]`)?.textContent;
      });
      assert(label === "模板", `template selector labelled: ${label}`);
      assert(
        (await page.getAttribute('[data-testid="help-link"]', "href")) === "help.html",
        "help linked from the pane",
      );
      const why = await page.locator('[data-testid="why-link"]').first().getAttribute("href");
      const help = await ctx.newPage();
      await help.goto(`${base}/${why}`);
      const id = why.split("#")[1];
      assert((await help.locator(`[id="${id}"]`).count()) === 1, `help section ${id}`);
      assert((await help.locator("#grades").textContent()).includes("评级"), "help explains the grades");
      await help.close();
      await page.close();
    });
  }

  for (const [label, isNarrow] of WIDTHS) {
    test(`目标与指标对应 follows the selected project: clauses, highlighted words, orphans, a click selects the indicator (${label})`, async ({
      ctx,
      base,
    }) => {
      const page = await openPreview(ctx, base);
      if (isNarrow) await narrow(page);
      else await wide(page);
      const cov = page.locator('[data-testid="coverage"]');
      assert(
        (await cov.locator("summary").textContent()).includes(expected.coverage[0].project),
        "the first project at start",
      );
      // select a cell of the third project: the view follows
      const third = expected.coverage[2];
      await page.click(`td[data-cell="${third.start}"]`);
      await waitFor(
        page,
        (n) => document.querySelector('[data-testid="coverage"] summary')?.textContent.includes(n),
        third.project,
        2000,
        "the view to follow the selection",
      );
      await cov.locator("summary").click();
      const clauses = await cov.locator('[data-testid="coverage-clause"]').count();
      assert(clauses === third.clauses, `${clauses} clauses, core ${third.clauses}`);
      const marks = await cov.locator("mark").count();
      assert(marks > 0 || third.matched === 0, "matched words highlighted");
      const orphans = await cov.locator('[data-testid="coverage-orphans"] li').count();
      assert(orphans === third.orphans, `${orphans} orphan indicators, core ${third.orphans}`);
      assert((await cov.locator('[data-orphan="true"]').count()) === third.orphanClauses, "orphan clauses marked");
      const btn = cov.locator('[data-testid="coverage-indicator"]').first();
      const cell = await btn.getAttribute("data-cell");
      await btn.click();
      await waitFor(
        page,
        (c) => document.querySelector(`td[data-cell="${c}"]`)?.getAttribute("aria-selected") === "true",
        cell,
        2000,
        `${cell} selected`,
      );
      if (isNarrow && (await screenshotsOn())) await shot(page, "coverage", true);
      await page.close();
      return `${third.project}: ${clauses} clauses, ${orphans} orphan indicators`;
    });
  }

  test("screenshots of the pane at 320 px and at full width (docs/screenshots)", async ({ ctx, base }) => {
    if (!(await screenshotsOn())) return "no CJK font installed: docs/screenshots left as they are";
    const page = await openPreview(ctx, base);
    await shot(page, "preview-full", false);
    await narrow(page);
    await shot(page, "pane-320", true);
    await page.close();
    return "docs/screenshots/preview-full.png, pane-320.png, bulk-preview.png, to-fill.png";
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
  if (!opts.dir) build();
  if (!fs.existsSync(path.join(OUT, "preview.html"))) abort(`${OUT}/preview.html missing (build failed?)`);

  const report = await coreFindings();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) counts[d.severity]++;
  // listed without unfolding hints
  const withFix = report.diagnostics.find(
    (d) => d.suggestions.length > 0 && d.cell !== "E224" && d.severity !== "info",
  );
  const { RULES } = require(path.join(ROOT, "dist", "core", "rules", "index.js"));
  const sample =
    report.diagnostics.find((d) => d.cell !== "E224" && d.row > 100 && d.severity !== "info")?.cell ??
    report.diagnostics[0]?.cell;
  const infoByRule = {};
  for (const d of report.diagnostics) if (d.severity === "info") infoByRule[d.ruleId] = (infoByRule[d.ruleId] || 0) + 1;
  // 全部应用 of header-label-variant (a form-only fix): one write per cell
  const bulk = new Map();
  for (const d of report.diagnostics) {
    const s = d.suggestions[0];
    if (d.ruleId === "header-label-variant" && s && !bulk.has(s.cell)) bulk.set(s.cell, { a1: s.cell, value: s.value });
  }
  const { RULES: ALL } = require(path.join(ROOT, "dist", "core", "rules", "index.js"));
  const thresholds = ALL.reduce((n, r) => {
    const o = r.meta.options ? r.meta.options.parse({}) : {};
    return n + Object.values(o).filter((v) => typeof v === "number").length;
  }, 0);
  const { goalCoverage } = require(path.join(ROOT, "dist", "core", "analysis", "coverage.js"));
  const coverage = report.projects.map((p) => {
    const c = goalCoverage(report.tables.find((t) => t.index === p.tableIndex));
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(p.range.split(":")[0]);
    return {
      project: p.name,
      // a cell two rows into the block (the 项目名称 row)
      start: `${col}${Number(row) + 2}`,
      clauses: c.clauses.length,
      matched: c.clauses.filter((x) => x.matches.length > 0).length,
      orphanClauses: c.clauses.filter((x) => x.matches.length === 0).length,
      orphans: c.orphanIndicators.length,
    };
  });
  const expected = {
    coverage,
    infoByRule,
    bulk: [...bulk.values()],
    thresholds,
    total: report.diagnostics.length,
    counts,
    sample,
    ruleCount: RULES.length,
    fix: withFix
      ? {
          cell: withFix.cell,
          ruleId: withFix.ruleId,
          target: withFix.suggestions[0].cell,
          value: withFix.suggestions[0].value,
        }
      : null,
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
    removeBuild();
  }
  writeJson();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => abort(e && e.stack ? e.stack : String(e)));
