import { readFileSync } from "fs";
import { join } from "path";
import { check, type SheetReport } from "../../src/core/engine";
import { fromA1, gridFromStrings, toA1 } from "../../src/core/grid";
import { goalCoverage } from "../../src/core/analysis/coverage";
import { RULES } from "../../src/core/rules";
import { DEFAULT_SETTINGS, type Settings } from "../../src/hosts/host";
import { chooseHost, missingFeatures, wpsApplication } from "../../src/taskpane/boot";
import {
  buildView,
  coverageView,
  draftOf,
  highlight,
  projectAt,
  policySummary,
  firstOnCell,
  issueKeys,
  positionText,
  ruleGroups,
  settingsFromDraft,
  GRADE_RULE,
  ONLY_ERRORS,
  ruleMetaOf,
  SHOW_ALL,
  stepFrom,
  stepIndex,
  THRESHOLD_FIELDS,
  type ViewState,
} from "../../src/taskpane/render-model";
import { blankTemplate } from "../../src/core/template/block-spec";
import { MemoryHost } from "../../src/hosts/memory/memory-host";
import { opinionOf } from "../../src/core/rules/opinion";
import { RULE_NAMES } from "../../src/taskpane/rule-names";
import { sheetRows } from "../helpers/table-builder";

const seedRows = readFileSync(join(__dirname, "../fixtures/seed-2024.txt"), "utf8")
  .replace(/\n$/, "")
  .split("\n")
  .map((l) => l.split("\t"));
const seed: SheetReport = check(gridFromStrings("Sheet1", seedRows));

const state = (over: Partial<ViewState> = {}): ViewState => ({
  filter: SHOW_ALL,
  collapsed: new Set(),
  selection: null,
  currentKey: null,
  ...over,
});

