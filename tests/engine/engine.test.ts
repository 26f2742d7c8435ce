import { Checker, check, gradeOf } from "../../src/core/engine";
import { Grid, gridFromStrings } from "../../src/core/grid";
import { parseSheet } from "../../src/core/layout";
import type { TableRule } from "../../src/core/rules/types";
import { sheetGrid, tableRows } from "../helpers/table-builder";

const boom: TableRule = {
  meta: {
    id: "boom",
    severity: "error",
    category: "hygiene",
    scope: "table",
    description: "测试用",
    messages: { m: "测试" },
  },
  check() {
    throw new Error("kaput");
  },
};
const always: TableRule = {
  meta: {
    id: "always",
    severity: "warning",
    category: "hygiene",
    scope: "table",
    description: "测试用",
    messages: { m: "项目 {{n}}" },
  },
  check(ctx) {
    ctx.report({ at: { row: ctx.table.area.top, col: 0 }, messageId: "m", data: { n: ctx.table.index } });
  },
};

describe("engine", () => {
  test("a rule that throws is recorded and does not hide the other rules' findings", () => {
    const r = new Checker({}, [boom, always]).run(sheetGrid({}, {}));
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(["always", "always"]);
    expect(r.ruleFailures.map((f) => [f.ruleId, f.tableIndex, f.message])).toEqual([
      ["boom", 0, "kaput"],
      ["boom", 1, "kaput"],
    ]);
  });

  test("config severity overrides and off", () => {
    expect(new Checker({ rules: { always: "error" } }, [always]).run(sheetGrid({})).diagnostics[0]?.severity).toBe(
      "error",
    );
    expect(new Checker({ rules: { always: "off" } }, [always]).run(sheetGrid({})).diagnostics).toEqual([]);
  });

  test("re-running after editing one block re-checks only that block", () => {
    const c = new Checker({}, [always]);
    c.run(sheetGrid({}, {}, {}));
    expect(c.lastRechecked).toBe(3);
    c.run(sheetGrid({}, { name: "改过的项目" }, {}));
    expect(c.lastRechecked).toBe(1);
  });

  test("messages are rendered from data, 1-based rows and A1 cells", () => {
    const d = new Checker({}, [always]).run(sheetGrid({})).diagnostics[0];
    expect(d).toMatchObject({ message: "项目 0", row: 1, col: 1, cell: "A1", project: "基层干部培训经费" });
  });

  test("a finding carries its cell 0-based in sheet coordinates beside the 1-based display row and column", () => {
    const rows = tableRows();
    const g = new Grid({
      sheet: "S",
      origin: { row: 4, col: 2 },
      rows: rows.map((r) => r.map((t) => (t ? { value: t, text: t } : null))),
    });
    const d = new Checker({}, [always]).run(g).diagnostics[0];
    expect(d).toMatchObject({ row: 5, col: 3, cell: "C5", at: { row: 4, col: 2 } });
  });

  test("grades", () => {
    expect(gradeOf({ error: 0, warning: 0, info: 5 })).toBe("优");
    expect(gradeOf({ error: 0, warning: 1, info: 0 })).toBe("良");
    expect(gradeOf({ error: 1, warning: 0, info: 0 })).toBe("中");
    expect(gradeOf({ error: 3, warning: 0, info: 0 })).toBe("差");
  });

  test("an empty sheet has no projects and no findings", () => {
    const r = check(new Grid({ sheet: "S", rows: [] }));
    expect(r.projects).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe("parser: tables without a title", () => {
  test("a table pasted without its title keeps the year line above 项目名称", () => {
    const rows = tableRows({}).slice(1); // drop the title, keep (2024年度)
    const tables = parseSheet(gridFromStrings("S", rows));
    expect(tables).toHaveLength(1);
    expect(tables[0]?.title).toBeNull();
    expect(tables[0]?.year).toBe(2024);
  });
});

describe("incremental re-check stays exact (issue 8: no rule reads the grid, the parser owns reading)", () => {
  test("typing a title-like line 4 rows above a titleless table moves the finding as a fresh check does", () => {
    const rows = tableRows().slice(2); // no title, no year line: the table starts at 项目名称
    const blank = (n: number) => Array.from({ length: n }, () => [] as string[]);
    const before = gridFromStrings("S", [...blank(4), ...rows]);
    const after = gridFromStrings("S", [["项目绩效目标情况表"], ...blank(3), ...rows]);
    const live = new Checker({ rules: {} });
    const firstTitle = live.run(before).diagnostics.filter((d) => d.ruleId === "table-title-missing");
    expect(firstTitle.map((d) => d.cell)).toEqual(["A5"]);
    const rechecked = live.run(after).diagnostics.filter((d) => d.ruleId === "table-title-missing");
    const fresh = check(after).diagnostics.filter((d) => d.ruleId === "table-title-missing");
    expect(rechecked.map((d) => [d.cell, d.messageId])).toEqual([["A1", "misspelt"]]);
    expect(rechecked).toEqual(fresh);
  });
});
