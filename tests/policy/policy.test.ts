// Policies (issue 9): each office's requirements as data, options each rule declares, severities per message,
// overlap declared (defersTo) — and one order of precedence.
import { z } from "zod";
import { Checker, check } from "../../src/core/engine";
import { layerConfigs, resolveConfig } from "../../src/core/config";
import { PRESETS, PolicySchema, parsePolicyFile, policySettings } from "../../src/core/policy";
import { RULES } from "../../src/core/rules";
import { optionsOf, type TableRule } from "../../src/core/rules/types";
import { gridFromStrings } from "../../src/core/grid";
import { gridFromTsv } from "../../src/core/tsv";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { sheetGrid, tableRows, withIndicator } from "../helpers/table-builder";
import { loadRealTable, REAL_DIR } from "../corpus/real-tables";

const THRESHOLD = z.object({ limit: z.number().default(3).describe("测试阈值") });
const counter: TableRule = {
  meta: {
    id: "counter",
    severity: "warning",
    category: "hygiene",
    scope: "table",
    description: "测试用",
    options: THRESHOLD,
    messageSeverity: { quiet: "info" },
    messages: { loud: "多于 {{limit}}", quiet: "提示" },
  },
  check(ctx) {
    const { limit } = optionsOf(THRESHOLD, ctx);
    if (ctx.table.indicators.length > limit)
      ctx.report({ at: { row: ctx.table.area.top, col: 0 }, messageId: "loud", data: { limit } });
    ctx.report({ at: { row: ctx.table.area.top, col: 1 }, messageId: "quiet" });
  },
};
const precise: TableRule = {
  meta: {
    id: "precise",
    severity: "error",
    category: "hygiene",
    scope: "table",
    description: "测试用",
    messages: { m: "精确" },
  },
  check(ctx) {
    ctx.report({ at: { row: ctx.table.area.top, col: 0 }, messageId: "m" });
  },
};
const vague: TableRule = {
  meta: {
    id: "vague",
    severity: "warning",
    category: "hygiene",
    scope: "table",
    description: "测试用",
    defersTo: ["precise"],
    messages: { m: "笼统" },
  },
  check(ctx) {
    ctx.report({ at: { row: ctx.table.area.top, col: 0 }, messageId: "m" });
    ctx.report({ at: { row: ctx.table.area.top, col: 2 }, messageId: "m" });
  },
};
const one = () => sheetGrid({});

describe("rule options", () => {
  test("defaults, then the policy's or config's value", () => {
    expect(
      new Checker({}, [counter])
        .run(one())
        .diagnostics.filter((d) => d.messageId === "loud")
        .map((d) => d.data.limit),
    ).toEqual([3]);
    expect(
      new Checker({ options: { counter: { limit: 100 } } }, [counter])
        .run(one())
        .diagnostics.filter((d) => d.messageId === "loud"),
    ).toEqual([]);
  });

  test("a wrong option or an option of no rule is refused with a Chinese message", () => {
    expect(() => new Checker({ options: { counter: { limit: "x" } } }, [counter])).toThrow(/规则“counter”的选项不正确/);
    expect(() => new Checker({ options: { counter: { nope: 1 } } }, [counter])).toThrow(/选项不正确/);
    expect(() => new Checker({ options: { ghost: { a: 1 } } }, [counter])).toThrow(/规则“ghost”不存在/);
  });

  test("the deprecated flat thresholds of saved settings still reach the rules", () => {
    const c = resolveConfig({ satisfactionFloor: 90, costTolerance: 0.01 });
    expect(c.options["satisfaction-threshold"]).toEqual({ floor: 90 });
    expect(c.options["cost-exceeds-budget"]).toEqual({ tolerance: 0.01 });
  });

  test("every shipped rule's options parse from nothing (each has a default)", () => {
    for (const r of RULES) if (r.meta.options) expect(() => r.meta.options?.parse({})).not.toThrow();
  });
});

