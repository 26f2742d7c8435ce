// Issue 10: a proposed fix normalises form and never supplies substance. One checkable consequence: a fix keeps
// every number the clerk wrote in the cell and adds none — except where the number is the table's own budget year
// or an indicator's position, which the table itself fixes.
import { readFileSync } from "fs";
import { join } from "path";
import { check } from "../../src/core/engine";
import { gridFromTsv } from "../../src/core/tsv";
import type { Grid } from "../../src/core/grid";
import { loadRealTable, REAL_DIR } from "../corpus/real-tables";
import { readdirSync } from "fs";
import { sheetGrid, withIndicator } from "../helpers/table-builder";

/** Rules whose fixes write a number the table determines: the budget year, or the indicator's position. */
const TABLE_DETERMINED = new Set([
  "budget-year-format",
  "budget-year-missing",
  "goal-year-mismatch",
  "time-value-format",
  "indicator-numbering",
]);

function numbers(text: string): string[] {
  const half = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return Array.from(half.matchAll(/\d+(?:\.\d+)?/g), (m) => String(Number(m[0]))).sort();
}

const withoutPrefix = (text: string): string => text.replace(/^\s*指标\s*\d+\s*[:：]?/, "");

function changedNumbers(grid: Grid): string[] {
  const out: string[] = [];
  for (const d of check(grid).diagnostics) {
    if (TABLE_DETERMINED.has(d.ruleId)) continue;
    for (const s of d.suggestions) {
      // an indicator's `指标N:` prefix is its position, which the table fixes
      const before = withoutPrefix(grid.text(s.row - 1 - grid.origin.row, s.col - 1 - grid.origin.col));
      if (numbers(before).join(",") !== numbers(withoutPrefix(s.value)).join(","))
        out.push(`${d.cell} ${d.ruleId}: “${before}” → “${s.value}”`);
    }
  }
  return out;
}

describe("fixes keep the clerk's substance (issue 10)", () => {
  test("on the seed, no fix changes, adds or drops a number of the cell", () => {
    const seed = readFileSync(join(__dirname, "../fixtures/seed-2024.txt"), "utf8");
    expect(changedNumbers(gridFromTsv("seed", seed))).toEqual([]);
  });

  test("on the real tables, no fix changes, adds or drops a number of the cell", () => {
    const files = readdirSync(REAL_DIR).filter((f) => f.endsWith(".txt"));
    expect(files.flatMap((f) => changedNumbers(gridFromTsv(f, loadRealTable(f))))).toEqual([]);
  });

  test("the findings whose old fixes invented content keep their finding and offer no fix", () => {
    const grid = sheetGrid({
      total: "10",
      fiscal: "10",
      other: "1",
      goal: "目标1: 投入资金13万元，培训基层干部。",
      indicators: withIndicator(
        "社会效益指标",
        ["", "社会效益指标 (必填)", "指标1: 干部履职能力", "有效提升"],
        withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 培训人数", "50-100人"]),
      ),
    });
    const found = check(grid).diagnostics.filter((d) =>
      ["vague-qualitative", "goal-amount-mismatch", "range-value", "fund-sum-mismatch"].includes(d.ruleId),
    );
    expect(found.map((d) => d.ruleId).sort()).toEqual([
      "fund-sum-mismatch",
      "goal-amount-mismatch",
      "range-value",
      "vague-qualitative",
    ]);
    expect(found.flatMap((d) => d.suggestions)).toEqual([]);
  });
});
