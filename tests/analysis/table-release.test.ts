// A table's analysis keeps its memos while the table's own rules run and drops them after (the workbook rules read
// only the N/A vocabulary): a sheet of 20 000 tables must not hold 20 000 cost models until the end of the check.
import { readFileSync } from "fs";
import { join } from "path";
import { TableAnalysis } from "../../src/core/analysis/table";
import { Checker } from "../../src/core/engine";
import type { WorkbookRule } from "../../src/core/rules/types";
import { gridFromTsv } from "../../src/core/tsv";
import { naVocabulary } from "../../src/core/form/na";
import { RULES } from "../../src/core/rules";

const SEED = readFileSync(join(__dirname, "../fixtures/seed-2024.txt"), "utf8");

test("release() drops the memos: read again, the cost model is computed anew, the answers are the same", () => {
  const report = new Checker({}).run(gridFromTsv("seed", SEED), { remember: false });
  const table = report.tables[0];
  if (!table) throw new Error("no table");
  const a = new TableAnalysis(table, naVocabulary());
  const cost = a.cost;
  const key = table.indicators[0] ? a.nameKey(table.indicators[0]) : "";
  expect(a.cost).toBe(cost);
  a.release();
  expect(a.cost).not.toBe(cost);
  expect(a.cost).toEqual(cost);
  expect(table.indicators[0] ? a.nameKey(table.indicators[0]) : "").toBe(key);
});

test("after a table's rules the engine has released its analysis: a workbook rule reading the cost gets a new model", () => {
  const costs: unknown[] = [];
  const probe: WorkbookRule = {
    meta: {
      id: "probe-release",
      severity: "info",
      category: "hygiene",
      scope: "workbook",
      description: "探针",
      messages: { m: "探针" },
    },
    check(ctx) {
      for (const t of ctx.tables.slice(0, 3)) costs.push(ctx.analysisOf(t).cost);
    },
  };
  const cost = RULES.find((r) => r.meta.id === "cost-exceeds-budget");
  if (!cost) throw new Error("no cost rule");
  const seenByRule: unknown[] = [];
  const wrapped = {
    ...cost,
    check: (ctx: Parameters<typeof cost.check>[0]) => {
      if ("analysis" in ctx) seenByRule.push(ctx.analysis.cost);
    },
  } as typeof cost;
  new Checker({}, [wrapped, probe]).run(gridFromTsv("seed", SEED));
  expect(seenByRule.length).toBeGreaterThan(3);
  expect(costs).toHaveLength(3);
  costs.forEach((c, i) => {
    expect(c).not.toBe(seenByRule[i]);
    expect(c).toEqual(seenByRule[i]);
  });
});