describe("buildView", () => {
  test("before any check: the not-checked empty state, no summary", () => {
    const v = buildView(null, state());
    expect(v.summary).toBeNull();
    expect(v.flat).toEqual([]);
    expect(v.empty?.kind).toBe("not-checked");
  });

  test("the seed, hints unfolded: one item per diagnostic, errors and warnings by project in sheet order, hints by rule", () => {
    const v = buildView(seed, state({ expandedHints: "all" }));
    expect(v.flat).toHaveLength(seed.diagnostics.length);
    expect(v.projects.map((p) => p.name)).toEqual(seed.projects.map((p) => p.name));
    const info = seed.diagnostics.filter((d) => d.severity === "info").length;
    expect(v.projects.reduce((n, p) => n + p.items.length, 0)).toBe(seed.diagnostics.length - info);
    expect(v.hintGroups.reduce((n, h) => n + h.items.length, 0)).toBe(info);
    expect(v.summary?.projectCount).toBe(21);
    const sev = (s: string) => seed.diagnostics.filter((d) => d.severity === s).length;
    expect(v.summary?.counts).toEqual({ error: sev("error"), warning: sev("warning"), info: sev("info") });
    const g = v.summary?.grades;
    expect((g?.优 ?? 0) + (g?.良 ?? 0) + (g?.中 ?? 0) + (g?.差 ?? 0)).toBe(21);
    expect(v.summary?.projects.map((p) => p.grade)).toEqual(seed.projects.map((p) => p.grade));
    expect(v.empty).toBeNull();
    expect(v.truncated).toBe(0);
    // each group's items belong to it
    for (const p of v.projects) for (const it of p.items) expect(it.groupKey).toBe(p.key);
  });

  test("an item carries the cell, rule, severity, message, rule help and an aria label", () => {
    const v = buildView(seed, state());
    const it = v.flat.find((x) => x.cell === "E224" && x.ruleId === "time-outside-budget-year");
    expect(it).toBeDefined();
    expect(it?.severity).toBe("error");
    expect(it?.severityLabel).toBe("错误");
    expect(it?.message).toContain("2023年底");
    expect(it?.ruleHelp).toBe(RULES.find((r) => r.meta.id === "time-outside-budget-year")?.meta.description);
    expect(it?.ariaLabel).toMatch(/^错误，单元格 E224：/);
  });

  test("a diagnostic with suggestions offers the first one", () => {
    const v = buildView(seed, state());
    const withFix = v.flat.find((x) => x.diagnostic.suggestions.length > 0);
    expect(withFix?.suggestion).toEqual({
      label: withFix?.diagnostic.suggestions[0]?.message,
      value: withFix?.diagnostic.suggestions[0]?.value,
      cell: withFix?.diagnostic.suggestions[0]?.cell,
    });
    expect(withFix?.ariaLabel).toContain("可应用建议");
    const without = v.flat.find((x) => x.diagnostic.suggestions.length === 0);
    expect(without?.suggestion).toBeNull();
  });

  test("the severity filter hides items; with everything filtered out, the all-filtered state", () => {
    const noInfo = buildView(seed, state({ filter: { error: true, warning: true, info: false } }));
    expect(noInfo.flat.every((x) => x.severity !== "info")).toBe(true);
    expect(noInfo.flat).toHaveLength(seed.diagnostics.filter((d) => d.severity !== "info").length);
    // the summary still counts everything
    expect(noInfo.summary?.counts.info).toBeGreaterThan(0);
    const none = buildView(seed, state({ filter: { error: false, warning: false, info: false } }));
    expect(none.flat).toEqual([]);
    expect(none.empty?.kind).toBe("all-filtered");
  });

  test("a collapsed group draws no items but keeps them in the navigation order", () => {
    const open = buildView(seed, state());
    const first = open.projects[0];
    expect(first && first.items.length).toBeGreaterThan(0);
    const v = buildView(seed, state({ collapsed: new Set([first?.key ?? ""]) }));
    expect(v.projects[0]?.collapsed).toBe(true);
    expect(v.projects[0]?.items).toEqual([]);
    expect(v.projects[0]?.shown).toBe(first?.items.length);
    expect(v.flat).toHaveLength(open.flat.length);
  });

  test("the item limit draws the first N and counts the rest", () => {
    const v = buildView(seed, state({ limit: 10 }));
    expect(v.projects.reduce((n, p) => n + p.items.length, 0)).toBe(10);
    const signal = seed.diagnostics.filter((d) => d.severity !== "info").length;
    expect(v.truncated).toBe(signal - 10);
    expect(v.flat).toHaveLength(signal);
  });

  test("the selected cell's issues are flagged; the current key is marked", () => {
    const sel = { sheet: "Sheet1", row: 223, col: 4 }; // E224
    const v = buildView(seed, state({ selection: sel }));
    const on = v.flat.filter((x) => x.onSelectedCell);
    expect(on.length).toBeGreaterThan(0);
    expect(on.every((x) => x.cell === "E224")).toBe(true);
    expect(firstOnCell(v.flat, sel)).toBe(v.flat.findIndex((x) => x.cell === "E224"));
    expect(firstOnCell(v.flat, { sheet: "Other", row: 223, col: 4 })).toBe(-1);
    const key = v.flat[3]?.key ?? null;
    const w = buildView(seed, state({ currentKey: key }));
    expect(w.flat.filter((x) => x.isCurrent).map((x) => x.key)).toEqual([key]);
  });

  test("keys are unique and stable across re-checks, and survive an edit elsewhere", () => {
    const keys = issueKeys(seed.diagnostics);
    expect(new Set(keys).size).toBe(keys.length);
    expect(issueKeys(check(gridFromStrings("Sheet1", seedRows)).diagnostics)).toEqual(keys);
    const edited = seedRows.map((r) => [...r]);
    const row = edited[223];
    if (row) row[4] = "2024年底";
    const after = issueKeys(check(gridFromStrings("Sheet1", edited)).diagnostics);
    const gone = keys.filter((k) => !after.includes(k));
    expect(gone.some((k) => k.startsWith("Sheet1!E224|time-outside-budget-year"))).toBe(true);
    expect(gone.length).toBeLessThan(5);
  });

  test("a sheet without tables: the no-tables state; a clean table: the no-issues state", () => {
    const empty = buildView(check(gridFromStrings("Sheet1", [["随便写点什么"]])), state());
    expect(empty.empty?.kind).toBe("no-tables");
    expect(empty.empty?.title).toContain("未发现绩效目标表");
    const clean = check(gridFromStrings("Sheet1", sheetRows({})));
    expect(clean.diagnostics).toEqual([]);
    const v = buildView(clean, state());
    expect(v.empty?.kind).toBe("no-issues");
    expect(v.summary?.projectCount).toBe(1);
    expect(v.summary?.grades.优).toBe(1);
  });

  test("sheet text is kept verbatim (the DOM layer sets it as text)", () => {
    const markup = '<img src=x onerror="window.__xss=1">';
    const rows = sheetRows({ name: markup });
    const v = buildView(check(gridFromStrings("Sheet1", rows)), state());
    expect(v.projects[0]?.name).toBe(markup);
    expect(v.projects[0]?.headerLabel.startsWith(markup)).toBe(true);
  });
});

