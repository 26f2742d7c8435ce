import { gridFromStrings } from "../../src/core/grid";
import { check } from "../../src/core/engine";
import { parseSheet } from "../../src/core/layout";
import { blankTemplate, type TemplateProfile } from "../../src/core/template/block-spec";

// what a clerk is asked to fill in: nothing else may fire on a fresh template
const FILL_IN = new Set([
  "header-field-missing",
  "goal-missing",
  "fund-not-number",
  "required-level3-missing",
  "required-marked-na",
  "optional-empty-placeholder",
  "dept-code-missing",
]);

describe.each<TemplateProfile>(["legacy", "mof-2021"])("blank template (%s)", (profile) => {
  const spec = blankTemplate(profile, 2024);
  const grid = gridFromStrings("Sheet1", spec.values);

  test("every row has the declared width and merges stay inside the block", () => {
    expect(spec.values).toHaveLength(spec.height);
    for (const r of spec.values) expect(r).toHaveLength(spec.width);
    for (const m of spec.merges) {
      expect(m.top).toBeGreaterThanOrEqual(0);
      expect(m.bottom).toBeLessThan(spec.height);
      expect(m.right).toBeLessThan(spec.width);
      expect(m.bottom > m.top || m.right > m.left).toBe(true);
    }
  });

  test("merged areas never overlap", () => {
    const seen = new Set<string>();
    for (const m of spec.merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          const k = `${r},${c}`;
          expect(seen.has(k)).toBe(false);
          seen.add(k);
        }
  });

  test("parses as one table of the profile's generation with the budget year", () => {
    const tables = parseSheet(grid);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.year).toBe(2024);
    expect(tables[0]?.generation).toBe(profile);
    expect(tables[0]?.repairs).toEqual([]);
  });

  test("checks with no finding other than the ones asking to fill it in", () => {
    const other = check(grid)
      .diagnostics.filter((d) => !FILL_IN.has(d.ruleId))
      .map((d) => `${d.cell} ${d.ruleId}`);
    expect(other).toEqual([]);
  });

  test("dropdowns for 项目属性 and 项目期", () => {
    expect(spec.lists.map((l) => spec.values[l.row]?.[l.col - 1])).toEqual(["项目属性", "项目期"]);
  });
});
