// Issue 15: the seed repeated to 21 651 tables (a 29 MB text file). cross-table-duplicate counted every pair of
// tables per shared row (6 300 tables: 1.6 GB; 21 651: `Map maximum size exceeded`, a rule failure). Copies are
// grouped and the comparison is capped; each copy still says it is one, naming a few of the others and counting
// the rest. The tables are parsed once and replicated, so the test exercises the rule, not 21 651 parses.
import { check } from "../../src/core/engine";
import { resolveConfig } from "../../src/core/config";
import { gridFromTsv } from "../../src/core/tsv";
import { crossTableDuplicate } from "../../src/core/rules/hygiene/cross-table-duplicate";
import type { ProjectTable } from "../../src/core/layout/model";
import type { ReportDescriptor, WorkbookRuleContext } from "../../src/core/rules/types";
import { TableAnalysis } from "../../src/core/analysis/table";
import { naVocabulary } from "../../src/core/form/na";
import { SEED_TEXT } from "../cli/fixtures";

test("21 651 tables (the seed's 21, copied) are compared in bounded work, every copy reported with its count", () => {
  const grid = gridFromTsv("seed", SEED_TEXT);
  const seed = check(grid).tables;
  expect(seed).toHaveLength(21);
  const tables: ProjectTable[] = [];
  for (let i = 0; i < 21651; i++) tables.push({ ...(seed[i % 21] as ProjectTable), index: i });
  const found: Array<{ table: number; d: ReportDescriptor }> = [];
  const ctx = {
    grid,
    tables,
    config: resolveConfig({}),
    options: {},
    analysisOf: (t: ProjectTable) => new TableAnalysis(t, naVocabulary()),
    report: (t: ProjectTable, d: ReportDescriptor) => found.push({ table: t.index, d }),
  };
  crossTableDuplicate.check(ctx as WorkbookRuleContext);
  // every seed table with enough filled rows has 1 030 copies, and each copy is reported once
  const reportedSeedTables = new Set(found.map((f) => f.table % 21));
  expect(reportedSeedTables.size).toBeGreaterThan(10);
  expect(found.length).toBe(
    [...reportedSeedTables].reduce((n, k) => n + tables.filter((t) => t.index % 21 === k).length, 0),
  );
  const others = String(found[0]?.d.data?.others ?? "");
  expect(others).toMatch(/…（共 1030 个项目）$/);
  expect(others.length).toBeLessThan(1000);
});
