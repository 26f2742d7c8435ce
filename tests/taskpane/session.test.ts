import { readFileSync } from "fs";
import { join } from "path";
import { MemoryHost } from "../../src/hosts/memory/memory-host";
import { Session, marksOf } from "../../src/taskpane/session";
import { sheetRows } from "../helpers/table-builder";
import { rowsFromTsv } from "../../src/core/tsv";
import { check } from "../../src/core/engine";

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
  test("a check marks the cells of the errors and warnings, one mark per cell with the worst severity", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    const s = new Session(host);
    await s.start();
    const r = await s.check("button");
    expect(r?.tables).toHaveLength(21);
    const marks = host.sheets.get("Sheet1")?.marks ?? [];
    const signal = (r?.diagnostics ?? []).filter((d) => d.severity !== "info");
    expect(marks).toEqual(marksOf(signal, await host.readActiveSheet()));
    expect(marks.some((m) => m.severity === "info")).toBe(false);
    expect(new Set(marks.map((m) => `${m.row},${m.col}`)).size).toBe(marks.length);
  });

  test("hint marks are off by default; the hintMarks setting turns them on (issue 14)", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    const s = new Session(host);
    await s.start();
    await s.check("button");
    const before = host.sheets.get("Sheet1")?.marks.length ?? 0;
    await s.updateSettings({ ...s.settings, hintMarks: true });
    const marks = host.sheets.get("Sheet1")?.marks ?? [];
    expect(marks.some((m) => m.severity === "info")).toBe(true);
    expect(marks.length).toBeGreaterThan(before);
  });

  test("清除标注 keeps the marks off after an edit, until the next 校验 (issue 14)", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    host.caps = { marks: true, live: true, writesKeepUndo: true };
    const t = manualTimers();
    const s = new Session(host, {}, t);
    await s.start();
    await s.check("button");
    expect(host.sheets.get("Sheet1")?.marks.length).toBeGreaterThan(0);
    await s.clearMarks();
    expect(host.sheets.get("Sheet1")?.marks).toEqual([]);
    const checks = s.stats.completed;
    host.userEdit("Sheet1", 223, 4, "2023年12月");
    t.flush();
    for (let i = 0; i < 50 && s.stats.completed === checks; i++) await new Promise((r) => setImmediate(r));
    expect(s.stats.completed).toBe(checks + 1);
    expect(host.sheets.get("Sheet1")?.marks).toEqual([]);
    await s.check("button");
    expect(host.sheets.get("Sheet1")?.marks.length).toBeGreaterThan(0);
  });

  test("applyFixes writes every cell in one host write (one undo step) and checks once", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    host.caps = { marks: true, live: true, writesKeepUndo: true };
    const s = new Session(host);
    await s.start();
    await s.check("button");
    const undoBefore = host.undo.length;
    const done = s.stats.completed;
    await s.applyFixes([
      { cell: { sheet: "Sheet1", row: 64, col: 2 }, value: "经济效益指标 (必填量化)" },
      { cell: { sheet: "Sheet1", row: 65, col: 2 }, value: "社会效益指标 (必填)" },
    ]);
    expect(host.getText("Sheet1", 64, 2)).toBe("经济效益指标 (必填量化)");
    expect(host.getText("Sheet1", 65, 2)).toBe("社会效益指标 (必填)");
    expect(host.undo.length).toBe(undoBefore + 1);
    expect(s.stats.completed).toBe(done + 1);
    expect(s.textAt({ sheet: "Sheet1", row: 64, col: 2 })).toBe("经济效益指标 (必填量化)");
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

  test("a finding disappears after the user fixes the cell (a host whose writes keep undo marks while typing)", async () => {
    const rows = sheetRows({ indicators: undefined });
    const host = new MemoryHost({ Sheet1: rows });
    host.caps = { marks: true, live: true, writesKeepUndo: true };
    const s = new Session(host);
    await s.start();
    // break the time value, then fix it
    host.userEdit("Sheet1", 12, 4, "2023年底");
    const bad = await s.check("change");
    expect(bad?.diagnostics.some((d) => d.ruleId === "time-outside-budget-year" && d.cell === "E13")).toBe(true);
    expect(host.visibleMarks("Sheet1").some((m) => m.row === 12 && m.col === 4)).toBe(true);
    host.userEdit("Sheet1", 12, 4, "2024年12月31日前");
    const good = await s.check("change");
    expect(good?.diagnostics.some((d) => d.ruleId === "time-outside-budget-year")).toBe(false);
    expect(host.visibleMarks("Sheet1").some((m) => m.row === 12 && m.col === 4)).toBe(false);
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

describe("findings are never lost to a host error", () => {
  test("a protected sheet: the report is emitted, the mark write degrades to a one-line Chinese notice", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    const sheet = host.sheets.get("Sheet1");
    if (sheet) sheet.protected = true;
    const got: string[] = [];
    const notices: Array<string | null> = [];
    const errors: string[] = [];
    const s = new Session(host, {
      report: (r) => got.push(`${r.diagnostics.length}`),
      notice: (n) => notices.push(n),
      error: (m) => errors.push(m),
    });
    await s.start();
    const r = await s.check("button");
    expect(r?.tables).toHaveLength(21);
    expect(got).toEqual([String(r?.diagnostics.length)]);
    expect(errors).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^表格中的标注未能写入（工作表“Sheet1”受保护，无法写入标注）/);
    expect(notices[0]).not.toMatch(/\n/);
    expect(host.sheets.get("Sheet1")?.marks).toEqual([]);
  });

  test("the report reaches the pane before the mark write starts", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    const order: string[] = [];
    const setMarks = host.setMarks.bind(host);
    host.setMarks = async (sheet, marks) => {
      order.push("marks");
      await setMarks(sheet, marks);
    };
    const s = new Session(host, { report: () => order.push("report") });
    await s.start();
    await s.check("button");
    expect(order).toEqual(["report", "marks"]);
  });

  test("MemoryHost refuses every write on a protected sheet, as Excel and WPS do", async () => {
    const host = new MemoryHost({ Sheet1: [["a"]] });
    await host.setMarks("Sheet1", [{ row: 0, col: 0, severity: "error" }]);
    const sheet = host.sheets.get("Sheet1");
    if (sheet) sheet.protected = true;
    await expect(host.setMarks("Sheet1", [])).rejects.toMatchObject({ code: "PROTECTED" });
    await expect(host.clearMarks()).rejects.toMatchObject({ code: "PROTECTED" });
    await expect(host.writeCell({ sheet: "Sheet1", row: 0, col: 0 }, "b")).rejects.toMatchObject({ code: "PROTECTED" });
    expect(host.sheets.get("Sheet1")?.marks).toHaveLength(1);
  });
});

