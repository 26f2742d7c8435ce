#!/usr/bin/env node
/* eslint-disable no-console */
// Browser test of the WPS 加载项 entry page (no WPS on this machine): builds dist-wps into a temporary folder,
// serves it over HTTP, opens index.html in headless Chromium with a fake `window.Application` injected before any
// page script runs — the strict ET fake of tests/hosts/wps/fake-et.ts, bundled for the browser — and presses the
// ribbon buttons through the callbacks WPS would call (OnAddinLoad, OnAction({Id}), GetImage, OnGetLabel).
//
// Usage: node scripts/wps-browser-test.js [--json result.json] [--keep]
// Exit code 0 when every check passed; the JSON file gets {"passed": N, "failed": N}.
"use strict";

const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const { chromium } = require("playwright-core");
const { build } = require("./build-wps.js");
const { serveStatic } = require("./lib/static-server");
const { assertEs5, unguardedVars } = require("./lib/browser-build");
const { snapshotTree } = require("./lib/tree-snapshot");

const ROOT = path.resolve(__dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function parseArgs(argv) {
  const o = { json: null, keep: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--json") o.json = argv[++i];
    else if (argv[i] === "--keep") o.keep = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return o;
}

/** One 2024 table (as tests/helpers/table-builder.ts lays it out) whose 时效 value is last year's: an error. */
const ROWS = [
  ["项目支出预算绩效目标表"],
  ["(2024年度)"],
  ["项目名称", "", "基层干部培训经费", "", ""],
  ["主管部门及代码", "35005001 区委组织部", "实施单位", "区委组织部", ""],
  ["项目属性", "延续性项目", "项目期", "1年期", ""],
  ["项目资金 (万元)", "年度资金总额:", "10", "", ""],
  ["", "其中:财政拨款", "10", "", ""],
  ["", "其他资金", "0", "", ""],
  ["年度总体目标", "目标1: 举办基层干部培训班, 培训200人次, 提升基层干部履职能力。", "", "", ""],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
  ["", "产出指标", "数量指标 (必填量化)", "指标1: 培训人次", "≥200人次"],
  ["", "", "质量指标 (必填量化)", "指标1: 培训考核合格率", "≥95%"],
  ["", "", "时效指标 (必填量化)", "指标1: 培训完成时间", "2023年底"],
  ["", "", "成本指标 (必填量化)", "指标1: 培训经费总额", "≤10万元"],
  ["", "效益指标", "经济效益指标 (选填量化)", "指标1: 节约差旅支出比例", "≥5%"],
  ["", "", "社会效益指标 (必填)", "指标1: 基层干部履职能力提升比例", "≥90%"],
  ["", "", "生态效益指标 (选填)", "指标1: 培训资料电子化节能率", "≥80%"],
  ["", "", "可持续影响指标 (必填)", "指标1: 培训成果长效应用机制", "达到预期目标"],
  ["", "满意度指标", "服务对象满意度指标 (必填量化)", "指标1: 参训学员满意度", "≥90%"],
];
/** Where `2023年底` is: E13 (0-based row 12, col 4). */
const BAD_CELL = { row: 12, col: 4, a1: "E13" };
/** MARK_COLORS.error (#F8D7DA) as ET stores it: red in the low byte. */
const ERROR_BGR = 0xf8 + 0xd7 * 256 + 0xda * 65536;

function compile(config) {
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

/** tests/hosts/wps/fake-et.ts as a browser script defining `PtcFakeEt`. */
async function bundleFake(dir) {
  await compile({
    mode: "development",
    context: ROOT,
    entry: "./tests/hosts/wps/fake-et.ts",
    target: ["web", "es2017"],
    devtool: false,
    output: { path: dir, filename: "fake-et.js", library: { name: "PtcFakeEt", type: "window" } },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { target: "ES2017", module: "ES2020", moduleResolution: "node" },
          },
        },
      ],
    },
    infrastructureLogging: { level: "warn" },
  });
  return fs.readFileSync(path.join(dir, "fake-et.js"), "utf8");
}

const serve = (root) => serveStatic(root);

