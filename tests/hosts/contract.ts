// The HostAdapter contract: one suite, run against every adapter (memory, Excel over a fake, WPS over a fake).
import { parseSheet } from "../../src/core/layout";
import { blankTemplate } from "../../src/core/template/block-spec";
import type { HostAdapter, Mark } from "../../src/hosts/host";

export interface HostHarness {
  readonly host: HostAdapter;
  /** A user typing into a cell (fires the host's change event). */
  edit(sheet: string, row: number, col: number, text: string): void;
  /** What the cell shows now. */
  text(sheet: string, row: number, col: number): string;
  /** The add-in's marks as the host stores them (conditional formats, read back). */
  marks(sheet: string): Mark[];
  /** Fill, font, borders and values of user cells, to prove marks never touch them. */
  userFormatting(sheet: string): string;
  activeSheet(): string;
  selectedCell(): { sheet: string; row: number; col: number };
}

/** Two sheets: Sheet1 holds a small table at B2 (so the used range does not start at A1), Sheet2 is empty. */
export const CONTRACT_SHEETS: Record<string, string[][]> = {
  Sheet1: [[], ["", "项目支出预算绩效目标表"], ["", "(2024年度)"], ["", "项目名称", "", "测试项目"]],
  Sheet2: [],
};

export function hostContract(name: string, make: (sheets: Record<string, string[][]>) => HostHarness): void {
  describe(`HostAdapter contract: ${name}`, () => {
    test("reads the active sheet with sheet coordinates and texts", async () => {
      const h = make(CONTRACT_SHEETS);
      const g = await h.host.readActiveSheet();
      expect(g.sheet).toBe("Sheet1");
      const cells: string[] = [];
      for (let r = 0; r < g.rowCount; r++)
        for (const c of g.nonEmpty(r)) cells.push(`${g.address(r, c.col)}=${c.text}`);
      expect(cells).toEqual(["B2=项目支出预算绩效目标表", "B3=(2024年度)", "B4=项目名称", "D4=测试项目"]);
    });

    test("select activates the sheet and selects the cell", async () => {
      const h = make(CONTRACT_SHEETS);
      await h.host.select({ sheet: "Sheet2", row: 9, col: 4 });
      expect(h.activeSheet()).toBe("Sheet2");
      expect(h.selectedCell()).toEqual({ sheet: "Sheet2", row: 9, col: 4 });
    });

    test("setMarks replaces the add-in's marks; clearMarks removes them; user formatting is untouched", async () => {
      const h = make(CONTRACT_SHEETS);
      const before = h.userFormatting("Sheet1");
      await h.host.setMarks("Sheet1", [
        { row: 3, col: 3, severity: "error" },
        { row: 2, col: 1, severity: "warning" },
      ]);
      expect(sortMarks(h.marks("Sheet1"))).toEqual(
        sortMarks([
          { row: 3, col: 3, severity: "error" },
          { row: 2, col: 1, severity: "warning" },
        ]),
      );
      await h.host.setMarks("Sheet1", [{ row: 1, col: 1, severity: "info" }]);
      expect(h.marks("Sheet1")).toEqual([{ row: 1, col: 1, severity: "info" }]);
      expect(h.userFormatting("Sheet1")).toBe(before);
      await h.host.clearMarks();
      expect(h.marks("Sheet1")).toEqual([]);
      expect(h.userFormatting("Sheet1")).toBe(before);
    });

    test("a mark keyed to its cell's content disappears by itself when the user changes the cell", async () => {
      const h = make(CONTRACT_SHEETS);
      await h.host.setMarks("Sheet1", [
        { row: 3, col: 3, severity: "error", snapshot: "测试项目" },
        { row: 3, col: 4, severity: "warning", snapshot: null },
        { row: 1, col: 1, severity: "info", snapshot: "项目支出预算绩效目标表" },
      ]);
      expect(sortMarks(h.marks("Sheet1")).map((m) => `${m.row},${m.col}`)).toEqual(["1,1", "3,3", "3,4"]);
      h.edit("Sheet1", 3, 3, "改好的项目");
      h.edit("Sheet1", 3, 4, "补上的内容");
      expect(h.marks("Sheet1").map((m) => `${m.row},${m.col}`)).toEqual(["1,1"]);
      // undoing the fix (typing the old content back) shows the mark again
      h.edit("Sheet1", 3, 3, "测试项目");
      expect(sortMarks(h.marks("Sheet1")).map((m) => `${m.row},${m.col}`)).toEqual(["1,1", "3,3"]);
    });

    test("a user edit fires onChange with the edited range; the add-in's own writes do not", async () => {
      const h = make(CONTRACT_SHEETS);
      const events: string[] = [];
      const off = h.host.onChange((e) =>
        events.push(`${e.sheet}!${e.ranges.map((r) => `${r.top},${r.left}`).join(";")}`),
      );
      h.edit("Sheet1", 3, 3, "改名项目");
      await h.host.setMarks("Sheet1", [{ row: 3, col: 3, severity: "error" }]);
      await h.host.insertBlock({ sheet: "Sheet1", row: 10, col: 0 }, blankTemplate("legacy", 2024));
      await h.host.clearMarks("Sheet1");
      expect(events).toEqual(["Sheet1!3,3"]);
      off();
      h.edit("Sheet1", 3, 3, "再改");
      expect(events).toHaveLength(1);
      expect(h.text("Sheet1", 3, 3)).toBe("再改");
    });

    test("insertBlock writes a table the core parses, and refuses to overwrite cells", async () => {
      const h = make(CONTRACT_SHEETS);
      const spec = blankTemplate("legacy", 2024);
      const range = await h.host.insertBlock({ sheet: "Sheet1", row: 6, col: 0 }, spec);
      expect(range).toEqual({ sheet: "Sheet1", top: 6, left: 0, bottom: 6 + spec.height - 1, right: spec.width - 1 });
      const tables = parseSheet(await h.host.readActiveSheet());
      expect(tables.map((t) => [t.year, t.header.projectName?.value?.text ?? null])).toEqual([
        [2024, "测试项目"],
        [2024, null],
      ]);
      await expect(h.host.insertBlock({ sheet: "Sheet1", row: 0, col: 0 }, spec)).rejects.toThrow(/不是空的/);
    });

    test("settings round-trip through the workbook", async () => {
      const h = make(CONTRACT_SHEETS);
      const s = {
        config: { year: 2025, rules: { "vague-qualitative": "off" as const } },
        marksOn: false,
        templateProfile: "mof-2021" as const,
      };
      await h.host.saveSettings(s);
      expect(await h.host.loadSettings()).toEqual(s);
    });

    test("writeCell changes exactly one cell (apply a proposed fix)", async () => {
      const h = make(CONTRACT_SHEETS);
      await h.host.writeCell({ sheet: "Sheet1", row: 3, col: 3 }, "≥95%");
      expect(h.text("Sheet1", 3, 3)).toBe("≥95%");
      expect(h.text("Sheet1", 3, 1)).toBe("项目名称");
    });

    test("writeCells (全部应用) changes exactly the given cells and fires no change event", async () => {
      const h = make(CONTRACT_SHEETS);
      const events: unknown[] = [];
      const off = h.host.onChange((e) => events.push(e));
      expect(h.host.writeCells).toBeDefined();
      await h.host.writeCells?.([
        { cell: { sheet: "Sheet1", row: 3, col: 3 }, value: "≥95%" },
        { cell: { sheet: "Sheet1", row: 2, col: 1 }, value: "(2025年度)" },
      ]);
      expect(h.text("Sheet1", 3, 3)).toBe("≥95%");
      expect(h.text("Sheet1", 2, 1)).toBe("(2025年度)");
      expect(h.text("Sheet1", 3, 1)).toBe("项目名称");
      expect(h.text("Sheet1", 1, 1)).toBe("项目支出预算绩效目标表");
      await new Promise((r) => setTimeout(r, 50));
      off();
      expect(events).toEqual([]);
    });
  });
}

function sortMarks(m: Mark[]): Mark[] {
  return [...m].sort((a, b) => a.row - b.row || a.col - b.col);
}