describe("navigation helpers", () => {
  test("stepIndex wraps around and starts at either end", () => {
    expect(stepIndex(0, -1, 1)).toBe(-1);
    expect(stepIndex(5, -1, 1)).toBe(0);
    expect(stepIndex(5, -1, -1)).toBe(4);
    expect(stepIndex(5, 4, 1)).toBe(0);
    expect(stepIndex(5, 0, -1)).toBe(4);
    expect(stepIndex(5, 2, 1)).toBe(3);
    expect(stepIndex(5, 9, 1)).toBe(0);
  });

  test("positionText", () => {
    expect(positionText(-1, 0)).toBe("0 项");
    expect(positionText(-1, 258)).toBe("共 258 项");
    expect(positionText(2, 258)).toBe("第 3 / 258 项");
  });
});

describe("settings model", () => {
  test("every rule is listed once, with its Chinese description and default severity", () => {
    const groups = ruleGroups();
    const ids = groups.flatMap((g) => g.rules.map((r) => r.id));
    expect(ids.sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    for (const g of groups) {
      for (const r of g.rules) {
        expect(r.description).toMatch(/[\u4e00-\u9fff]/);
        expect(r.value).toBe("default");
        expect(r.defaultLabel).toMatch(/^默认（(错误|警告|提示)）$/);
      }
    }
    const over = ruleGroups({ "time-outside-budget-year": "off" }).flatMap((g) => g.rules);
    expect(over.find((r) => r.id === "time-outside-budget-year")?.value).toBe("off");
  });

  test("draft round trip keeps the config the pane does not edit", () => {
    const base: Settings = {
      config: { year: 2024, profile: "legacy", satisfactionFloor: 85, rules: { "unit-missing": "warning" } },
      marksOn: false,
      templateProfile: "mof-2021",
    };
    const d = draftOf(base);
    expect(d).toEqual({
      year: "2024",
      policy: "national",
      profile: "legacy",
      templateProfile: "mof-2021",
      marksOn: false,
      hintMarks: false,
      rules: { "unit-missing": "warning" },
      thresholds: d.thresholds,
    });
    // the thresholds in force: the old flat satisfactionFloor over the policy's
    expect(d.thresholds["satisfaction-threshold.floor"]).toBe("85");
    const r = settingsFromDraft(base, d);
    // saved again, the old `profile` key moves to `generation` and the policy in force is written down
    expect(r).toEqual({
      ok: true,
      settings: {
        ...base,
        config: {
          year: 2024,
          policy: "national",
          generation: "legacy",
          satisfactionFloor: 85,
          rules: { "unit-missing": "warning" },
        },
      },
    });
  });

  test("policy: chosen by id and saved in the workbook's settings; a unit's own policy is kept as it is", () => {
    const d = draftOf(DEFAULT_SETTINGS);
    const r = settingsFromDraft(DEFAULT_SETTINGS, { ...d, policy: "hubei" });
    expect(r.ok && r.settings.config.policy).toBe("hubei");
    const own = { extends: "anhui", options: { "satisfaction-threshold": { floor: 92 } } };
    const custom: Settings = { ...DEFAULT_SETTINGS, config: { policy: own } };
    expect(draftOf(custom).policy).toBe("custom");
    const kept = settingsFromDraft(custom, draftOf(custom));
    expect(kept.ok && kept.settings.config.policy).toEqual(own);
  });

  test("the policy summary shows what the policy sets: header fields, columns, N/A words, the satisfaction floor", () => {
    expect(policySummary({ policy: "national" }).slice(0, 4)).toEqual([
      "必须有的表头栏目：项目名称、年度资金总额、年度总体目标",
      "表样有此栏时必须填写的指标栏目：无（表头标“*”的栏目仍按表样必填）",
      "表示“不适用”的写法：内置写法（不涉及、不适用、暂无、无、/、— 等，及“本项目不适用此指标”一类句子）",
      "满意度目标下限：80%",
    ]);
    const hunan = policySummary({ policy: "hunan" });
    expect(hunan).toContain("必须有的表头栏目：项目名称、主管部门及代码、实施单位、年度资金总额、年度总体目标");
    expect(hunan).toContain("表样有此栏时必须填写的指标栏目：指标解释、绩效标准/评(扣)分标准");
    const anhui = policySummary({ policy: "anhui" });
    expect(anhui.find((l) => l.startsWith("表示“不适用”的写法："))).toMatch(/；另加 “本指标不适用此项目”$/);
    expect(anhui[0]).toContain("项目类型");
    // a unit's own file: its words after the preset's, and the columns it requires
    const own = policySummary({
      policy: { extends: "anhui", naMarkers: ["本项目暂不涉及该指标"], requiredColumns: ["explanation"] },
    });
    expect(own).toContain(
      "表示“不适用”的写法：内置写法（不涉及、不适用、暂无、无、/、— 等，及“本项目不适用此指标”一类句子）；另加 “本指标不适用此项目”、“本项目暂不涉及该指标”",
    );
    expect(own).toContain("表样有此栏时必须填写的指标栏目：指标解释");
    const hubei = policySummary({ policy: "hubei" });
    expect(hubei).toContain("满意度目标下限：90%");
    expect(hubei).toContain("规则调整：duplicate-indicator → 提示");
    expect(hubei.some((l) => l.startsWith("依据：湖北"))).toBe(true);
    expect(
      policySummary({ policy: { extends: "hubei", options: { "satisfaction-threshold": { floor: 95 } } } }),
    ).toContain("满意度目标下限：95%");
  });

  test("year: empty means per table, 2025 and 2025年 accepted, anything else refused in Chinese", () => {
    const base = DEFAULT_SETTINGS;
    const d = draftOf(base);
    const empty = settingsFromDraft(base, { ...d, year: " " });
    expect(empty.ok && empty.settings.config.year).toBeUndefined();
    for (const y of ["2025", "2025年"]) {
      const r = settingsFromDraft(base, { ...d, year: y });
      expect(r.ok && r.settings.config.year).toBe(2025);
    }
    for (const y of ["24", "二〇二四", "3000", "2024.5"]) {
      const r = settingsFromDraft(base, { ...d, year: y });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/预算年度/);
    }
    // clearing a year that was set removes it
    const cleared = settingsFromDraft({ ...base, config: { year: 2024 } }, { ...d, year: "" });
    expect(cleared.ok && "year" in cleared.settings.config).toBe(false);
  });

  test("rule choices: default drops the override, others are kept", () => {
    const d = {
      ...draftOf(DEFAULT_SETTINGS),
      rules: { a: "default" as const, b: "off" as const, c: "error" as const },
    };
    const r = settingsFromDraft(DEFAULT_SETTINGS, d);
    expect(r.ok && r.settings.config.rules).toEqual({ b: "off", c: "error" });
  });
});

