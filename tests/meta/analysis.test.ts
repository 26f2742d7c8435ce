// Issue 9: shared analysis lives in src/core/analysis and is computed once per table, handed to the rules as
// ctx.analysis; no rule reaches into another rule group's helpers.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import * as costModel from "../../src/core/analysis/cost";
import type { CostAnalysis } from "../../src/core/analysis/cost";
import type { TableAnalysis } from "../../src/core/analysis/table";
import { Checker } from "../../src/core/engine";
import type { ProjectTable } from "../../src/core/layout/model";
import { RULES } from "../../src/core/rules";
import type { TableRule, WorkbookRule } from "../../src/core/rules/types";
import { gridFromTsv } from "../../src/core/tsv";

const ROOT = join(__dirname, "..", "..");
const RULES_DIR = join(ROOT, "src/core/rules");
const SEED = readFileSync(join(ROOT, "tests/fixtures/seed-2024.txt"), "utf8");

function ruleFiles(): Array<{ group: string; file: string; text: string }> {
  return readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((d) =>
      readdirSync(join(RULES_DIR, d.name))
        .filter((f) => f.endsWith(".ts"))
        .map((f) => ({
          group: d.name,
          file: `${d.name}/${f}`,
          text: readFileSync(join(RULES_DIR, d.name, f), "utf8"),
        })),
    );
}

function importsOf(text: string): string[] {
  return Array.from(text.matchAll(/from\s+"([^"]+)"/g), (m) => m[1] ?? "");
}

describe("one analysis layer (issue 9)", () => {
  test("no rule file imports another rule group's module", () => {
    const files = ruleFiles();
    expect(files.length).toBeGreaterThan(60);
    const offenders = files.flatMap(({ group, file, text }) =>
      importsOf(text)
        .filter((p) => {
          const m = /^\.\.\/([a-z-]+)\//.exec(p);
          return m !== null && m[1] !== group;
        })
        .map((p) => `${file} → ${p}`),
    );
    expect(offenders).toEqual([]);
  });

  test("no rule computes the cost model itself: it reads ctx.analysis.cost", () => {
    const offenders = ruleFiles()
      .filter(({ text }) => /\banalyseCost\b/.test(text))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  /** A table rule and a workbook rule that only record the analysis objects they are handed. */
  function probes(): {
    rules: [TableRule, TableRule, WorkbookRule];
    seen: Map<ProjectTable, { costs: CostAnalysis[]; analyses: TableAnalysis[] }>;
  } {
    const seen = new Map<ProjectTable, { costs: CostAnalysis[]; analyses: TableAnalysis[] }>();
    const entry = (t: ProjectTable) => {
      let e = seen.get(t);
      if (!e) seen.set(t, (e = { costs: [], analyses: [] }));
      return e;
    };
    const tableProbe = (id: string): TableRule => ({
      meta: { id, severity: "info", category: "cost", scope: "table", description: "探针", messages: {} },
      check(ctx) {
        const e = entry(ctx.table);
        e.costs.push(ctx.analysis.cost);
        e.analyses.push(ctx.analysis);
      },
    });
    const workbookProbe: WorkbookRule = {
      meta: {
        id: "probe-workbook",
        severity: "info",
        category: "hygiene",
        scope: "workbook",
        description: "探针",
        messages: {},
      },
      check(ctx) {
        for (const t of ctx.tables) entry(t).analyses.push(ctx.analysisOf(t));
      },
    };
    return { rules: [tableProbe("probe-a"), tableProbe("probe-b"), workbookProbe], seen };
  }

  test("the cost model is computed once per table, however many rules read it", () => {
    const spy = jest.spyOn(costModel, "analyseCost");
    try {
      const { rules, seen } = probes();
      const costReaders = RULES.filter((r) => /^(cost-|quantity-cost)/.test(r.meta.id));
      // five cost rules read the model besides the two probes
      expect(costReaders.length).toBeGreaterThanOrEqual(5);
      const report = new Checker({}, [...RULES, ...rules]).run(gridFromTsv("seed", SEED), { remember: false });
      expect(report.tables).toHaveLength(21);
      expect(report.ruleFailures).toEqual([]);
      // one computation per table (before issue 9's analysis object: 5 calls per table on the seed)
      expect(spy.mock.calls).toHaveLength(21);
      expect(new Set(spy.mock.calls.map((c) => c[0])).size).toBe(21);
      for (const t of report.tables) {
        const e = seen.get(t);
        if (!e) throw new Error(`table ${t.index} not probed`);
        // both probes got the very object the engine computed, and the workbook rule the same analysis
        expect(e.costs).toHaveLength(2);
        expect(e.costs[0]).toBe(e.costs[1]);
        expect(e.costs[0]).toBe(spy.mock.results[spy.mock.calls.findIndex((c) => c[0] === t)]?.value);
        expect(e.analyses).toHaveLength(3);
        expect(new Set(e.analyses).size).toBe(1);
      }
    } finally {
      spy.mockRestore();
    }
  });

  test("a table no rule asks about its costs never computes the cost model", () => {
    const spy = jest.spyOn(costModel, "analyseCost");
    try {
      const rules = RULES.filter((r) => r.meta.category !== "cost");
      const report = new Checker({}, rules).run(gridFromTsv("seed", SEED), { remember: false });
      expect(report.tables).toHaveLength(21);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