describe("severity per message", () => {
  test("a message keeps its declared severity when the rule's is changed; `rule/message` sets it alone", () => {
    const sev = (rules: Record<string, "off" | "info" | "warning" | "error">) =>
      new Checker({ rules }, [counter])
        .run(one())
        .diagnostics.map((d) => `${d.messageId}:${d.severity}`)
        .sort();
    expect(sev({})).toEqual(["loud:warning", "quiet:info"]);
    expect(sev({ counter: "error" })).toEqual(["loud:error", "quiet:info"]);
    expect(sev({ "counter/quiet": "off" })).toEqual(["loud:warning"]);
    expect(sev({ "counter/quiet": "warning" })).toEqual(["loud:warning", "quiet:warning"]);
    expect(sev({ counter: "off" })).toEqual([]);
  });

  test("unit-missing=error no longer turns the 万-for-万元 hint into an error", () => {
    const rows = tableRows({ indicators: [["产出指标", "成本指标 (必填量化)", "指标1: 培训经费总额", "≤10万"]] });
    const grid = gridFromStrings("S", rows);
    const hint = (c: object) =>
      check(grid, c)
        .diagnostics.filter((d) => d.ruleId === "unit-missing")
        .map((d) => `${d.messageId}:${d.severity}`);
    const before = hint({});
    expect(before).toEqual(["abbreviated:info"]);
    expect(hint({ rules: { "unit-missing": "error" } })).toEqual(before);
  });
});

describe("overlap is declared (defersTo)", () => {
  test("a deferring finding goes where the rule it defers to reported the same cell, and only there", () => {
    const r = new Checker({}, [precise, vague]).run(one());
    expect(r.diagnostics.map((d) => `${d.ruleId}@${d.col}`).sort()).toEqual(["precise@1", "vague@3"]);
  });

  test("`合作社数量 | 6名` under 质量: one precise finding with every rule on, still a finding with value-type-mismatch off", () => {
    const rows = tableRows({
      indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 领办合作社数量", "6名"]),
    });
    const grid = gridFromStrings("S", rows);
    const at = (c: object) =>
      check(grid, c)
        .diagnostics.filter((d) => d.cell === "E12")
        .map((d) => d.ruleId);
    expect(at({})).toEqual(["value-type-mismatch"]);
    expect(at({ rules: { "value-type-mismatch": "off" } })).toEqual(["unit-name-mismatch"]);
  });

  test("`资金发放的及时性 | 2024年年底` under 时效: value-type-mismatch's cell while it is on, time-value-format's hint when it is off", () => {
    const rows = tableRows({
      indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 资金发放的及时性", "2024年年底"]),
    });
    const grid = gridFromStrings("S", rows);
    const at = (c: object) =>
      check(grid, c)
        .diagnostics.filter((d) => d.cell === "E13")
        .map((d) => `${d.ruleId}/${d.messageId}`);
    expect(at({})).toEqual(["value-type-mismatch/rateNameWithDate"]);
    expect(at({ rules: { "value-type-mismatch": "off" } })).toEqual(["time-value-format/yearEnd"]);
  });

  test("with the rule it defers to switched off, the deferring finding stays", () => {
    const r = new Checker({ rules: { precise: "off" } }, [precise, vague]).run(one());
    expect(r.diagnostics.map((d) => `${d.ruleId}@${d.col}`).sort()).toEqual(["vague@1", "vague@3"]);
  });
});