describe("boot", () => {
  test("host choice: WPS first, then Excel, else unsupported", () => {
    expect(chooseHost({ wps: true, officeHost: undefined })).toBe("wps");
    expect(chooseHost({ wps: false, officeHost: "Excel" })).toBe("excel");
    expect(chooseHost({ wps: false, officeHost: "Word" })).toBe("unsupported");
    expect(chooseHost({ wps: false, officeHost: null })).toBe("unsupported");
    expect(chooseHost({ wps: false, officeHost: undefined })).toBe("unsupported");
  });

  test("wpsApplication reads window.Application or its alias wps", () => {
    const app = {};
    expect(wpsApplication({ Application: app })).toBe(app);
    expect(wpsApplication({ wps: app })).toBe(app);
    expect(wpsApplication({})).toBeUndefined();
  });

  test("missingFeatures names what an old engine lacks", () => {
    expect(
      missingFeatures(globalThis as unknown as Parameters<typeof missingFeatures>[0]).filter(
        (f) => f !== "Element.prototype.closest",
      ),
    ).toEqual([]);
    const old = {
      Promise,
      Map,
      Set,
      String: { prototype: {} },
      Array: { prototype: {} },
      Object: {},
      Element: { prototype: {} },
    };
    expect(missingFeatures(old)).toEqual([
      "String.prototype.matchAll",
      "Array.prototype.flatMap",
      "Object.fromEntries",
      "Element.prototype.closest",
    ]);
  });
});

