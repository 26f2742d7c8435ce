// Goal ↔ indicator coverage (src/core/analysis/coverage.ts, review-criteria.md §2.1) on small tables.
import { goalCoverage } from "../../src/core/analysis/coverage";
import { parseSheet } from "../../src/core/layout";
import {
  CLEAN_INDICATORS,
  sheetGrid,
  withIndicator,
  type IndicatorRow,
  type TableSpec,
} from "../helpers/table-builder";

function table(spec: TableSpec) {
  const t = parseSheet(sheetGrid(spec))[0];
  if (!t) throw new Error("no table");
  return t;
}

/** The matches of each clause as `indicator name | quantity pairing`. */
function view(spec: TableSpec, level1?: string[]) {
  const t = table(spec);
  const cov = goalCoverage(t, level1 ? { level1 } : {});
  return {
    clauses: cov.clauses.map((c) => ({
      clause: c.clause.text,
      matches: c.matches.map((m) => ({
        name: t.indicators[m.indicatorIndex]?.name,
        level1: m.level1,
        words: m.words,
        quantity: m.quantity && [m.quantity.goal, m.quantity.indicator, m.quantity.equal],
      })),
    })),
    orphans: cov.orphanIndicators.map((i) => t.indicators[i]?.name),
  };
}

const quantityRow = (name: string, value: string): IndicatorRow[] =>
  withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", `指标1: ${name}`, value]);

describe("goalCoverage", () => {
  test("review-criteria §1.9: 280人次 against ≥260人次 is a different number; the 课程 clause has no indicator", () => {
    const v = view({ goal: "培训学员280人次，开设课程20门", indicators: quantityRow("培训学员人次", "≥260人次") });
    expect(v.clauses.map((c) => c.clause)).toEqual(["培训学员280人次", "开设课程20门"]);
    const first = v.clauses[0]?.matches ?? [];
    expect(first.find((m) => m.name === "培训学员人次")).toEqual({
      name: "培训学员人次",
      level1: "产出指标",
      words: ["培训学员", "人次", "280人次"],
      quantity: ["280人次", "≥260人次", false],
    });
    // 参训学员满意度 shares 学员 with the clause: the view shows it beside the count
    expect(first.map((m) => m.name)).toContain("参训学员满意度");
    expect(v.clauses[1]?.matches).toEqual([]);
  });

  test("the same number in the same family is equal, scales applied; a nearer-but-different row is then not paired", () => {
    const v = view({
      goal: "为水濂村带来观光游客不少于6万人",
      indicators: [
        ...quantityRow("接待游客数量", ">=60000人"),
        ["", "社会效益指标 (必填)", "指标1: 受益游客人数", "≥500人"],
      ],
    });
    const ms = v.clauses[0]?.matches ?? [];
    expect(ms.find((m) => m.name === "接待游客数量")?.quantity).toEqual(["不少于6万人", ">=60000人", true]);
    expect(ms.find((m) => m.name === "受益游客人数")?.quantity).toBeUndefined();
  });

  test("a bare indicator number pairs when the names share content (新增高新技术企业 | 15)", () => {
    const v = view({ goal: "新增高新技术企业15家。", indicators: quantityRow("新增高新技术企业", "15") });
    expect(v.clauses[0]?.matches[0]?.quantity).toEqual(["15家", "15", true]);
  });

  test("a quantity written in the indicator's name covers the goal's", () => {
    const v = view({
      goal: "用于任职累计满20年以上优秀村党组织书记发放奖励补贴",
      indicators: quantityRow("任职累计满20年以上优秀村党组织书记数量", "18名"),
    });
    expect(v.clauses[0]?.matches[0]?.quantity).toEqual(["20年以上", "20年以上", true]);
  });

  test("percentages pair only with a row named by the same rate word", () => {
    const v = view({
      goal: "培训合格率达到95%",
      indicators: [
        ...withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 培训考核合格率", "≥90%"]).slice(0, 2),
        ["", "", "指标2: 资金到位率", "100%"],
        ...CLEAN_INDICATORS.slice(2),
      ],
    });
    const ms = v.clauses[0]?.matches ?? [];
    expect(ms.filter((m) => m.quantity).map((m) => [m.name, m.quantity])).toEqual([
      ["培训考核合格率", ["达到95%", "≥90%", false]],
    ]);
  });

  test("a progress share without a rate word pairs with no rate (完成主体工程70% against 验收合格率 100%)", () => {
    const v = view({
      goal: "完成项目主体工程70%",
      indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 项目(工程)验收合格率", "100%"]),
    });
    expect((v.clauses[0]?.matches ?? []).filter((m) => m.quantity)).toEqual([]);
  });

  test("orphan indicators: compared rows matching no clause; blank and 不涉及 rows are not compared", () => {
    const v = view({
      goal: "培训学员280人次",
      indicators: [
        ...quantityRow("培训学员人次", "280人次"),
        ["", "社会效益指标 (必填)", "指标1: 农田灌溉面积", "≥500亩"],
        ["", "生态效益指标 (选填)", "不涉及", "/"],
      ],
    });
    expect(v.orphans).toContain("农田灌溉面积");
    expect(v.orphans).not.toContain("培训学员人次");
    expect(v.orphans).not.toContain("不涉及");
  });

  test("the compared 一级 are an option", () => {
    const spec = { goal: "培训学员280人次" };
    expect(view(spec).clauses[0]?.matches.map((m) => m.level1)).toContain("满意度指标");
    expect(view(spec, ["产出指标"]).clauses[0]?.matches.every((m) => m.level1 === "产出指标")).toBe(true);
  });

  test("deterministic: the same table gives the same coverage, matches in indicator order", () => {
    const spec = { goal: "目标1: 举办基层干部培训班, 培训200人次, 提升基层干部履职能力。" };
    const a = goalCoverage(table(spec));
    expect(goalCoverage(table(spec))).toEqual(a);
    for (const c of a.clauses) {
      const idx = c.matches.map((m) => m.indicatorIndex);
      expect(idx).toEqual([...idx].sort((x, y) => x - y));
    }
  });

  test("an empty goal has no clauses, and every compared indicator is an orphan", () => {
    const t = table({ goal: "" });
    const cov = goalCoverage(t);
    expect(cov.clauses).toEqual([]);
    expect(cov.orphanIndicators.length).toBe(t.indicators.filter((i) => i.level1 !== "成本指标").length);
  });
});

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test("goals and indicator names of 32 767 characters of quantities, commas or text are covered in linear time", async () => {
  for (const run of ["1%", "1人,", "培训", ",开设", "1年", "12,345人"]) {
    const goal = run.repeat(Math.floor(32767 / run.length));
    // the name holds as many quantities as the goal: pairing them one by one was quadratic (50 s for `1年`)
    const t = table({ goal, indicators: quantityRow(goal, "≥200人次") });
    expect(goalCoverage(t).clauses.length).toBeGreaterThan(0);
    await tick();
  }
}, 30000);