function get(url) {
  return new Promise((resolve) => {
    http
      .get(url, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
      .on("error", () => resolve(0));
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const results = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ptc-wps-browser-"));
  // the project's own build folders, before: the test builds into `tmp` and must leave them as they are
  const ownBuilds = ["dist-web", "dist-wps"].map((d) => [d, snapshotTree(path.join(ROOT, d))]);
  let server = null;
  let context = null;
  const check = async (name, fn) => {
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ✓ ${name}`);
    } catch (e) {
      results.push({ name, ok: false, error: String((e && e.stack) || e) });
      console.log(
        `  ✗ ${name}\n      ${String((e && e.message) || e)
          .split("\n")
          .join("\n      ")}`,
      );
    }
  };
  const assert = (cond, message) => {
    if (!cond) throw new Error(message);
  };

  try {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (apt-get install -y chromium)`);
    server = await serve(path.join(tmp, "dist"));
    const base = `http://127.0.0.1:${server.address().port}/`;
    console.log("building dist-wps (production, with the task pane) into a temporary folder…");
    const built = await build({
      out: path.join(tmp, "dist"),
      mode: "production",
      baseUrl: base,
      quiet: true,
      withPane: true,
    });
    const fakeJs = await bundleFake(path.join(tmp, "fake"));
    const entryUrl = `${built.onlineUrl}index.html`;
    const paneUrl = `${built.onlineUrl}taskpane/taskpane.html`;

    context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
    /** The page's fake ET at the pessimistic defaults of fake-et.ts, `init` (JSON) overriding some of them. */
    const setup = (extra = "", init = "") =>
      `${fakeJs}\n;(function () {\n${extra}\n` +
      `  window.__fake = new PtcFakeEt.FakeEt({ sheets: { Sheet1: ${JSON.stringify(ROWS)} }, addon: true${init ? `, ...${init}` : ""} });\n` +
      `  window.Application = window.__fake.app;\n  window.wps = window.Application;\n})();`;

    console.log(`WPS entry page: ${entryUrl}`);
    const page = await context.newPage();
    const pageErrors = [];
    const requests = [];
    const dialogs = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("request", (r) => requests.push(r.url()));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => undefined);
    });
    await page.addInitScript({ content: setup() });
    await page.goto(entryUrl);
    await page.waitForFunction(() => window.__ptcWps !== undefined || window.__ptcLoadError === undefined, null, {
      timeout: 15000,
    });
    const idle = () => page.evaluate(() => window.__ptcWps.idle());
    const before = await page.evaluate(() => window.__fake.userFormatting("Sheet1"));

    await check("the entry page runs the bundle without office.js and defines the ribbon callbacks", async () => {
      const state = await page.evaluate(() => ({
        loaded: window.__ptcWps !== undefined,
        loadError: window.__ptcLoadError,
        callbacks: ["OnAddinLoad", "OnAction", "GetImage", "OnGetLabel", "OnGetEnabled", "OnGetVisible"].map(
          (n) => typeof window[n],
        ),
      }));
      assert(state.loaded && state.loadError === undefined, `bundle did not boot: ${JSON.stringify(state)}`);
      assert(
        state.callbacks.every((t) => t === "function"),
        `callbacks: ${state.callbacks}`,
      );
      assert(!requests.some((u) => /office\.js|appsforoffice/.test(u)), "office.js was requested");
      assert(pageErrors.length === 0, `page errors: ${pageErrors.join("; ")}`);
    });

    await check("OnAddinLoad, GetImage and OnGetLabel answer as ribbon.xml expects; the images exist", async () => {
      const r = await page.evaluate(() => {
        window.__ribbonInvalidated = [];
        const ok = window.OnAddinLoad({
          InvalidateControl: (id) => window.__ribbonInvalidated.push(id),
          Invalidate: () => undefined,
        });
        const ids = ["btnCheck", "btnInsert", "btnClear", "btnPane"];
        return {
          ok,
          images: ids.map((Id) => window.GetImage({ Id })),
          pane: window.OnGetLabel({ Id: "btnPane" }),
          enabled: window.OnGetEnabled({ Id: "btnCheck" }),
        };
      });
      assert(r.ok === true && r.enabled === true, "OnAddinLoad/OnGetEnabled must return true");
      assert(r.pane === "打开任务窗格", `pane label ${r.pane}`);
      for (const img of r.images) assert((await get(`${built.onlineUrl}${img}`)) === 200, `image ${img} missing`);
      const ribbon = fs.readFileSync(path.join(built.addinDir, "ribbon.xml"), "utf8");
      for (const id of ["btnCheck", "btnInsert", "btnClear", "btnPane"])
        assert(ribbon.includes(`id="${id}"`), `ribbon.xml lacks ${id}`);
      assert(/<tab id="ptcTab" label="绩效目标">/.test(ribbon), "ribbon tab 绩效目标 missing");
    });

    await check("校验 creates the task pane with the taskpane URL and shows it", async () => {
      await page.evaluate(() => window.OnAction({ Id: "btnCheck" }));
      await idle();
      const panes = await page.evaluate(() => window.__fake.taskPanes.map((t) => ({ ...t })));
      assert(panes.length === 1, `CreateTaskPane called ${panes.length} times`);
      assert(panes[0].url === paneUrlFor(built), `pane URL ${panes[0].url}`);
      assert(panes[0].visible === true, "pane not visible");
      const stored = await page.evaluate(() => window.__fake.pluginStorage.get("ptc_taskpane_id"));
      assert(String(stored) === String(panes[0].id), "pane ID not kept in PluginStorage");
      assert((await get(paneUrl)) === 200, `${paneUrl} is not served`);
      assert(dialogs.length === 0, `unexpected dialog: ${dialogs.join("; ")}`);
    });

    await check(
      `校验 marks ${BAD_CELL.a1} (时效 “2023年底” in a 2024 table) with an error conditional format`,
      async () => {
        const cfs = await page.evaluate(() =>
          window.__fake
            .formatConditions("Sheet1")
            .map((f) => ({ formula1: f.formula1, color: f.color, areas: f.areas })),
        );
        const ours = cfs.filter((f) => f.formula1.includes("_PTC_ON"));
        assert(ours.length > 0, "no _PTC_ conditional format");
        const covers = (f) =>
          f.areas.some(
            (a) =>
              BAD_CELL.row >= a.top && BAD_CELL.row <= a.bottom && BAD_CELL.col >= a.left && BAD_CELL.col <= a.right,
          );
        const hit = ours.filter(covers);
        assert(hit.length === 1 && hit[0].color === ERROR_BGR, `E13 marks: ${JSON.stringify(hit)}`);
        const names = await page.evaluate(() => window.__fake.names().map((n) => ({ ...n })));
        assert(
          names.some((n) => n.name === "_PTC_ON" && n.refersTo === "=TRUE" && n.visible === false),
          `names: ${JSON.stringify(names)}`,
        );
        const status = await page.evaluate(() => window.__fake.statusBar);
        assert(
          typeof status === "string" && /1 个项目/.test(status) && /错误 [1-9]/.test(status),
          `status bar: ${status}`,
        );
      },
    );

    await check("the user's cells (values, formats) are unchanged by 校验", async () => {
      const after = await page.evaluate(() => window.__fake.userFormatting("Sheet1"));
      assert(after === before, "user formatting changed");
    });

    await check("打开任务窗格 hides and shows the same pane (no second CreateTaskPane)", async () => {
      const states = [];
      for (let i = 0; i < 2; i++) {
        await page.evaluate(() => window.OnAction({ Id: "btnPane" }));
        states.push(
          await page.evaluate(() => ({
            n: window.__fake.taskPanes.length,
            visible: window.__fake.taskPanes[0].visible,
            label: window.OnGetLabel({ Id: "btnPane" }),
          })),
        );
      }
      assert(
        JSON.stringify(states) ===
          JSON.stringify([
            { n: 1, visible: false, label: "打开任务窗格" },
            { n: 1, visible: true, label: "关闭任务窗格" },
          ]),
        JSON.stringify(states),
      );
      const invalidated = await page.evaluate(() => window.__ribbonInvalidated);
      assert(invalidated.includes("btnPane"), "ribbon not refreshed");
    });

    await check("清除标注 removes the add-in's conditional formats only", async () => {
      await page.evaluate(() => window.OnAction({ Id: "btnClear" }));
      await idle();
      const left = await page.evaluate(
        () => window.__fake.formatConditions("Sheet1").filter((f) => f.formula1.includes("_PTC_")).length,
      );
      assert(left === 0, `${left} marks left`);
      assert((await page.evaluate(() => window.__fake.userFormatting("Sheet1"))) === before, "user formatting changed");
    });

    await check("插入空白项目表 writes a blank table below the last one and selects 项目名称", async () => {
      await page.evaluate(() => window.OnAction({ Id: "btnInsert" }));
      await idle();
      const r = await page.evaluate(
        (n) => ({
          title: window.__fake.text("Sheet1", n + 1, 0),
          name: window.__fake.text("Sheet1", n + 3, 0),
          selection: window.__fake.activeBook.selection,
          undo: window.__fake.undo.slice(),
        }),
        ROWS.length,
      );
      assert(r.title === "项目支出预算绩效目标表" && r.name === "项目名称", JSON.stringify(r));
      assert(r.selection.row === ROWS.length + 3 && r.selection.col === 2, `selection ${JSON.stringify(r.selection)}`);
      // no Application.DebugTools (the fake's default, as its existence is unverified): inserted all the same
      assert(r.undo.length === 0, `undo ${JSON.stringify(r.undo)}`);
      assert(dialogs.length === 0, `unexpected dialog: ${dialogs.join("; ")}`);
    });

    await check("插入空白项目表 is one undo step where WPS has DebugTools.UndoTransBegin/End", async () => {
      const p = await context.newPage();
      await p.addInitScript({ content: setup("", JSON.stringify({ debugTools: true })) });
      await p.goto(entryUrl);
      await p.waitForFunction(() => window.__ptcWps !== undefined, null, { timeout: 15000 });
      await p.evaluate(() => window.OnAction({ Id: "btnInsert" }));
      await p.evaluate(() => window.__ptcWps.idle());
      const undo = await p.evaluate(() => window.__fake.undo.slice());
      assert(undo[0] === "begin" && /^end:false:/.test(undo[1] || ""), `undo ${JSON.stringify(undo)}`);
      await p.close();
    });

    await check("a bundle that cannot run leaves ribbon callbacks that explain (no silent button)", async () => {
      const p = await context.newPage();
      const seen = [];
      p.on("dialog", (d) => {
        seen.push(d.message());
        d.dismiss().catch(() => undefined);
      });
      await p.route("**/js/wps-main.js", (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript", body: "this is not javascript(" }),
      );
      await p.addInitScript({ content: setup() });
      await p.goto(entryUrl);
      await p.evaluate(() => window.OnAction({ Id: "btnCheck" }));
      await p.waitForTimeout(100);
      assert(seen.length === 1 && /未能加载/.test(seen[0]), `dialogs: ${JSON.stringify(seen)}`);
      await p.close();
    });

    await check("an engine without what cannot be polyfilled (here JSON: no ES5) is told to upgrade WPS", async () => {
      const p = await context.newPage();
      const seen = [];
      const loaded = [];
      p.on("request", (r) => loaded.push(r.url()));
      p.on("dialog", (d) => {
        seen.push(d.message());
        d.dismiss().catch(() => undefined);
      });
      await p.addInitScript({ content: setup("  delete window.JSON;") });
      await p.goto(entryUrl);
      await p.evaluate(() => window.OnAction({ Id: "btnCheck" }));
      await p.waitForTimeout(100);
      assert(
        seen.length === 1 && /版本过旧/.test(seen[0]) && /缺少：ES5/.test(seen[0]),
        `dialogs: ${JSON.stringify(seen)}`,
      );
      assert(!loaded.some((u) => u.endsWith("/js/wps-main.js")), "the bundle was loaded anyway");
      await p.close();
    });

    if (!built.paneFound) {
      console.log("  - the copied task pane over the fake ET: skipped (no dist-web/taskpane.html; run webpack first)");
    } else {
      await check(
        "the copied task pane boots over the fake ET, marks E13, drops its finding live when the clerk fixes it, and its mark on 校验",
        async () => {
          const p = await context.newPage();
          const errors = [];
          p.on("pageerror", (e) => errors.push(String(e)));
          await p.addInitScript({ content: setup() });
          await p.goto(paneUrlFor(built)); // as the ribbon opens it
          const marked = () =>
            p.evaluate(
              ([r, c]) =>
                window.__fake
                  .formatConditions("Sheet1")
                  .some(
                    (f) =>
                      f.formula1.includes("_PTC_") &&
                      f.areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right),
                  ),
              [BAD_CELL.row, BAD_CELL.col],
            );
          await p.waitForFunction(() => window.__PTC_BOOTED__ === true, null, { timeout: 15000 });
          await p.waitForFunction(
            () => window.__fake.formatConditions("Sheet1").some((f) => f.formula1.includes("_PTC_")),
            null,
            { timeout: 15000 },
          );
          assert(await marked(), "E13 not marked by the pane's check");
          const finding = `[data-testid="issue-item"][data-cell="${BAD_CELL.a1}"][data-rule="time-outside-budget-year"]`;
          assert((await p.locator(finding).count()) === 1, "E13's finding listed");
          await p.evaluate(
            ([r, c]) => window.__fake.userEdit("Sheet1", r, c, "2024年底"),
            [BAD_CELL.row, BAD_CELL.col],
          );
          // the list is live; the sheet's marks wait for 校验 (a write while typing would cost the clerk's undo history)
          await p.locator(finding).waitFor({ state: "detached", timeout: 5000 });
          await p.click('[data-testid="run-check"]');
          await p.waitForFunction(
            ([r, c]) =>
              !window.__fake
                .formatConditions("Sheet1")
                .some(
                  (f) =>
                    f.formula1.includes("_PTC_") &&
                    f.areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right),
                ),
            [BAD_CELL.row, BAD_CELL.col],
            { timeout: 5000 },
          );
          assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
          await p.close();
        },
      );
    }

    await check(
      "the entry page's bundle, its inline script and the copied task pane are ES5; the pane's CSS works without custom properties",
      async () => {
        const dir = built.addinDir;
        assertEs5(fs.readFileSync(path.join(dir, "js", "wps-main.js"), "utf8"), "js/wps-main.js");
        const html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
        const inline = /<script>([\s\S]*?)<\/script>/.exec(html);
        assert(inline, "index.html has its inline boot script");
        assertEs5(inline[1], "index.html inline script");
        const pane = path.join(dir, "taskpane");
        const scripts = fs.readdirSync(pane).filter((f) => f.endsWith(".js"));
        assert(scripts.length >= 1, "the task pane's bundle was copied");
        for (const f of scripts) assertEs5(fs.readFileSync(path.join(pane, f), "utf8"), `taskpane/${f}`);
        const css = fs.readFileSync(path.join(pane, "taskpane.css"), "utf8");
        assert(/var\(\s*--/.test(css), "the copied stylesheet uses custom properties (else the next check is empty)");
        const bad = unguardedVars(css);
        assert(bad.length === 0, `var(--…) without a plain declaration before it: ${bad.slice(0, 3).join(" | ")}`);
      },
    );

    await check(
      "the project's dist-web/ and dist-wps/ are left as they were (the build went to a temporary folder)",
      async () => {
        for (const [d, before] of ownBuilds)
          assert(snapshotTree(path.join(ROOT, d)) === before, `${d}/ changed during the test`);
        assert(!built.outDir.startsWith(ROOT + path.sep), `built inside the project: ${built.outDir}`);
      },
    );

    await check("dist-wps holds jsplugins.xml (online), the offline entries and publish.html", async () => {
      const out = built.outDir;
      const online = fs.readFileSync(path.join(out, "jsplugins.xml"), "utf8");
      assert(online.includes(`<jspluginonline name="${built.name}" type="et" url="${built.onlineUrl}"/>`), online);
      const offline = fs.readFileSync(path.join(out, "jsplugins-offline.xml"), "utf8");
      assert(
        new RegExp(`<jsplugin name="${built.name}" type="et" url="[^"]+\\.7z" version="${built.version}"/>`).test(
          offline,
        ),
        offline,
      );
      const publish = fs.readFileSync(path.join(out, "publish.xml"), "utf8");
      assert(publish.includes(`url="${built.folder}"`), publish);
      assert(
        fs.readFileSync(path.join(out, "publish.html"), "utf8").includes("127.0.0.1:58890/deployaddons/runParams"),
        "publish.html",
      );
      assert((await get(`${built.onlineUrl}ribbon.xml`)) === 200, "ribbon.xml not served");
    });
  } catch (e) {
    results.push({ name: "setup", ok: false, error: String((e && e.stack) || e) });
    console.log(`  ✗ setup\n      ${String((e && e.stack) || e)}`);
  } finally {
    if (context) await context.close().catch(() => undefined);
    if (server) server.close();
    if (!opts.keep) fs.rmSync(tmp, { recursive: true, force: true });
    else console.log(`kept ${tmp}`);
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`\nWPS browser test: ${passed} passed, ${failed} failed`);
  if (opts.json) fs.writeFileSync(opts.json, JSON.stringify({ passed, failed, results }, null, 2));
  process.exit(failed === 0 ? 0 : 1);
}

function paneUrlFor(built) {
  return `${built.onlineUrl}taskpane/taskpane.html?host=wps`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