describe("boot-check.js (the ES5 probe inlined before the bundle)", () => {
  const src = readFileSync(join(__dirname, "../../src/taskpane/boot-check.js"), "utf8");

  interface Box {
    className: string;
    text: string;
    children: Array<{ textContent?: string; innerText?: string }>;
    attrs: Record<string, string>;
  }

  /** Runs the probe against a stand-in window and document; `ie8` gives elements innerText but no textContent. */
  function runProbe(win: Record<string, unknown>, doc: Record<string, unknown> = {}, ie8 = false) {
    const box: Box = { className: "", text: "", children: [], attrs: {} };
    const listeners: string[] = [];
    const w = { JSON, addEventListener: (type: string) => listeners.push(type), setTimeout: () => 0, ...win } as Record<
      string,
      unknown
    >;
    const element = (): Record<string, unknown> => {
      const e: Record<string, unknown> = { className: "", classList: {} };
      if (!ie8) e.textContent = "";
      return e;
    };
    const boxElement = {
      set className(v: string) {
        box.className = v;
      },
      setAttribute: (k: string, v: string) => (box.attrs[k] = v),
      appendChild: (c: { textContent?: string; innerText?: string }) => box.children.push(c),
    };
    Object.defineProperty(boxElement, ie8 ? "innerText" : "textContent", {
      set(v: string) {
        box.text = v;
      },
    });
    const d = {
      readyState: "complete",
      getElementById: () => boxElement,
      createElement: element,
      addEventListener: () => undefined,
      querySelector: () => null,
      ...doc,
    };
    new Function("window", "document", src)(w, d);
    return { w, box, listeners };
  }

  test("a current engine passes: no message, a load-error watcher is installed", () => {
    const { w, box, listeners } = runProbe({});
    expect(w.__PTC_TOO_OLD__).toBeUndefined();
    expect(box.text).toBe("");
    expect(listeners).toContain("error");
  });

  test("IE11 passes: no Promise, Map, Set, Symbol, CSS variables or RegExp u flag (all polyfilled or not needed)", () => {
    const NoUnicode = function (p: string, f?: string) {
      if (/[uys]/.test(f ?? "")) throw new SyntaxError("Invalid flags");
      return new RegExp(p, f);
    };
    const { w, box } = runProbe({
      Promise: undefined,
      Map: undefined,
      Set: undefined,
      Symbol: undefined,
      CSS: undefined,
      RegExp: NoUnicode,
    });
    expect(w.__PTC_TOO_OLD__).toBeUndefined();
    expect(box.text).toBe("");
  });

  test("an engine without JSON (no ES5: IE in an IE7 document mode) gets the Chinese too-old message", () => {
    const { w, box } = runProbe({ JSON: undefined });
    expect(w.__PTC_TOO_OLD__).toEqual(["ES5"]);
    expect(box.text).toMatch(/^当前 Office\/WPS 版本过旧/);
    expect(box.text).toContain("Internet Explorer 11");
    expect(box.attrs.role).toBe("alert");
    expect(box.children[0]?.textContent).toBe("缺少：ES5");
  });

  test("an engine without classList (IE9) is too old: the DOM probe", () => {
    const { w } = runProbe({}, { createElement: () => ({ className: "", textContent: "" }) });
    expect(w.__PTC_TOO_OLD__).toEqual(["DOM"]);
  });

  test("the message reaches an IE8 document mode too (innerText, no textContent)", () => {
    const { w, box } = runProbe({ JSON: undefined }, {}, true);
    expect(w.__PTC_TOO_OLD__).toEqual(["ES5"]);
    expect(box.text).toMatch(/^当前 Office\/WPS 版本过旧/);
    expect(box.children[0]?.innerText).toBe("缺少：ES5");
  });
});