describe("undo is the user's", () => {
  test("typing never writes on a host whose writes clear the undo history; the session says marks wait for 校验", async () => {
    const host = new MemoryHost({ Sheet1: sheetRows({ indicators: undefined }) });
    const t = manualTimers();
    const notices: Array<string | null> = [];
    const s = new Session(host, { notice: (n) => notices.push(n) }, t);
    await s.start();
    await s.check("button");
    const writes = host.writes;
    host.userEdit("Sheet1", 12, 4, "2023年底");
    t.flush();
    await new Promise((r) => setImmediate(r));
    // the list knows the new finding …
    expect(s.reports.get("Sheet1")?.diagnostics.some((d) => d.ruleId === "time-outside-budget-year")).toBe(true);
    // … the sheet is not written, the user's undo step survives, and the pane is told
    expect(host.writes).toBe(writes);
    expect(host.undo).toEqual(["edit Sheet1!12,4"]);
    expect(s.marksWaiting("Sheet1")).toBe(true);
    expect(notices[notices.length - 1]).toMatch(/点击“校验”后更新/);
    // 校验 writes them
    await s.check("button");
    expect(host.visibleMarks("Sheet1").some((m) => m.row === 12 && m.col === 4)).toBe(true);
    expect(s.marksWaiting("Sheet1")).toBe(false);
    expect(notices[notices.length - 1]).toBeNull();
  });

  test("a fixed cell loses its mark by itself: no write at all", async () => {
    const host = new MemoryHost({ Sheet1: sheetRows({ indicators: undefined }) });
    const t = manualTimers();
    const s = new Session(host, {}, t);
    await s.start();
    host.userEdit("Sheet1", 12, 4, "2023年底");
    await s.check("button");
    expect(host.visibleMarks("Sheet1").some((m) => m.row === 12 && m.col === 4)).toBe(true);
    const writes = host.writes;
    host.undo.length = 0;
    host.userEdit("Sheet1", 12, 4, "2024年12月31日前");
    t.flush();
    await new Promise((r) => setImmediate(r));
    expect(host.visibleMarks("Sheet1").some((m) => m.row === 12 && m.col === 4)).toBe(false);
    expect(host.writes).toBe(writes);
    expect(host.undo).toEqual(["edit Sheet1!12,4"]);
  });

  test("a host without marks (Excel 2016) still lists findings and says why the sheet has no marks", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    host.caps = { marks: false, live: false, writesKeepUndo: false };
    const notices: Array<string | null> = [];
    const s = new Session(host, { notice: (n) => notices.push(n) });
    await s.start();
    const r = await s.check("button");
    expect(r?.diagnostics.length).toBeGreaterThan(0);
    expect(host.writes).toBe(0);
    expect(notices).toEqual([expect.stringMatching(/不支持在表格中标注/)]);
  });
});

describe("large sheets: an edit re-reads only the tables it touched", () => {
  test("the re-read covers the edited table's rows; the report equals a full check's", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    const t = manualTimers();
    const s = new Session(host, {}, t);
    await s.start();
    const first = await s.check("button");
    const table = first?.tables[5];
    expect(table).toBeDefined();
    const grid = await host.readActiveSheet();
    const full = host.cellsRead;
    host.cellsRead = 0;
    // an edit inside the sixth table (grid and sheet coordinates coincide: the seed starts at A1)
    const row = (table?.area.top ?? 0) + 3;
    host.userEdit("Sheet1", row, 1, "改过的内容");
    t.flush();
    await new Promise((r) => setImmediate(r));
    const partial = host.cellsRead;
    const height = (table?.area.bottom ?? 0) - (table?.area.top ?? 0) + 1;
    expect(partial).toBe(height * grid.colCount);
    expect(partial * 10).toBeLessThan(full);
    // the patched grid gives the same findings as reading the whole sheet
    const viaPatch = s.reports.get("Sheet1")?.diagnostics.map((d) => `${d.ruleId}@${d.cell}`);
    const whole = check(await host.readActiveSheet()).diagnostics.map((d) => `${d.ruleId}@${d.cell}`);
    expect(viaPatch).toEqual(whole);
  });

  test("an edit outside the last read (a new row below) reads the whole sheet", async () => {
    const host = new MemoryHost({ Sheet1: seedRows });
    const t = manualTimers();
    const s = new Session(host, {}, t);
    await s.start();
    await s.check("button");
    host.cellsRead = 0;
    host.userEdit("Sheet1", seedRows.length + 5, 0, "新的一行");
    t.flush();
    await new Promise((r) => setImmediate(r));
    const g = await host.readActiveSheet();
    expect(host.cellsRead).toBe(2 * g.rowCount * g.colCount);
  });
});
