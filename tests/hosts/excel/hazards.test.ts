// The Excel adapter against the hazards of real Excel that the fake models pessimistically (fake-office.ts):
// positional conditional-format ids, unreadable user rules, the undo history, the 5 MB request limit, slow
// batches, requirement sets from 1.1.
import * as fs from "fs";
import * as path from "path";
import { sheetMarks } from "../../../src/app/marks";
import { check } from "../../../src/core/engine";
import { MARK_FORMULA } from "../../../src/hosts/host";
import { ExcelHost, type ExcelHostOptions } from "../../../src/hosts/excel/excel-host";
import { EXCEL_API } from "../../../src/hosts/excel/requirements";
import { blankTemplate } from "../../../src/core/template/block-spec";
import { Session } from "../../../src/taskpane/session";
import { FakeExcel, type FakeExcelInit } from "./fake-office";

// whole-seed checks through the fake take seconds on a shared CPU
jest.setTimeout(60000);

function make(init: FakeExcelInit, options: ExcelHostOptions = {}): { fake: FakeExcel; host: ExcelHost } {
  const fake = new FakeExcel(init);
  const host = new ExcelHost(fake.run, fake.isSetSupported, { onError: () => undefined, ...options });
  return { fake, host };
}

const settle = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));

const SEED = fs.readFileSync(path.join(__dirname, "../../fixtures/seed-2024.txt"), "utf8").replace(/^\uFEFF/, "");
const SEED_ROWS = SEED.split(/\r?\n/).map((l) => l.split("\t"));

function manualTimers() {
  const pending: Array<() => void> = [];
  return {
    setTimer: (fn: () => void) => {
      pending.push(fn);
      return fn;
    },
    clearTimer: (t: unknown) => {
      const i = pending.indexOf(t as () => void);
      if (i >= 0) pending.splice(i, 1);
    },
    flush: () => pending.splice(0).forEach((f) => f()),
  };
}

describe("conditional formats: positional ids, ownership by exact formula", () => {
  test("check-then-mark cycles never delete the user's =C1>5 rule and leave no stale mark", async () => {
    const { fake, host } = make({ sheets: { Sheet1: SEED_ROWS } });
    fake.addUserConditionalFormat("Sheet1", "C1:C50", { formula: "=C1>5", fill: "#00FF00" });
    const session = new Session(host);
    await session.start();
    for (let i = 0; i < 3; i++) await session.check("button");
    // the user fixes a flagged cell between checks, the marks change
    const d = session.reports.get("Sheet1")?.diagnostics[0];
    if (d) fake.userEdit("Sheet1", d.row - 1, d.col - 1, "已修改");
    await session.check("button");
    await session.check("button");
    const user = fake.sheet("Sheet1").cfs.filter((cf) => cf.formula === "=C1>5");
    expect(user).toHaveLength(1);
    const report = session.reports.get("Sheet1");
    // the session's marks: errors and warnings (hint marks are off unless the settings turn them on)
    const expected = report
      ? sheetMarks(report, session.settings).map(({ row, col, severity }) => ({ row, col, severity }))
      : [];
    expect(expected.length).toBeGreaterThan(0);
    expect(fake.marks("Sheet1")).toEqual(expected);
    // no stale format left behind: one per planned rule
    await session.clearMarks();
    expect(fake.ownFormats("Sheet1")).toHaveLength(0);
    expect(fake.sheet("Sheet1").cfs.map((cf) => cf.formula)).toEqual(["=C1>5"]);
  });

  test("read, check, mark, three times with two severities: the user's rule stays, no stale format (old code deleted it)", async () => {
    const { fake, host } = make({ sheets: { Sheet1: SEED_ROWS } });
    fake.addUserConditionalFormat("Sheet1", "C1:C50", { formula: "=C1>5", fill: "#00FF00" });
    for (let i = 0; i < 3; i++) {
      const g = await host.readActiveSheet();
      const marks = check(g).diagnostics.map((d) => ({
        row: d.row - 1,
        col: d.col - 1,
        severity: d.severity === "info" ? ("warning" as const) : d.severity,
      }));
      await host.setMarks(g.sheet, marks);
    }
    expect(fake.sheet("Sheet1").cfs.map((cf) => cf.formula)).toEqual([MARK_FORMULA, MARK_FORMULA, "=C1>5"]);
  });

  test("a user's rule whose formula merely contains _PTC_ survives setMarks and 清除标注", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [["a", "b"]] } });
    fake.addUserConditionalFormat("Sheet1", "A1:B9", { formula: '=ISNUMBER(SEARCH("_PTC_",A1))', fill: "#00FF00" });
    fake.addUserConditionalFormat("Sheet1", "A1:B9", { formula: "=AND(_PTC_ON,A1>5)", fill: "#00FF00" });
    await host.setMarks("Sheet1", [{ row: 0, col: 0, severity: "error", snapshot: "a" }]);
    await host.clearMarks();
    expect(fake.sheet("Sheet1").cfs.map((cf) => cf.formula)).toEqual([
      "=AND(_PTC_ON,A1>5)",
      '=ISNUMBER(SEARCH("_PTC_",A1))',
    ]);
  });

  test("a user rule the API cannot read (office-js #6827) neither fails the check nor blocks the marks", async () => {
    const { fake, host } = make({ sheets: { Sheet1: SEED_ROWS } });
    fake.addUserConditionalFormat("Sheet1", "B2:B9", {
      type: "CellValue",
      formula: "=5",
      fill: "#00FF00",
      unreadable: true,
    });
    const session = new Session(host);
    const notices: Array<string | null> = [];
    const s2 = new Session(host, { notice: (n) => notices.push(n) });
    await s2.start();
    const r = await s2.check("button");
    expect(r?.projects).toHaveLength(21);
    expect(fake.marks("Sheet1").length).toBeGreaterThan(0);
    expect(notices).toEqual([]);
    expect(fake.sheet("Sheet1").cfs.some((cf) => cf.unreadable)).toBe(true);
    session.stop();
  });
});