describe("policies", () => {
  test("every shipped policy is valid, says where it comes from, and extends a known one", () => {
    expect(PRESETS.map((p) => p.id)).toEqual([
      "national",
      "ningxia",
      "hubei",
      "anhui",
      "hunan",
      "shandong",
      "neimenggu",
      "chongqing",
    ]);
    for (const p of PRESETS) {
      expect(() => PolicySchema.parse(p)).not.toThrow();
      expect(p.source).toMatch(/[\u4e00-\u9fff]/);
      expect(() => policySettings(p)).not.toThrow();
    }
  });

  test("a unit's own file extends a shipped policy and overrides it key by key", () => {
    const file = parsePolicyFile({
      extends: "hubei",
      options: { "satisfaction-threshold": { floor: 95 } },
      rules: { "personal-data": "off" },
    });
    const c = resolveConfig({ policy: file });
    expect(c.options["satisfaction-threshold"]).toEqual({ floor: 95 });
    expect(c.rules).toMatchObject({ "duplicate-indicator": "info", "personal-data": "off" });
    expect(c.policy).toEqual({ id: "custom", name: "自定义策略", extends: "hubei" });
    expect(() => parsePolicyFile({ options: {} })).toThrow(/策略文件格式不正确/);
    expect(() => resolveConfig({ policy: "atlantis" })).toThrow(/找不到策略/);
  });

  test("one table judged by two policies gets the findings each implies (项目属性 required or not; satisfaction ≥90 vs ≥85)", () => {
    const rows = tableRows({
      indicators: [["满意度指标", "服务对象满意度指标 (必填量化)", "指标1: 参训学员满意度", "≥85%"]],
    }).filter((r) => r[0] !== "项目属性");
    const grid = gridFromStrings("S", rows);
    const found = (policy: string) =>
      check(grid, { policy })
        .diagnostics.filter((d) => ["header-field-missing", "satisfaction-threshold"].includes(d.ruleId))
        .map(
          (d) =>
            `${d.ruleId}:${d.messageId}:${d.message.includes("项目属性") ? "项目属性" : d.message.includes("项目期") ? "项目期" : ""}`,
        )
        .sort();
    expect(found("national")).toEqual([]);
    expect(found("ningxia")).toEqual([
      "header-field-missing:labelMissing:项目属性",
      "header-field-missing:labelMissing:项目期",
    ]);
    expect(found("hubei")).toEqual([
      "header-field-missing:labelMissing:项目属性",
      "header-field-missing:labelMissing:项目期",
      "satisfaction-threshold:belowFloor:",
    ]);
  });

  test("precedence: defaults < policy < workbook settings < command line", () => {
    const workbook = {
      policy: "hubei",
      options: { "satisfaction-threshold": { floor: 92 } },
      rules: { "unit-missing": "info" as const },
    };
    const cli = { rules: { "unit-missing": "off" as const } };
    const c = resolveConfig(layerConfigs(workbook, cli));
    expect(c.policy.id).toBe("hubei");
    expect(c.options["satisfaction-threshold"]).toEqual({ floor: 92 });
    expect(c.rules["unit-missing"]).toBe("off");
    expect(c.rules["duplicate-indicator"]).toBe("info");
    expect(resolveConfig(layerConfigs(workbook, { policy: "anhui" })).options["satisfaction-threshold"]).toEqual({
      floor: 92,
    });
  });

  test("`generation` is the template generation; `profile` is still read as its old name", () => {
    expect(resolveConfig({ profile: "mof-2021" }).generation).toBe("mof-2021");
    expect(resolveConfig({ generation: "legacy", profile: "mof-2021" }).generation).toBe("legacy");
  });

  test("each shipped policy checks the seed and every real table without a rule crashing", () => {
    const tables = readdirSync(REAL_DIR)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => gridFromTsv(f, loadRealTable(f)));
    tables.push(gridFromTsv("seed", readFileSync(join(__dirname, "../fixtures/seed-2024.txt"), "utf8")));
    for (const p of PRESETS) {
      const checker = new Checker({ policy: p.id });
      for (const g of tables) expect(checker.run(g).ruleFailures).toEqual([]);
    }
  });
});

test("docs/policies.md is generated from the shipped policies (run `npm run docs:rules`)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderPolicyDocs } = require("../../src/core/policy/docs") as typeof import("../../src/core/policy/docs");
  expect(readFileSync(join(__dirname, "../../docs/policies.md"), "utf8")).toBe(renderPolicyDocs(PRESETS));
});