describe("issue 14: signal first, places kept, blank tables, explanations", () => {
  const info = seed.diagnostics.filter((d) => d.severity === "info");

  test("by default hints are folded into one line per rule, with the count and the rule's name", () => {
    const v = buildView(seed, state());
    expect(v.flat.some((x) => x.severity === "info")).toBe(false);
    expect(v.flat).toHaveLength(seed.diagnostics.length - info.length);
    expect(v.hintGroups.reduce((n, h) => n + h.count, 0)).toBe(info.length);
    const labels = v.hintGroups.find((h) => h.ruleId === "header-label-variant");
    const n = info.filter((d) => d.ruleId === "header-label-variant").length;
    expect(labels?.label).toBe(`提示：${n} 处${RULE_NAMES["header-label-variant"]}`);
    expect(labels?.items).toEqual([]);
    expect(v.summary?.shownByDefault).toBe(seed.diagnostics.length - info.length);
    expect(v.summary?.total).toBe(seed.diagnostics.length);
  });

  test("全部显示 unfolds one rule's hints, in navigation order after the projects", () => {
    const v = buildView(seed, state({ expandedHints: new Set(["vague-qualitative"]) }));
    const g = v.hintGroups.find((h) => h.ruleId === "vague-qualitative");
    expect(g?.expanded).toBe(true);
    expect(g?.items.length).toBe(info.filter((d) => d.ruleId === "vague-qualitative").length);
    expect(v.flat.slice(-(g?.items.length ?? 0)).every((x) => x.ruleId === "vague-qualitative")).toBe(true);
  });

  test("只看错误 shows errors only and no hint lines", () => {
    const v = buildView(seed, state({ filter: ONLY_ERRORS }));
    expect(v.flat.length).toBe(seed.diagnostics.filter((d) => d.severity === "error").length);
    expect(v.flat.every((x) => x.severity === "error")).toBe(true);
    expect(v.hintGroups).toEqual([]);
  });

  test("a project's issues are grouped by opinion (default) or category, in code order, with counts", () => {
    const v = buildView(seed, state());
    for (const p of v.projects) {
      expect(p.sections.reduce((n, sec) => n + sec.count, 0)).toBe(p.shown);
      const codes = p.sections.map((sec) => Number(sec.label.split(" ")[0]));
      expect([...codes].sort((a, b) => a - b)).toEqual(codes);
      for (const sec of p.sections)
        for (const it of sec.items)
          expect(String(opinionOf(ruleMetaOf(it.ruleId), it.diagnostic))).toBe(sec.label.split(" ")[0]);
      // the flat (navigation) order is the drawn order
      expect(p.items.map((x) => x.key)).toEqual(p.sections.flatMap((sec) => sec.items.map((x) => x.key)));
    }
    const byCat = buildView(seed, state({ groupBy: "category" }));
    expect(byCat.projects.some((p) => p.sections.some((sec) => sec.label === "指标结构"))).toBe(true);
  });

  test("items carry the rule's Chinese name and the help link", () => {
    const it = buildView(seed, state()).flat.find((x) => x.ruleId === "time-outside-budget-year");
    expect(it?.ruleName).toBe("时间不在预算年度内");
    expect(it?.helpHref).toBe("help.html#rule-time-outside-budget-year");
  });

  test("after a fix the issue is gone: 下一个 takes the one in its place, 上一个 the one before", () => {
    const flat = [{ key: "a" }, { key: "b" }, { key: "d" }, { key: "e" }];
    // "c" was at index 2 and was fixed
    expect(stepFrom(flat, "c", 2, 1)).toBe(2);
    expect(stepFrom(flat, "c", 2, -1)).toBe(1);
    // still there: ordinary stepping
    expect(stepFrom(flat, "b", 1, 1)).toBe(2);
    // the last one fixed: wraps to the first
    expect(stepFrom(flat, "f", 4, 1)).toBe(0);
    expect(stepFrom(flat, null, -1, 1)).toBe(0);
    expect(stepFrom([], "x", 0, 1)).toBe(-1);
  });

  test("a blank inserted table is 待填写: its findings a checklist, no grade, not counted as errors", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    const bottom = seedRows.length + 1;
    await host.insertBlock({ sheet: "Sheet1", row: bottom, col: 0 }, blankTemplate("legacy", 2024));
    const r = check(await host.readActiveSheet());
    const v = buildView(r, state());
    const p = v.projects[v.projects.length - 1];
    expect(p?.toFill).toBe(true);
    expect(p?.gradeLabel).toBe("待填写");
    expect(p?.items.length).toBeGreaterThan(10);
    expect(p?.items.every((x) => x.toFill && x.severityLabel === "待填写")).toBe(true);
    // the summary counts and grades are the 21 filled tables'
    expect(v.summary?.counts).toEqual(buildView(seed, state()).summary?.counts);
    const g = v.summary?.grades;
    expect((g?.优 ?? 0) + (g?.良 ?? 0) + (g?.中 ?? 0) + (g?.差 ?? 0)).toBe(21);
    expect(v.summary?.toFill.projects).toBe(1);
    // the seed's own tables are never blank
    expect(v.projects.slice(0, 21).every((x) => !x.toFill)).toBe(true);
  });

  test("the grade rule states gradeOf's thresholds", () => {
    expect(GRADE_RULE).toMatch(/优.*良.*中.*差/);
    expect(GRADE_RULE).toContain("3 个及以上错误");
  });
});