describe("undo is the user's", () => {
  test.each([
    ["1.17", false],
    ["1.19", true],
  ] as const)(
    "ExcelApi %s: typing keeps the user's undo step; marks follow typing only where writes keep undo (%s)",
    async (api, follows) => {
      const rows = SEED_ROWS.map((r) => [...r]);
      const { fake, host } = make({ sheets: { Sheet1: rows }, api });
      const t = manualTimers();
      let changed: () => void = () => undefined;
      const rechecked = new Promise<void>((r) => (changed = r));
      const session = new Session(host, { report: (_r, why) => why === "change" && changed() }, t);
      await session.start();
      await session.check("button");
      const before = fake.marks("Sheet1").length;
      // a new finding: an empty project name
      const d = session.reports.get("Sheet1")?.tables[0]?.header.projectName?.value;
      expect(d).toBeTruthy();
      // table positions are relative to the grid, whose origin is the used range's top-left
      const origin = (await host.readActiveSheet()).origin;
      fake.undo.length = 0;
      fake.userEdit("Sheet1", (d?.row ?? 0) + origin.row, (d?.col ?? 0) + origin.col, "");
      await settle();
      t.flush();
      await rechecked;
      // the mark write (if any) follows the report: wait for the host to go quiet
      for (let n = -1; n !== fake.syncCount;) {
        n = fake.syncCount;
        await settle(30);
      }
      expect(fake.undo[0]).toMatch(/^edit Sheet1!/);
      expect(fake.undo.slice(1)).toEqual(follows ? ["add-in"] : []);
      expect(fake.marks("Sheet1").length > before).toBe(follows);
      expect(session.marksWaiting("Sheet1")).toBe(!follows);
      session.stop();
    },
  );

  test("a fixed cell's mark disappears with no API call", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [["项目名称", "", "x"]] } });
    await host.setMarks("Sheet1", [
      { row: 0, col: 1, severity: "error", snapshot: null },
      { row: 0, col: 2, severity: "warning", snapshot: "x" },
    ]);
    expect(fake.marks("Sheet1").map((m) => m.col)).toEqual([1, 2]);
    const syncs = fake.syncCount;
    fake.userEdit("Sheet1", 0, 1, "填好了");
    fake.userEdit("Sheet1", 0, 2, "y");
    expect(fake.marks("Sheet1")).toEqual([]);
    expect(fake.syncCount).toBe(syncs);
    // undoing the fix brings the mark back, as the rule still holds the checked content
    fake.userEdit("Sheet1", 0, 2, "x");
    expect(fake.marks("Sheet1").map((m) => m.col)).toEqual([2]);
  });
});

