// Issue 15: the property tests could not fail on a silent rule: 41 of 58 rules never fired in their 250 grids, so a
// rule that stopped working (or threw, isolated by the engine) went unseen. Over the generated grids, the damaged
// seed, the real tables and a few damaged tables for the rules that need a particular shape or a configured
// policy, every registered rule fires at least once, and no report has a rule failure or a finding outside its grid.
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import type { Config } from "../../src/core/config";
import { check } from "../../src/core/engine";
import type { Grid } from "../../src/core/grid";
import { gridFromStrings } from "../../src/core/grid";
import { RULES } from "../../src/core/rules";
import { gridFromTsv } from "../../src/core/tsv";
import { CLEAN_INDICATORS, sheetGrid, withIndicator, type IndicatorRow } from "../helpers/table-builder";
import { gridCaseArb, gridOf, locationProblems, mutate, mutationArb, seedRows } from "./arbitraries";

const owner = new Map<string, string>(
  RULES.flatMap((r) => [
    [r.meta.id, r.meta.id] as [string, string],
    ...Object.keys(r.meta.subIds ?? {}).map((s) => [s, r.meta.id] as [string, string]),
  ]),
);

/** Damage only some rules notice: a 2021 name in the old form, a unit cost over a configured standard, satisfaction. */
const sat = (value: string): IndicatorRow[] => [
  ...CLEAN_INDICATORS.slice(0, -1),
  ["满意度指标", "服务对象满意度指标 (必填量化)", "指标1: 参训学员满意度", value],
];
const DAMAGED: ReadonlyArray<{ grid: Grid; config?: Config }> = [
  {
    grid: sheetGrid({
      indicators: withIndicator("成本指标", ["", "成本指标 (必填量化)", "指标1: 社会成本指标", "≤5%"]),
    }),
  },
  {
    grid: sheetGrid({
      indicators: [
        ...CLEAN_INDICATORS.slice(0, 3),
        ["", "成本指标 (必填量化)", "指标1: 电教片拍摄制作费", "≤2.5万元/个"],
        ...CLEAN_INDICATORS.slice(4),
      ],
    }),
    config: {
      costStandards: [{ match: "拍摄制作费", maxYuan: 20000, per: "个", source: "区党员教育电视片制作标准" }],
    } as Config,
  },
  { grid: sheetGrid({ indicators: sat("≥75%") }) },
  {
    grid: sheetGrid({
      indicators: withIndicator("社会效益指标", [
        "",
        "社会效益指标 (必填)",
        "指标1: 服务周期内,市民对空气质量改善的满意程度",
        "≥85%",
      ]),
    }),
  },
  // issue 10: an output under 效益 (output-as-benefit); a count below the 上年实际值 column (target-below-history)
  {
    grid: sheetGrid({
      indicators: withIndicator("社会效益指标", ["", "社会效益指标 (必填)", "指标1: 项目验收合格率", "100%"]),
    }),
  },
  { grid: sheetGrid({ extraColumns: [{ header: "上年实际值", cells: ["260人次"] }] }) },
  // issue 10 point 8–10: a `*`-marked column left empty, weights short of 100, a split value whose columns disagree,
  // template residue and an undetermined target
  { grid: sheetGrid({ extraColumns: [{ header: "*指标解释", cells: ["", "口径"] }] }) },
  {
    grid: sheetGrid({ extraColumns: [{ header: "分值", cells: ["20", "20", "10", "10", "5", "10", "5", "10", "5"] }] }),
  },
  {
    grid: gridFromStrings("split", [
      ["项目支出绩效目标表"],
      ["项目名称", "价格认证"],
      ["一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位"],
      ["效益指标", "社会效益指标", "保障困难群众", "定性", "应保尽保", "%"],
    ]),
  },
  {
    grid: sheetGrid({
      indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 培训合格率", "≥**%"]),
    }),
  },
  {
    grid: sheetGrid({
      indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 完成时间", "暂不确定"]),
    }),
  },
  // issue 10 C3: a goal that only lists work items (goal-is-work-list; no seed or real goal is one)
  { grid: sheetGrid({ goal: "开展党员教育培训工作，组织党员集中学习，做好党员发展工作。" }) },
];

function* cases(): Generator<{ name: string; grid: Grid; config?: Config }> {
  yield { name: "seed", grid: gridFromStrings("seed", seedRows()) };
  const dir = path.join(__dirname, "../fixtures/real-tables");
  for (const f of fs.readdirSync(dir).sort())
    if (/\.(txt|tsv)$/.test(f)) yield { name: f, grid: gridFromTsv(f, fs.readFileSync(path.join(dir, f), "utf8")) };
  // fixed seeds: the same grids every run, so a rule that stops firing fails the test, never a lucky draw
  let i = 0;
  for (const c of fc.sample(gridCaseArb, { numRuns: 150, seed: 15 })) yield { name: `random ${i++}`, grid: gridOf(c) };
  i = 0;
  for (const m of fc.sample(fc.array(mutationArb, { minLength: 1, maxLength: 12 }), { numRuns: 150, seed: 15 })) {
    yield { name: `damaged seed ${i++}`, grid: gridFromStrings("seed", mutate(seedRows(), m)) };
  }
  i = 0;
  for (const d of DAMAGED) yield { name: `damaged table ${i++}`, ...d };
}

test("every rule fires on some generated or damaged table, with no rule failure and every finding inside its grid", () => {
  const fired = new Set<string>();
  const problems: string[] = [];
  for (const c of cases()) {
    const report = check(c.grid, c.config ?? {});
    for (const p of locationProblems(c.grid, report)) problems.push(`${c.name}: ${p}`);
    for (const d of report.diagnostics) fired.add(owner.get(d.ruleId) ?? d.ruleId);
  }
  expect(problems).toEqual([]);
  expect(RULES.map((r) => r.meta.id).filter((id) => !fired.has(id))).toEqual([]);
}, 600_000);