describe("settings: full-width year, thresholds, hint marks", () => {
  test("the year accepts full-width digits", () => {
    const r = settingsFromDraft(DEFAULT_SETTINGS, { ...draftOf(DEFAULT_SETTINGS), year: "２０２５" });
    expect(r.ok && r.settings.config.year).toBe(2025);
    const y = settingsFromDraft(DEFAULT_SETTINGS, { ...draftOf(DEFAULT_SETTINGS), year: "２０２５年" });
    expect(y.ok && y.settings.config.year).toBe(2025);
  });

  test("every numeric option of every rule is editable, the satisfaction floor among them", () => {
    const numeric = RULES.flatMap((r) =>
      Object.keys(r.meta.options?.shape ?? {})
        .filter((k) => typeof (r.meta.options?.parse({}) as Record<string, unknown>)[k] === "number")
        .map((k) => `${r.meta.id}.${k}`),
    );
    expect(THRESHOLD_FIELDS.map((f) => f.key).sort()).toEqual(numeric.sort());
    expect(THRESHOLD_FIELDS.find((f) => f.key === "satisfaction-threshold.floor")?.label).toMatch(/满意度/);
  });

  test("a changed threshold is saved as the rule's option; the policy's value writes nothing; bad input refused", () => {
    const d = draftOf(DEFAULT_SETTINGS);
    expect(d.thresholds["satisfaction-threshold.floor"]).toBe("80");
    const same = settingsFromDraft(DEFAULT_SETTINGS, d);
    expect(same.ok && same.settings.config.options).toBeUndefined();
    const set = settingsFromDraft(DEFAULT_SETTINGS, {
      ...d,
      thresholds: { ...d.thresholds, "satisfaction-threshold.floor": "９０％" },
    });
    expect(set.ok && set.settings.config.options).toEqual({ "satisfaction-threshold": { floor: 90 } });
    // and read back
    if (set.ok) expect(draftOf(set.settings).thresholds["satisfaction-threshold.floor"]).toBe("90");
    const bad = settingsFromDraft(DEFAULT_SETTINGS, {
      ...d,
      thresholds: { ...d.thresholds, "satisfaction-threshold.floor": "120" },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.field).toBe("satisfaction-threshold.floor");
      expect(bad.error).toMatch(/0 到 100/);
    }
  });

  test("hint marks: off by default, saved when ticked", () => {
    expect(draftOf(DEFAULT_SETTINGS).hintMarks).toBe(false);
    const r = settingsFromDraft(DEFAULT_SETTINGS, { ...draftOf(DEFAULT_SETTINGS), hintMarks: true });
    expect(r.ok && r.settings.hintMarks).toBe(true);
  });
});

