// An ESLint-style RuleTester: each rule is tested with data tables of valid and invalid sheets.
import type { Grid } from "../../src/core/grid";
import { Checker } from "../../src/core/engine";
import type { Config } from "../../src/core/config";
import type { Rule, Severity } from "../../src/core/rules/types";
import { sheetGrid, type TableSpec } from "./table-builder";

export interface ExpectedFinding {
  /** 1-based sheet row. */
  readonly row: number;
  readonly messageId?: string;
  readonly severity?: Severity;
  /** A sub-id (`budget-year-format`); defaults to the rule's own id. */
  readonly ruleId?: string;
  /** Substring the rendered message must contain. */
  readonly messageIncludes?: string;
  /** A1 address, when the column matters. */
  readonly cell?: string;
  /** Values of the proposed fixes, in order. */
  readonly suggestions?: ReadonlyArray<string>;
}

export interface RuleCase {
  readonly name: string;
  /** One or more tables, or a ready grid. */
  readonly tables?: ReadonlyArray<TableSpec>;
  readonly grid?: Grid;
  readonly config?: Config;
}

export interface InvalidCase extends RuleCase {
  readonly errors: ReadonlyArray<ExpectedFinding>;
}

function gridOf(c: RuleCase): Grid {
  if (c.grid) return c.grid;
  return sheetGrid(...(c.tables ?? [{}]));
}

/** Runs only the rule under test, so other rules' findings never leak into its cases. */
export function runRule(rule: Rule, c: RuleCase) {
  return new Checker(c.config ?? {}, [rule]).run(gridOf(c)).diagnostics;
}

export function ruleTester(
  rule: Rule,
  cases: { valid: ReadonlyArray<RuleCase>; invalid: ReadonlyArray<InvalidCase> },
): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`duplicate case name: ${dup}`);

  describe(rule.meta.id, () => {
    test("has at least one valid and one invalid case", () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    describe("valid", () => {
      for (const c of cases.valid) {
        test(c.name, () => {
          const found = runRule(rule, c).map((d) => `${d.cell} ${d.ruleId} ${d.message}`);
          expect(found).toEqual([]);
        });
      }
    });

    describe("invalid", () => {
      for (const c of cases.invalid) {
        test(c.name, () => {
          const found = runRule(rule, c);
          const summary = found
            .map((d) => `${d.cell} ${d.ruleId}/${d.messageId} ${d.severity}: ${d.message}`)
            .join("\n");
          expect({ count: found.length, summary }).toEqual({ count: c.errors.length, summary: expect.any(String) });
          c.errors.forEach((e, i) => {
            const d = found[i];
            if (!d) throw new Error(`missing finding #${i}\n${summary}`);
            expect(d.row).toBe(e.row);
            expect(d.ruleId).toBe(e.ruleId ?? rule.meta.id);
            if (e.messageId !== undefined) expect(d.messageId).toBe(e.messageId);
            expect(d.severity).toBe(e.severity ?? (e.ruleId && rule.meta.subIds?.[e.ruleId]) ?? rule.meta.severity);
            if (e.cell !== undefined) expect(d.cell).toBe(e.cell);
            if (e.messageIncludes !== undefined) expect(d.message).toContain(e.messageIncludes);
            if (e.suggestions !== undefined) expect(d.suggestions.map((s) => s.value)).toEqual(e.suggestions);
            // a message is always rendered Chinese text with no unfilled placeholder
            expect(d.message).not.toMatch(/\{\{/);
            expect(d.message).toMatch(/[\u4e00-\u9fff]/);
          });
        });
      }
    });
  });
}