describe("a timed-out insert", () => {
  const spec = blankTemplate("legacy", 2024);

  test("cancelled before its write was sent: nothing is written, and the retry inserts once", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [["x"]] } }, { timeoutMs: 300 });
    const release = fake.pauseSyncs();
    await expect(host.insertBlock({ sheet: "Sheet1", row: 5, col: 0 }, spec)).rejects.toMatchObject({
      code: "TIMEOUT",
    });
    release();
    await settle(20);
    expect(fake.text("Sheet1", 5, 0)).toBe("");
    const range = await host.insertBlock({ sheet: "Sheet1", row: 5, col: 0 }, spec);
    expect(range.top).toBe(5);
    expect(fake.text("Sheet1", 5, 0)).not.toBe("");
  });

  test("the write was already sent when the timeout hit: the retry returns that table", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [["x"]] } }, { timeoutMs: 300 });
    // let the read through, then pause: the write sync waits past the timeout
    const release = fake.pauseSyncsAfter(1);
    const first = host.insertBlock({ sheet: "Sheet1", row: 5, col: 0 }, spec);
    await expect(first).rejects.toMatchObject({ code: "TIMEOUT" });
    release();
    const retry = await host.insertBlock({ sheet: "Sheet1", row: 30, col: 0 }, spec);
    expect(retry.top).toBe(5);
    expect(fake.text("Sheet1", 30, 0)).toBe("");
    expect(fake.text("Sheet1", 5, 0)).not.toBe("");
  });
});

describe("large sheets", () => {
  /** 1000 project blocks (the seed's 21, repeated). */
  const BIG = Array.from({ length: 48 }, () => SEED_ROWS).flat();

  test("no request or response exceeds 5 MB on a 1000-block sheet; syncs do not grow with the block count", async () => {
    const { fake, host } = make({ sheets: { Sheet1: BIG } });
    const grid = await host.readActiveSheet();
    expect(BIG.filter((r) => r.some((c) => c.includes("项目支出预算绩效目标表"))).length).toBeGreaterThanOrEqual(1000);
    expect(grid.text(grid.rowCount - 1, 0)).not.toBeUndefined();
    const max = Math.max(...fake.payloads.map((p) => Math.max(p.request, p.response)));
    expect(max).toBeLessThanOrEqual(5 * 1024 * 1024);
    const total = fake.payloads.reduce((n, p) => n + p.response, 0);
    // the sheet itself is larger than one request may be (the old single read failed on Excel on the web)
    expect(total).toBeGreaterThan(5 * 1024 * 1024);
  }, 120000);

  test("an edit costs one small request: the edited table's rows, not the sheet", async () => {
    const rows = Array.from({ length: 5 }, () => SEED_ROWS).flat();
    const { fake, host } = make({ sheets: { Sheet1: rows } });
    const t = manualTimers();
    let changed: () => void = () => undefined;
    const rechecked = new Promise<void>((r) => (changed = r));
    const session = new Session(host, { report: (_r, why) => why === "change" && changed() }, t);
    await session.start();
    const syncs0 = fake.syncCount;
    const p0 = fake.payloads.length;
    await session.check("button");
    const checkSyncs = fake.syncCount - syncs0;
    const checkBytes = fake.payloads.slice(p0).reduce((n, p) => n + p.response, 0);
    const table = session.reports.get("Sheet1")?.tables[50];
    const origin = (await host.readActiveSheet()).origin;
    const syncs1 = fake.syncCount;
    const p1 = fake.payloads.length;
    fake.userEdit("Sheet1", (table?.area.top ?? 0) + origin.row + 3, 1, "改过的内容");
    let done = false;
    void rechecked.then(() => (done = true));
    while (!done) {
      await settle();
      t.flush();
    }
    const editSyncs = fake.syncCount - syncs1;
    const editBytes = fake.payloads.slice(p1).reduce((n, p) => n + p.response, 0);
    // a check: bounds + cells + (marks: find, replace); an edit: one read of the table's rows, no write while typing
    expect([checkSyncs, editSyncs]).toEqual([4, 1]);
    expect(editBytes * 50).toBeLessThan(checkBytes);
    session.stop();
  }, 30000);

  test("cells inserted (everything below moves): the next check reads the whole sheet, not a patch", async () => {
    const rows = Array.from({ length: 3 }, () => SEED_ROWS).flat();
    const { fake, host } = make({ sheets: { Sheet1: rows } });
    const t = manualTimers();
    let changed: () => void = () => undefined;
    const rechecked = new Promise<void>((r) => (changed = r));
    const session = new Session(host, { report: (_r, why) => why === "change" && changed() }, t);
    await session.start();
    await session.check("button");
    const origin = (await host.readActiveSheet()).origin;
    const at = (session.reports.get("Sheet1")?.tables[3]?.area.top ?? 0) + origin.row + 2;
    // Excel shifts A..E of every row from `at` down by one (Insert → Shift cells down)
    const sheet = fake.sheet("Sheet1");
    const moved = [...sheet.cells.entries()]
      .filter(([k]) => Number(k.split(",")[0]) >= at)
      .sort(([a], [b]) => Number(b.split(",")[0]) - Number(a.split(",")[0]));
    for (const [k] of moved) sheet.cells.delete(k);
    for (const [k, c] of moved) {
      const [r, col] = k.split(",").map(Number) as [number, number];
      sheet.cells.set(`${r + 1},${col}`, c);
    }
    fake.emit("changed", sheet, {
      address: `A${at + 1}:E${at + 1}`,
      changeType: "CellInserted",
      source: "Local",
      type: "WorksheetChanged",
      worksheetId: sheet.id,
      triggerSource: "Unknown",
    });
    let done = false;
    void rechecked.then(() => (done = true));
    while (!done) {
      await settle();
      t.flush();
    }
    const viaSession = session.reports.get("Sheet1")?.diagnostics.map((d) => `${d.ruleId}@${d.cell}`);
    const whole = check(await host.readActiveSheet()).diagnostics.map((d) => `${d.ruleId}@${d.cell}`);
    expect(viaSession).toEqual(whole);
    session.stop();
  });

  test("a used range stretched to column XFD is refused with what to do, not read in thousands of requests", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`r${i}`]);
    const { fake, host } = make({ sheets: { Sheet1: rows } });
    fake.setCell(fake.sheet("Sheet1"), 0, 16383, { value: "x" });
    const syncs = fake.syncCount;
    await expect(host.readActiveSheet()).rejects.toThrow(/已用区域过大（200 行 × 16384 列）/);
    expect(fake.syncCount - syncs).toBe(1);
  });

  test("a band Excel refuses as too large is halved and read again", async () => {
    const long = "很长的文字".repeat(2000);
    const rows = Array.from({ length: 40 }, (_, i) => [`r${i}`, long]);
    const { fake, host } = make({ sheets: { Sheet1: rows }, payloadLimit: 600_000 });
    const g = await host.readActiveSheet();
    expect(g.rowCount).toBe(40);
    expect(g.text(39, 1)).toBe(long);
    expect(fake.refused).toBeGreaterThan(0);
    expect(Math.max(...fake.payloads.map((p) => p.response))).toBeLessThanOrEqual(600_000);
  });
});