describe("goal ↔ indicator coverage view (issue 10)", () => {
  test("the project holding the selection, else the first", () => {
    const p5 = seed.projects[5];
    const start = p5 ? fromA1(p5.range.split(":")[0] ?? "") : null;
    expect(projectAt(seed, start ? { sheet: "Sheet1", row: start.row + 2, col: start.col } : null)).toBe(
      p5?.tableIndex,
    );
    expect(projectAt(seed, null)).toBe(seed.projects[0]?.tableIndex);
  });

  test("clauses with their matching indicators, matched words highlighted, orphans on both sides", () => {
    let clauses = 0;
    let orphanIndicators = 0;
    for (const p of seed.projects) {
      const v = coverageView(seed, p.tableIndex);
      expect(v?.project).toBe(p.name);
      const cov = goalCoverage(seed.tables[p.tableIndex] as NonNullable<(typeof seed.tables)[number]>);
      expect(v?.clauses.length).toBe(cov.clauses.length);
      expect(v?.orphanIndicators.map((i) => i.index)).toEqual(cov.orphanIndicators);
      v?.clauses.forEach((c, i) => {
        expect(c.segments.map((x) => x.text).join("")).toBe(c.text);
        expect(c.orphan).toBe(cov.clauses[i]?.matches.length === 0);
        for (const m of c.matches) {
          expect(m.cell).toMatch(/^[A-Z]+\d+$/);
          // a word the match shares with the clause is highlighted where it occurs
          for (const w of m.words)
            if (c.text.includes(w)) expect(c.segments.some((x) => x.hit && x.text.includes(w))).toBe(true);
        }
      });
      clauses += v?.clauses.length ?? 0;
      orphanIndicators += v?.orphanIndicators.length ?? 0;
    }
    expect(clauses).toBeGreaterThan(21);
    expect(orphanIndicators).toBeGreaterThan(0);
  });

  test("an indicator's cell is its name cell in sheet coordinates", () => {
    const p = seed.projects[0];
    const v = p ? coverageView(seed, p.tableIndex) : null;
    const m = v?.clauses.flatMap((c) => c.matches)[0] ?? v?.orphanIndicators[0];
    const t = seed.tables[0];
    const ind = t?.indicators[m?.index ?? 0];
    expect(m?.cell).toBe(ind ? toA1(ind.nameCell.row, ind.nameCell.col) : "");
  });

  test("the view judges by the settings in force: goal-indicator-mismatch's options and the policy's N/A words", () => {
    const p = seed.projects.find((x) => (coverageView(seed, x.tableIndex)?.orphanIndicators.length ?? 0) > 0);
    const v = p ? coverageView(seed, p.tableIndex) : null;
    const orphan = v?.orphanIndicators[0];
    if (!p || !orphan) throw new Error("no project with an orphan indicator on the seed");
    // the orphan's own name declared 不适用 by the policy: it is no longer compared at all
    const na = coverageView(seed, p.tableIndex, { naMarkers: [orphan.name] });
    expect(na?.orphanIndicators.map((i) => i.index)).not.toContain(orphan.index);
    // a clause verb list without any verb: the goal is split at hard breaks only, as the rule would split it
    const verbs = coverageView(seed, p.tableIndex, { options: { "goal-indicator-mismatch": { clauseVerbs: [] } } });
    const table = seed.tables[p.tableIndex] as NonNullable<(typeof seed.tables)[number]>;
    expect(verbs?.clauses.length).toBe(goalCoverage(table, { clauseVerbs: [] }).clauses.length);
    // settings that do not load (an unknown rule's options) hide the view rather than show the default
    expect(coverageView(seed, p.tableIndex, { options: { "no-such-rule": { x: 1 } } })).toBeNull();
  });

  test("highlight cuts a text at every occurrence", () => {
    expect(highlight("培训学员280人次，培训", ["培训", "280人次"])).toEqual([
      { text: "培训", hit: true },
      { text: "学员", hit: false },
      { text: "280人次", hit: true },
      { text: "，", hit: false },
      { text: "培训", hit: true },
    ]);
  });
});
