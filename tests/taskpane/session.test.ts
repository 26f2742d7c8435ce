import { readFileSync } from "fs";
import { join } from "path";
import { MemoryHost } from "../../src/hosts/memory/memory-host";
import { Session, marksOf } from "../../src/taskpane/session";
import { sheetRows } from "../helpers/table-builder";
import { rowsFromTsv } from "../../src/core/tsv";

const seedRows = rowsFromTsv(readFileSync(join(__dirname, "../fixtures/seed-2024.txt"), "utf8"));

function manualTimers() {
  let pending: Array<() => void> = [];
  return {
    setTimer: (fn: () => void) => {
      pending.push(fn);
      return fn;
    },
    clearTimer: (t: unknown) => {
      pending = pending.filter((f) => f !== t);
    },
    flush: () => {
      const p = pending;
      pending = [];
      p.forEach((f) => f());
    },
    get count() {
      return pending.length;
    },
  };
}

describe("Session", () => {
  test("a check marks the cells of the findings, one mark per cell with the worst severity", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    const s = new Session(host);
    await s.start();
    const r = await s.check("button");
    expect(r?.tables).toHaveLength(21);
    const marks = host.sheets.get("Sheet1")?.marks ?? [];
    expect(marks).toEqual(marksOf(r?.diagnostics ?? []));
    expect(new Set(marks.map((m) => `${m.row},${m.col}`)).size).toBe(marks.length);
  });

  test("edits are debounced into one check, and unchanged findings write no marks", async () => {
    const host = new MemoryHost({ Sheet1: sheetRows({}) });
    const t = manualTimers();
    const reports: string[] = [];
    const s = new Session(host, { report: (_r, why) => reports.push(why) }, t);
    await s.start();
    await s.check("button");
    const writes = s.stats.markWrites;
    host.userEdit("Sheet1", 2, 2, "改名1");
    host.userEdit("Sheet1", 2, 2, "改名2");
    host.userEdit("Sheet1", 2, 2, "改名3");
    expect(t.count).toBe(1);
    t.flush();
    await new Promise((r) => setImmediate(r));
    expect(reports).toEqual(["button", "change"]);
    // a new project name changes no finding: no mark write
    expect(s.stats.markWrites).toBe(writes);
  });

  test("a finding disappears after the user fixes the cell", async () => {
    const rows = sheetRows({ indicators: undefined });
    const host = new MemoryHost({ Sheet1: rows });
    const s = new Session(host);
    await s.start();
    // break the time value, then fix it
    host.userEdit("Sheet1", 12, 4, "2023年底");
    const bad = await s.check("change");
    expect(bad?.diagnostics.some((d) => d.ruleId === "time-outside-budget-year" && d.cell === "E13")).toBe(true);
    expect(host.sheets.get("Sheet1")?.marks.some((m) => m.row === 12 && m.col === 4)).toBe(true);
    host.userEdit("Sheet1", 12, 4, "2024年12月31日前");
    const good = await s.check("change");
    expect(good?.diagnostics.some((d) => d.ruleId === "time-outside-budget-year")).toBe(false);
    expect(host.sheets.get("Sheet1")?.marks.some((m) => m.row === 12 && m.col === 4)).toBe(false);
  });

  test("a check started later supersedes one still reading", async () => {
    const host = new MemoryHost({ Sheet1: sheetRows({}) });
    const s = new Session(host);
    const first = s.check("button");
    const second = s.check("change");
    expect(await first).toBeNull();
    expect(await second).not.toBeNull();
    expect(s.stats.superseded).toBe(1);
  });

  test("selecting a cell reports the issues on it", async () => {
    const host = new MemoryHost({ Sheet1: sheetRows({ indicators: undefined }) });
    host.userEdit("Sheet1", 12, 4, "2023年底");
    const seen: string[][] = [];
    const s = new Session(host, { selection: (_c, issues) => seen.push(issues.map((d) => d.ruleId)) });
    await s.start();
    await s.check("button");
    host.userSelect({ sheet: "Sheet1", row: 12, col: 4 });
    host.userSelect({ sheet: "Sheet1", row: 0, col: 0 });
    expect(seen[0]).toContain("time-outside-budget-year");
    expect(seen[1]).toEqual([]);
  });

  test("insertTemplate goes below the last block when the selection is not free, and the new table parses", async () => {
    const host = new MemoryHost({ Sheet1: sheetRows({}) });
    const s = new Session(host);
    await s.start();
    await s.check("button");
    const range = await s.insertTemplate("legacy");
    expect(range.top).toBe(sheetRows({}).length + 1);
    const r = s.reports.get("Sheet1");
    expect(r?.tables).toHaveLength(2);
    expect(r?.tables[1]?.year).toBe(2024);
  });

  test("host errors reach the pane as Chinese text", async () => {
    const host = new MemoryHost({ Sheet1: [] });
    host.readActiveSheet = () => Promise.reject(new Error("boom"));
    const errors: string[] = [];
    const s = new Session(host, { error: (m) => errors.push(m) });
    expect(await s.check("button")).toBeNull();
    expect(errors[0]).toMatch(/操作失败/);
  });
});

describe("Session start-up", () => {
  test("removes marks an earlier session left, and nothing else", async () => {
    const host = new MemoryHost({ Sheet1: sheetRows({}), Sheet2: [["保留的内容"]] });
    await host.setMarks("Sheet2", [{ row: 0, col: 0, severity: "error" }]);
    const s = new Session(host);
    await s.start();
    expect(host.sheets.get("Sheet2")?.marks).toEqual([]);
    expect(host.getText("Sheet2", 0, 0)).toBe("保留的内容");
  });
});

describe("marks cleared by another runtime", () => {
  test("校验 writes the marks again after the ribbon page (another Session) cleared them; live edits do not", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    const pane = new Session(host, {}, manualTimers());
    await pane.start();
    await pane.check("button");
    const marked = host.sheets.get("Sheet1")?.marks.length ?? 0;
    expect(marked).toBeGreaterThan(0);
    // the WPS ribbon page / Excel 2019 function command: its own session, same workbook
    const ribbon = new Session(host, {}, manualTimers());
    await ribbon.clearMarks();
    expect(host.sheets.get("Sheet1")?.marks).toHaveLength(0);
    await pane.check("change");
    expect(host.sheets.get("Sheet1")?.marks).toHaveLength(0); // unchanged findings: the live path writes nothing
    await pane.check("button");
    expect(host.sheets.get("Sheet1")?.marks).toHaveLength(marked);
  });
});