describe("requirement sets", () => {
  test("the manifest minimum is ExcelApi 1.1; marks from 1.6, live checking from 1.7", () => {
    expect(EXCEL_API).toMatchObject({ MANIFEST_MINIMUM: "1.1", MARKS: "1.6", LIVE: "1.7", UNDO_KEPT: "1.19" });
  });

  test.each([
    ["1.1", false, false],
    ["1.6", true, false],
    ["1.7", true, true],
  ] as const)("ExcelApi %s: reads and lists findings, jumps; marks %s, live %s", async (api, marks, live) => {
    const { fake, host } = make({ sheets: { Sheet1: SEED_ROWS }, api });
    const notices: Array<string | null> = [];
    const errors: string[] = [];
    const session = new Session(host, { notice: (n) => notices.push(n), error: (m) => errors.push(m) });
    await session.start();
    const r = await session.check("button");
    expect(r?.projects).toHaveLength(21);
    const d = r?.diagnostics[0];
    if (d) await session.jumpTo(d);
    expect(fake.selected.row).toBe((d?.row ?? 0) - 1);
    expect(fake.marks("Sheet1").length > 0).toBe(marks);
    await settle();
    expect(fake.handlers.length > 0).toBe(live);
    expect(errors).toEqual([]);
    expect(host.capabilities()).toMatchObject({ marks, live });
    if (!marks) expect(notices).toEqual([expect.stringMatching(/不支持在表格中标注/)]);
    // inserting a blank table works at every level, below the content, and the cursor goes to 项目名称
    fake.selected = { sheet: fake.sheet("Sheet1"), row: 3, col: 1 };
    const done = await session.insert("legacy");
    expect(done.range.top).toBeGreaterThan(SEED_ROWS.length - 2);
    expect(session.reports.get("Sheet1")?.projects).toHaveLength(22);
  });
});
