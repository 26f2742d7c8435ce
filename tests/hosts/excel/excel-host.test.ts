// The Excel adapter over the strict Office.js fake: the HostAdapter contract at several ExcelApi levels, then
// what the contract cannot see: round trips (sync counts), what is written, events, feature detection.
import * as fs from "fs";
import * as path from "path";
import { registerCommands } from "../../../src/commands/commands";
import {
  COMMAND_IDS,
  marksFromDiagnostics,
  sessionActions,
  setCommandActions,
  standaloneActions,
  templatePosition,
  type CommandActions,
} from "../../../src/commands/actions";
import { check } from "../../../src/core/engine";
import { areaToA1, gridFromStrings, isCellError } from "../../../src/core/grid";
import { parseSheet } from "../../../src/core/layout";
import { blankTemplate } from "../../../src/core/template/block-spec";
import { parseAddressList, parseArea } from "../../../src/hosts/excel/address";
import { addressChunks, isOwnMarkFormula, planMarkRules } from "../../../src/hosts/mark-formula";
import { ExcelHost, type ExcelHostOptions } from "../../../src/hosts/excel/excel-host";
import { MARK_FORMULA } from "../../../src/hosts/host";
import { decodeTextFormula, encodeTextFormula } from "../../../src/hosts/name-codec";
import {
  HostError,
  MARKS_SWITCH_NAME,
  MARK_COLORS,
  SETTINGS_NAME,
  type ChangeEvent,
  type Mark,
} from "../../../src/hosts/host";
import { MemoryHost } from "../../../src/hosts/memory/memory-host";
import { Session } from "../../../src/taskpane/session";
import { hostContract, type HostHarness } from "../contract";
import { FakeExcel, type FakeCellInit, type FakeExcelInit } from "./fake-office";

// whole-seed reads and checks through the fake take seconds on a shared CPU
jest.setTimeout(30000);

function make(
  init: FakeExcelInit,
  options: ExcelHostOptions = {},
): { fake: FakeExcel; host: ExcelHost; errors: unknown[] } {
  const fake = new FakeExcel(init);
  const errors: unknown[] = [];
  const host = new ExcelHost(fake.run, fake.isSetSupported, { onError: (e) => errors.push(e), ...options });
  return { fake, host, errors };
}

function harness(api: string): (sheets: Record<string, string[][]>) => HostHarness {
  return (sheets) => {
    const { fake, host } = make({ sheets, api });
    return {
      host,
      edit: (s, r, c, t) => fake.userEdit(s, r, c, t),
      text: (s, r, c) => fake.text(s, r, c),
      marks: (s) => fake.marks(s),
      userFormatting: (s) => fake.userFormatting(s),
      activeSheet: () => fake.active.name,
      selectedCell: () => ({ sheet: fake.selected.sheet.name, row: fake.selected.row, col: fake.selected.col }),
    };
  };
}

hostContract("excel over the fake, ExcelApi 1.20 (Microsoft 365)", harness("1.20"));
hostContract("excel over the fake, ExcelApi 1.13 (Office 2021)", harness("1.13"));
hostContract("excel over the fake, ExcelApi 1.8 (Office 2019)", harness("1.8"));

/** Lets queued macrotasks (event deliveries, syncs) run. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

const SEED = fs.readFileSync(path.join(__dirname, "../../fixtures/seed-2024.txt"), "utf8").replace(/^\uFEFF/, "");
const SEED_ROWS = SEED.split(/\r?\n/).map((l) => l.split("\t"));
const isTitleRow = (r: ReadonlyArray<string>): boolean => r.some((c) => c.includes("项目支出预算绩效目标表"));
const FIRST_TITLE = SEED_ROWS.findIndex(isTitleRow);
/** The first table of the seed (up to the second title), as the seed lays it out (blank rows between rows). */
const ONE_BLOCK = SEED_ROWS.slice(
  0,
  SEED_ROWS.findIndex((r, i) => i > FIRST_TITLE && isTitleRow(r)),
);
/** The seed five times: 105 project blocks. */
const MANY_BLOCKS = [...SEED_ROWS, ...SEED_ROWS, ...SEED_ROWS, ...SEED_ROWS, ...SEED_ROWS];

/** `n` distinct marks spread over the rows (and columns B:F) of a sheet of `rows` rows. */
function spreadMarks(n: number, rows: number): Mark[] {
  const sev = ["error", "warning", "info"] as const;
  const step = Math.max(1, Math.floor(rows / Math.ceil(n / 5)));
  const out: Mark[] = [];
  for (let i = 0; i < n; i++)
    out.push({ row: Math.floor(i / 5) * step, col: 1 + (i % 5), severity: sev[i % 3] ?? "error" });
  return out;
}

describe("reading", () => {
  test.each(["1.20", "1.13", "1.8"])(
    "readActiveSheet: one sync for the bounds and one per band of cells, whatever the number of blocks (ExcelApi %s)",
    async (api) => {
      const counts: number[] = [];
      for (const rows of [ONE_BLOCK, MANY_BLOCKS]) {
        const { fake, host } = make({ sheets: { Sheet1: rows }, api });
        const before = fake.syncCount;
        const grid = await host.readActiveSheet();
        counts.push(fake.syncCount - before);
        expect(parseSheet(grid).length).toBe(rows === ONE_BLOCK ? 1 : 105);
      }
      expect(counts).toEqual([2, 2]);
    },
  );

  test("values, displayed text, number formats and formula errors reach the Grid; origin is the used range's top-left", async () => {
    const cells: FakeCellInit[][] = [
      [{ value: "指标值" }, { value: "95%" }, { value: 0.5, numberFormat: "0.0%" }],
      [
        { value: 45657, numberFormat: "yyyy年m月d日" },
        { error: "#REF!", formula: "=#REF!+1" },
        { value: 123456789, shownText: "####" },
      ],
    ];
    const { fake, host } = make({ sheets: { S: [] } });
    cells.forEach((r, ri) => r.forEach((c, ci) => fake.setCell(fake.sheet("S"), 4 + ri, 2 + ci, c)));
    const g = await host.readActiveSheet();
    expect(g.origin).toEqual({ row: 4, col: 2 });
    expect(g.address(0, 0)).toBe("C5");
    expect(g.cell(0, 1)).toEqual({ value: 0.95, text: "95%", numFmt: "0%" });
    expect(g.text(0, 2)).toBe("50.0%");
    expect(g.text(1, 0)).toBe("2024年12月31日");
    const err = g.cell(1, 1).value;
    expect(err !== null && typeof err === "object" && isCellError(err) ? err.error : null).toBe("#REF!");
    // a too-narrow column shows ####: the Grid falls back to the value
    expect(g.text(1, 2)).toBe("123456789");
  });

  test("a blank sheet reads as an empty grid", async () => {
    const { host } = make({ sheets: { Empty: [] } });
    const g = await host.readActiveSheet();
    expect([g.rowCount, g.colCount]).toEqual([0, 0]);
  });

  test("merged areas are read where ExcelApi 1.13 is supported, in the same sync, and never asked for below", async () => {
    for (const api of ["1.13", "1.12"]) {
      const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK }, api, mergesAsTopLeft: false });
      // the seed's title is on row 3 (A3), the year line on row 5; the used range starts at the title
      fake.mergeCells("Sheet1", "A3:E3");
      fake.mergeCells("Sheet1", "A5:E5");
      const g = await host.readActiveSheet();
      expect(fake.syncCount).toBe(2);
      const asked = fake.opLog.some((o) => o.includes("getMergedAreasOrNullObject") || o.startsWith("RangeAreas.load"));
      expect([api, asked]).toEqual([api, api === "1.13"]);
      expect(g.origin).toEqual({ row: 2, col: 0 });
      expect(g.merges).toEqual(
        api === "1.13"
          ? [
              { top: 0, left: 0, bottom: 0, right: 4 },
              { top: 2, left: 0, bottom: 2, right: 4 },
            ]
          : [],
      );
    }
  });

  test("a build that reports merged areas by their top-left cell only: no bogus one-cell merges, the table still parses, inserting over them is still refused", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    fake.mergeCells("Sheet1", "A3:E3");
    const g = await host.readActiveSheet();
    expect(g.merges).toEqual([]);
    expect(parseSheet(g)).toHaveLength(1);
    fake.mergeCells("Sheet1", "H40:I40");
    await expect(
      host.insertBlock({ sheet: "Sheet1", row: 38, col: 6 }, blankTemplate("legacy", 2024)),
    ).rejects.toMatchObject({ code: "NOT_EMPTY" });
  });

  test("more than 512 merged areas: the read falls back to no merges once, then stays at two syncs", async () => {
    const rows = Array.from({ length: 600 }, (_, i) => [`r${i}`, "", "x"]);
    const { fake, host } = make({ sheets: { Sheet1: rows } });
    for (let i = 0; i < 600; i++) fake.mergeCells("Sheet1", `A${i + 1}:B${i + 1}`);
    const g = await host.readActiveSheet();
    expect([g.rowCount, g.merges.length]).toEqual([600, 0]);
    const before = fake.syncCount;
    await host.readActiveSheet();
    expect(fake.syncCount - before).toBe(2);
  });
});

describe("marks", () => {
  const USER_FORMATS = (fake: FakeExcel): void => {
    const s = fake.sheet("Sheet1");
    fake.setCell(s, 4, 1, {
      fill: "#FFFF00",
      bold: true,
      fontColor: "#FF0000",
      border: { style: "Continuous", weight: "Medium", color: "#0000FF" },
    });
    fake.setCell(s, 12, 4, { fill: "#FFFFFF" });
  };

  test.each([
    ["1.20", 5, ONE_BLOCK],
    ["1.20", 500, ONE_BLOCK],
    ["1.20", 5, MANY_BLOCKS],
    ["1.20", 500, MANY_BLOCKS],
    ["1.8", 5, ONE_BLOCK],
    ["1.8", 500, MANY_BLOCKS],
  ] as const)(
    "setMarks is one Excel.run of two syncs: find ours, then replace (ExcelApi %s, %i marks)",
    async (api, n, rows) => {
      const { fake, host } = make({ sheets: { Sheet1: rows }, api });
      await host.readActiveSheet();
      const marks = spreadMarks(n, rows.length);
      let before = fake.syncCount;
      const runs = fake.runLog.length;
      await host.setMarks("Sheet1", marks);
      expect(fake.syncCount - before).toBe(2);
      expect(fake.runLog.length - runs).toBe(1);
      expect(fake.marks("Sheet1")).toEqual([...marks].sort((a, b) => a.row - b.row || a.col - b.col));
      if (api !== "1.8") {
        // one conditional format per severity over a multi-area range
        expect(fake.ownFormats("Sheet1").length).toBe(3);
      }
      // replacing: the same two syncs, old ones gone
      before = fake.syncCount;
      await host.setMarks("Sheet1", marks.slice(0, 2));
      expect(fake.syncCount - before).toBe(2);
      expect(fake.marks("Sheet1")).toHaveLength(2);
    },
  );

  test("the check flow: two read syncs and two write syncs, whatever the number of projects", async () => {
    const counts: number[] = [];
    for (const rows of [ONE_BLOCK, MANY_BLOCKS]) {
      const { fake, host } = make({ sheets: { Sheet1: rows } });
      const before = fake.syncCount;
      const grid = await host.readActiveSheet();
      const marks = marksFromDiagnostics(check(grid).diagnostics);
      await host.setMarks(grid.sheet, marks);
      counts.push(fake.syncCount - before);
      expect(fake.marks("Sheet1").length).toBe(marks.length);
    }
    expect(counts).toEqual([4, 4]);
  });

  test("setMarks needs no earlier read: it finds ours in its own batch", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    await host.setMarks("Sheet1", spreadMarks(5, 20));
    expect(fake.syncCount).toBe(2);
  });

  test("marks never write the user's values, fills, fonts, borders, merges or widths", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    USER_FORMATS(fake);
    fake.mergeCells("Sheet1", "B2:E2");
    const before = fake.userFormatting("Sheet1");
    await host.readActiveSheet();
    await host.setMarks("Sheet1", [
      { row: 4, col: 1, severity: "error" },
      { row: 12, col: 4, severity: "warning" },
    ]);
    await host.setMarksVisible(false);
    await host.setMarksVisible(true);
    await host.setMarks("Sheet1", [{ row: 5, col: 1, severity: "info" }]);
    await host.clearMarks();
    expect(fake.userFormatting("Sheet1")).toBe(before);
    const writes = fake.opLog.filter((o) =>
      /^(Range\.values|RangeFormat|RangeFont|RangeBorder|DataValidation|Range\.merge|values→)/.test(o),
    );
    expect(writes).toEqual([]);
  });

  test("marks are conditional formats whose formula names _PTC_ON, in the severity's colour", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    await host.readActiveSheet();
    await host.setMarks("Sheet1", [
      { row: 3, col: 2, severity: "error" },
      { row: 3, col: 2, severity: "info" },
      { row: 4, col: 2, severity: "error" },
    ]);
    const own = fake.ownFormats("Sheet1");
    expect(own.map((cf) => [cf.formula, cf.fill, cf.areas])).toEqual([
      [MARK_FORMULA, MARK_COLORS.error, [{ top: 3, left: 2, bottom: 4, right: 2 }]],
    ]);
    expect(MARK_FORMULA).toBe("=AND(_PTC_ON,TRUE)");
    expect(fake.names.get(MARKS_SWITCH_NAME.toLowerCase())).toEqual({
      name: "_PTC_ON",
      formula: "=TRUE",
      visible: false,
    });
  });

  test("the user's conditional formats survive setMarks and clearMarks", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK, Sheet2: [["a"]] } });
    const userCustom = fake.addUserConditionalFormat("Sheet1", "E12:E20", { formula: '=E12<>""', fill: "#C6EFCE" });
    const userValue = fake.addUserConditionalFormat("Sheet1", "C8", { type: "CellValue" });
    const other = fake.addUserConditionalFormat("Sheet2", "A1", { formula: "=A1>5", fill: "#00FF00" });
    await host.readActiveSheet();
    await host.setMarks("Sheet1", spreadMarks(30, 20));
    await host.setMarks("Sheet1", spreadMarks(3, 20));
    expect(fake.sheet("Sheet1").cfs).toEqual(expect.arrayContaining([userCustom, userValue]));
    await host.clearMarks();
    expect(fake.sheet("Sheet1").cfs).toEqual([userValue, userCustom]);
    expect(fake.sheet("Sheet2").cfs).toEqual([other]);
    expect(fake.marks("Sheet1")).toEqual([]);
  });

  test("clearMarks finds ours by their formula, also those of an earlier session, on every sheet, in a constant number of syncs", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK, Sheet2: [["a"]] } });
    // left in the file by an earlier session: the adapter knows nothing about them
    for (let i = 0; i < 40; i++)
      fake.addUserConditionalFormat("Sheet1", `D${i + 1}`, {
        formula: "=AND(_PTC_ON,TRUE)",
        fill: MARK_COLORS.warning,
      });
    fake.addUserConditionalFormat("Sheet2", "A1", { formula: "=AND(_PTC_ON,TRUE)", fill: MARK_COLORS.error });
    const user = fake.addUserConditionalFormat("Sheet1", "A1", { formula: "=PTC_ON", fill: "#000000" });
    await host.clearMarks();
    expect(fake.syncCount).toBe(3); // sheet list, formats, deletes
    expect(fake.sheet("Sheet1").cfs).toEqual([user]);
    expect(fake.sheet("Sheet2").cfs).toEqual([]);
    const before = fake.syncCount;
    await host.clearMarks("Sheet1");
    expect(fake.syncCount - before).toBe(1); // nothing of ours left: no delete sync
  });

  test("a mark the user deleted (or undid) is not fatal: setMarks rescans and writes", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    await host.readActiveSheet();
    await host.setMarks("Sheet1", spreadMarks(6, 20));
    fake.sheet("Sheet1").cfs.splice(0, 1);
    await host.setMarks("Sheet1", [{ row: 1, col: 1, severity: "info" }]);
    expect(fake.marks("Sheet1")).toEqual([{ row: 1, col: 1, severity: "info" }]);
  });

  test("setMarksVisible is one write to _PTC_ON and nothing else", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    await host.readActiveSheet();
    await host.setMarks("Sheet1", spreadMarks(10, 20));
    const formats = JSON.stringify(fake.sheet("Sheet1").cfs);
    const ops = fake.opLog.length;
    const syncs = fake.syncCount;
    await host.setMarksVisible(false);
    expect(fake.syncCount - syncs).toBe(1);
    expect(fake.opLog.slice(ops)).toEqual(["NamedItem.formula==FALSE"]);
    expect(fake.names.get("_ptc_on")?.formula).toBe("=FALSE");
    expect(JSON.stringify(fake.sheet("Sheet1").cfs)).toBe(formats);
    await host.setMarksVisible(true);
    expect(fake.names.get("_ptc_on")?.formula).toBe("=TRUE");
  });

  test("setMarksVisible creates the switch when the workbook has none", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [] } });
    await host.setMarksVisible(false);
    expect(fake.names.get("_ptc_on")).toEqual({ name: "_PTC_ON", formula: "=FALSE", visible: false });
  });

  test("a protected sheet: setMarks fails with PROTECTED and a Chinese message", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    await host.readActiveSheet();
    fake.sheet("Sheet1").protected = true;
    const e = await host.setMarks("Sheet1", spreadMarks(3, 10)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).code).toBe("PROTECTED");
    expect((e as HostError).message).toMatch(/受保护.*撤销工作表保护/);
  });
});

describe("events", () => {
  async function ownWritesAreSilent(api: string): Promise<void> {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK, Sheet2: [] }, api });
    const events: ChangeEvent[] = [];
    host.onChange((e) => events.push(e));
    await settle();
    await host.writeCell({ sheet: "Sheet1", row: 5, col: 2 }, "≥95%");
    await host.insertBlock({ sheet: "Sheet2", row: 0, col: 0 }, blankTemplate("legacy", 2024));
    await host.readActiveSheet();
    await host.setMarks("Sheet1", spreadMarks(5, 20));
    await settle();
    // Excel did raise the change events of our writes; the adapter kept them from the listeners
    // (ExcelApi 1.8 listens on the active sheet only, so the insertion on Sheet2 raises nothing we hear)
    expect(fake.delivered.filter((d) => d.event === "changed").length).toBe(api === "1.8" ? 1 : 2);
    expect(events).toEqual([]);
    fake.userEdit("Sheet1", 6, 2, "用户输入");
    await settle();
    expect(events).toEqual([{ sheet: "Sheet1", ranges: [{ sheet: "Sheet1", top: 6, left: 2, bottom: 6, right: 2 }] }]);
  }

  test("own writes do not trigger onChange: ExcelApi 1.14+ (triggerSource)", () => ownWritesAreSilent("1.20"));
  test("own writes do not trigger onChange: ExcelApi 1.13 (re-entrancy guard)", () => ownWritesAreSilent("1.13"));
  test("own writes do not trigger onChange: ExcelApi 1.8 (re-entrancy guard, per-sheet events)", () =>
    ownWritesAreSilent("1.8"));

  test("with triggerSource, a user edit of a cell the add-in just wrote is still an edit", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK }, api: "1.14" });
    const events: ChangeEvent[] = [];
    host.onChange((e) => events.push(e));
    await settle();
    await host.writeCell({ sheet: "Sheet1", row: 5, col: 2 }, "1");
    fake.userEdit("Sheet1", 5, 2, "2");
    await settle();
    expect(events.map((e) => e.ranges[0]?.top)).toEqual([5]);
  });

  test("without triggerSource, the guard covers only the written cells and only for a grace period", async () => {
    let now = 1000;
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK }, api: "1.13" }, { now: () => now, echoGraceMs: 1000 });
    const events: ChangeEvent[] = [];
    host.onChange((e) => events.push(e));
    await settle();
    await host.writeCell({ sheet: "Sheet1", row: 5, col: 2 }, "1");
    fake.userEdit("Sheet1", 9, 2, "elsewhere"); // outside the written cell: delivered
    await settle();
    now += 2000;
    fake.userEdit("Sheet1", 5, 2, "later"); // the written cell, after the grace period: delivered
    await settle();
    expect(events.map((e) => `${e.ranges[0]?.top},${e.ranges[0]?.left}`)).toEqual(["9,2", "5,2"]);
  });

  test("onActivate and onSelection report sheet names and cells; unsubscribing stops them", async () => {
    for (const api of ["1.20", "1.8"]) {
      const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK, 第二页: [["x"]] }, api });
      const seen: string[] = [];
      const offA = host.onActivate((s) => seen.push(`activate ${s}`));
      const offS = host.onSelection((c) => seen.push(`select ${c.sheet}!${c.row},${c.col}`));
      const offC = host.onChange((e) => seen.push(`change ${e.sheet}`));
      await settle();
      fake.userSelect("第二页", 3, 1);
      await settle();
      // ExcelApi 1.8: the newly activated sheet gets its own handlers; an edit there arrives
      fake.userEdit("第二页", 0, 0, "y");
      fake.userSelect("第二页", 4, 2);
      await settle();
      offA();
      offS();
      offC();
      fake.userSelect("Sheet1", 0, 0);
      await settle();
      // ExcelApi 1.8: the selection that activated a sheet comes before that sheet's handlers exist
      const first = api === "1.8" ? [] : ["select 第二页!3,1"];
      expect([api, seen]).toEqual([api, ["activate 第二页", ...first, "change 第二页", "select 第二页!4,2"]]);
    }
  });

  test("event handlers are registered once, in one sync", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [] } });
    host.onChange(() => undefined);
    host.onActivate(() => undefined);
    host.onSelection(() => undefined);
    host.onChange(() => undefined);
    await settle();
    expect(fake.syncCount).toBe(1);
    expect(fake.handlers.length).toBe(3);
  });
});

describe("timeouts and errors", () => {
  afterEach(() => jest.useRealTimers());

  test("a host that hangs: every call rejects with HostError TIMEOUT and a Chinese message", async () => {
    jest.useFakeTimers();
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } }, { timeoutMs: 15000 });
    fake.hang = true;
    const calls: Array<[string, Promise<unknown>]> = [
      ["read", host.readActiveSheet()],
      ["marks", host.setMarks("Sheet1", spreadMarks(3, 10))],
      ["select", host.select({ sheet: "Sheet1", row: 1, col: 1 })],
      ["insert", host.insertBlock({ sheet: "Sheet1", row: 40, col: 0 }, blankTemplate("legacy", 2024))],
      ["settings", host.loadSettings()],
    ];
    const results = calls.map(([name, p]) =>
      p.then(
        () => [name, "resolved"],
        (e: unknown) => [name, e],
      ),
    );
    await jest.advanceTimersByTimeAsync(15001);
    for (const r of await Promise.all(results)) {
      const e = r[1];
      expect(e).toBeInstanceOf(HostError);
      expect((e as HostError).code).toBe("TIMEOUT");
      expect((e as HostError).message).toMatch(/超时（15 秒），请稍后重试/);
    }
  });

  test("a sheet that does not exist: NO_SHEET", async () => {
    const { host } = make({ sheets: { Sheet1: [] } });
    await expect(host.select({ sheet: "没有", row: 0, col: 0 })).rejects.toMatchObject({ code: "NO_SHEET" });
  });

  test("writeCell on a protected sheet: PROTECTED, nothing written", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    fake.sheet("Sheet1").protected = true;
    const before = fake.userFormatting("Sheet1");
    await expect(host.writeCell({ sheet: "Sheet1", row: 5, col: 2 }, "x")).rejects.toMatchObject({ code: "PROTECTED" });
    expect(fake.userFormatting("Sheet1")).toBe(before);
  });
});

describe("select and selection", () => {
  test("select activates the sheet, then selects the cell, in one sync", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK, Sheet2: [] } });
    await host.select({ sheet: "Sheet2", row: 20, col: 3 });
    expect(fake.syncCount).toBe(1);
    expect(fake.opLog).toEqual(["Worksheet.activate", "Range.select"]);
    expect(await host.selection()).toEqual({ sheet: "Sheet2", row: 20, col: 3 });
    expect(await host.activeSheetName()).toBe("Sheet2");
  });
});

describe("insertBlock", () => {
  const spec = blankTemplate("legacy", 2024);

  test("two syncs (read, write), one 2-D value write, merges, borders, bold header, title, dropdowns, widths", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    fake.sheet("Sheet1").widths.set(1, 100); // a column the user sized: keep it
    const at = { sheet: "Sheet1", row: ONE_BLOCK.length + 1, col: 0 };
    const range = await host.insertBlock(at, spec);
    expect(range).toEqual({ sheet: "Sheet1", top: at.row, left: 0, bottom: at.row + spec.height - 1, right: 4 });
    expect(fake.syncCount).toBe(2);
    expect(fake.opLog.filter((o) => o.startsWith("values→"))).toEqual([
      `values→ Sheet1!A${at.row + 1}:E${at.row + spec.height}`,
    ]);
    const s = fake.sheet("Sheet1");
    expect(s.merges.length).toBe(spec.merges.length);
    // dropdowns for 项目属性 and 项目期
    const attrRow = at.row + spec.values.findIndex((r) => r[0] === "项目属性");
    expect(s.dv.get(`${attrRow},1`)).toEqual({ type: "list", source: "新增项目,延续性项目", inCellDropDown: true });
    expect(s.dv.get(`${attrRow},3`)).toEqual({ type: "list", source: "1年期,2年期,3年期,长期", inCellDropDown: true });
    // thin borders around and inside the body, bold header, a large centred title
    const header = at.row + spec.values.findIndex((r) => r[0] === "绩效指标");
    expect(fake.cell(s, header, 2)?.font.bold).toBe(true);
    expect(fake.cell(s, header + 1, 3)?.borders).toEqual({
      top: { style: "Continuous", weight: "Thin", color: "#000000" },
      bottom: { style: "Continuous", weight: "Thin", color: "#000000" },
      left: { style: "Continuous", weight: "Thin", color: "#000000" },
      right: { style: "Continuous", weight: "Thin", color: "#000000" },
    });
    expect(fake.cell(s, at.row, 0)?.font).toMatchObject({ bold: true, size: 16 });
    expect(fake.cell(s, at.row, 0)?.hAlign).toBe("Center");
    // widths in characters → points, only where the column was at the standard width
    expect([s.widths.get(0), s.widths.get(1), s.widths.get(3)]).toEqual([
      (16 * 7 + 5) * 0.75,
      100,
      (40 * 7 + 5) * 0.75,
    ]);
    // the block parses as a table
    const tables = parseSheet(await host.readActiveSheet());
    expect(tables).toHaveLength(2);
    expect(tables[1]?.year).toBe(2024);
  });

  test.each([
    ["1.20", true],
    ["1.19", false],
  ])("ExcelApi %s: mergeUndoGroup %s (one undo step where supported)", async (api, merged) => {
    const { fake, host } = make({ sheets: { Sheet1: [] }, api });
    await host.insertBlock({ sheet: "Sheet1", row: 0, col: 0 }, spec);
    expect(fake.runLog.map((o) => o.mergeUndoGroup === true)).toEqual([merged]);
  });

  test.each([
    ["1.20", true],
    ["1.19", false],
  ])("writeCells (全部应用) at ExcelApi %s: one run, one sync, mergeUndoGroup %s", async (api, merged) => {
    const { fake, host } = make({
      sheets: {
        Sheet1: [
          ["a", "b"],
          ["c", "d"],
        ],
      },
      api,
    });
    const syncs = fake.syncCount;
    await host.writeCells([
      { cell: { sheet: "Sheet1", row: 0, col: 1 }, value: "B" },
      { cell: { sheet: "Sheet1", row: 1, col: 0 }, value: "C" },
    ]);
    expect(fake.syncCount - syncs).toBe(1);
    expect(fake.runLog.map((o) => o.mergeUndoGroup === true)).toEqual([merged]);
  });

  test("refuses in one read sync when any target cell is non-empty; nothing is written", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [] } });
    fake.setCell(fake.sheet("Sheet1"), 10, 4, { value: "占用" });
    const before = fake.userFormatting("Sheet1");
    await expect(host.insertBlock({ sheet: "Sheet1", row: 0, col: 0 }, spec)).rejects.toMatchObject({
      code: "NOT_EMPTY",
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.userFormatting("Sheet1")).toBe(before);
  });

  test("refuses over merged cells (ExcelApi 1.13) and on a protected sheet", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [], Sheet2: [] } });
    fake.mergeCells("Sheet1", "C3:D4");
    await expect(host.insertBlock({ sheet: "Sheet1", row: 0, col: 0 }, spec)).rejects.toMatchObject({
      code: "NOT_EMPTY",
    });
    fake.sheet("Sheet2").protected = true;
    const e = await host.insertBlock({ sheet: "Sheet2", row: 0, col: 0 }, spec).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "PROTECTED" });
    expect((e as Error).message).toMatch(/受保护/);
  });

  test.each(["legacy", "mof-2021"] as const)(
    "the %s template parses as a table with every header field",
    async (profile) => {
      const { host } = make({ sheets: { Sheet1: [] } });
      await host.insertBlock({ sheet: "Sheet1", row: 2, col: 1 }, blankTemplate(profile, 2025));
      const tables = parseSheet(await host.readActiveSheet());
      expect(tables).toHaveLength(1);
      expect(tables[0]?.year).toBe(2025);
      expect(tables[0]?.generation).toBe(profile);
    },
  );
});

describe("settings in the workbook", () => {
  test("a hidden _PTC_SETTINGS name holds the JSON; long settings are split into 255-character constants", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [] } });
    const s = {
      config: {
        year: 2025,
        rules: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`rule-${i}-“引号”"quote"`, "off" as const])),
        costStandards: [{ match: "培训费", maxYuan: 550, per: "人天", source: "财行〔2016〕540号" }],
      },
      marksOn: true,
      templateProfile: "legacy" as const,
    };
    await host.saveSettings(s);
    const name = fake.names.get(SETTINGS_NAME.toLowerCase());
    expect(name?.visible).toBe(false);
    expect(name?.formula.length).toBeGreaterThan(255);
    expect(await host.loadSettings()).toEqual(s);
    await host.saveSettings({ ...s, marksOn: false });
    expect((await host.loadSettings())?.marksOn).toBe(false);
  });

  test("no name, or one that is not ours, reads as no settings", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [] } });
    expect(await host.loadSettings()).toBeNull();
    fake.names.set("_ptc_settings", { name: "_PTC_SETTINGS", formula: '="{not json"', visible: false });
    expect(await host.loadSettings()).toBeNull();
  });
});

describe("helpers", () => {
  test("planMarkRules (both hosts): one mark per cell (the most severe), vertical runs, address lists split by length", () => {
    const marks: Mark[] = [
      { row: 0, col: 0, severity: "info" },
      { row: 0, col: 0, severity: "error" },
      { row: 1, col: 0, severity: "error" },
      { row: 2, col: 0, severity: "error" },
      { row: 5, col: 0, severity: "error" },
      { row: 0, col: 2, severity: "warning" },
    ];
    const areas = (rs: ReturnType<typeof planMarkRules>): string[][] => rs.map((r) => r.areas.map(areaToA1));
    expect(planMarkRules(marks).map((r) => [r.severity, r.formula])).toEqual([
      ["warning", MARK_FORMULA],
      ["error", MARK_FORMULA],
    ]);
    expect(areas(planMarkRules(marks))).toEqual([["C1"], ["A1:A3", "A6"]]);
    // keyed marks: one rule per rectangle of equal content, the formula anchored at its top-left cell
    const keyed = planMarkRules(marks.map((m) => ({ ...m, snapshot: m.row === 5 ? "x" : null })));
    expect(keyed.map((r) => [r.severity, r.formula, r.areas.map(areaToA1)])).toEqual([
      ["warning", "=AND(_PTC_ON,LEN(C1)=0)", ["C1"]],
      ["error", "=AND(_PTC_ON,LEN(A1)=0)", ["A1:A3"]],
      ["error", '=AND(_PTC_ON,EXACT(A6,"x"))', ["A6"]],
    ]);
    const many = Array.from({ length: 1000 }, (_, i) => ({ row: i * 2, col: 3, severity: "error" as const }));
    const chunks = addressChunks(planMarkRules(many)[0]?.areas ?? [], 4000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(4000);
    expect(chunks.join(",").split(",")).toHaveLength(1000);
  });

  test("ownership is by the exact shape of the add-in's formulas, not by a substring", () => {
    for (const own of [
      MARK_FORMULA,
      '=AND(_PTC_ON,EXACT(B5,"a""b"&"c"))',
      "=AND(_PTC_ON,LEN(C3)=0)",
      "=AND(_PTC_ON,D4=0.95)",
      "=AND(_PTC_ON,ISERROR(A1))",
      "=AND(_PTC_ON,B2=TRUE)",
    ]) {
      expect([own, isOwnMarkFormula(own)]).toEqual([own, true]);
    }
    for (const user of [
      '=ISNUMBER(SEARCH("_PTC_",A1))',
      "=AND(_PTC_ON,A1>5)",
      "=_PTC_ON",
      "=AND(_PTC_ON,TRUE,A1)",
      "=AND(_PTC_ONX,TRUE)",
      null,
      5,
    ]) {
      expect([user, isOwnMarkFormula(user)]).toEqual([user, false]);
    }
  });

  test("address parsing: sheet-qualified, quoted, whole rows and columns, lists", () => {
    expect(parseArea("'My ''Sheet'''!$B$3:C9")).toEqual({
      sheet: "My 'Sheet'",
      area: { top: 2, left: 1, bottom: 8, right: 2 },
    });
    expect(parseArea("3:5")?.area).toEqual({ top: 2, left: 0, bottom: 4, right: 16383 });
    expect(parseArea("C:D")?.area).toEqual({ top: 0, left: 2, bottom: 1048575, right: 3 });
    expect(parseAddressList("Sheet1!A1:B2, 'a,b'!C3").map((p) => [p.sheet, p.area.top, p.area.left])).toEqual([
      ["Sheet1", 0, 0],
      ["a,b", 2, 2],
    ]);
    expect(parseArea("not an address")).toBeNull();
  });

  test("name formulas: text round-trips through string constants joined by &", () => {
    for (const t of ["", 'a"b', "年度".repeat(300), "😀".repeat(200)]) {
      const f = encodeTextFormula(t);
      expect(decodeTextFormula(f)).toBe(t);
    }
    expect(decodeTextFormula("=SUM(A1)")).toBeNull();
    expect(() => encodeTextFormula("x".repeat(9000))).toThrow(RangeError);
  });
});

describe("ribbon commands", () => {
  afterEach(() => setCommandActions(null));

  test("the three ids are associated, and each completes its event even when the action fails", async () => {
    const associated = new Map<string, (e: Office.AddinCommands.Event) => void>();
    const failures: string[] = [];
    const failing: CommandActions = {
      runCheck: () => Promise.reject(new Error("boom")),
      insertTemplate: () => {
        throw new Error("sync boom");
      },
      clearMarks: () => Promise.resolve(),
    };
    registerCommands(
      (id, fn) => associated.set(id, fn),
      () => failing,
      (id) => failures.push(id),
    );
    expect([...associated.keys()]).toEqual([...COMMAND_IDS]);
    for (const id of COMMAND_IDS) {
      const done = new Promise<void>((resolve) =>
        associated.get(id)?.({ completed: () => resolve() } as unknown as Office.AddinCommands.Event),
      );
      await done;
    }
    expect(failures).toEqual(["runCheck", "insertTemplate"]);
  });

  test("standalone 校验: settings, one read, one mark write", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    let shown = 0;
    await standaloneActions(host, async () => void shown++).runCheck();
    expect(fake.syncCount).toBe(5); // settings; read: bounds, cells; marks: find ours, replace
    expect(shown).toBe(1);
    // errors and warnings: hint marks are off unless the settings turn them on (issue 14)
    const all = check(gridFromStrings("Sheet1", ONE_BLOCK)).diagnostics;
    const expected = marksFromDiagnostics(all.filter((d) => d.severity !== "info"));
    expect(expected.length).toBeLessThan(marksFromDiagnostics(all).length);
    expect(fake.marks("Sheet1").length).toBe(expected.length);
  });

  test("standalone 插入空白项目表: below the last block when the selection is taken, at the selection when free", async () => {
    const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
    const actions = standaloneActions(host, async () => undefined);
    // the selection (A1) is above the table but the block would run into it: below the last block instead
    await actions.insertTemplate();
    const lastRow = ONE_BLOCK.reduce((last, r, i) => (r.some((c) => c !== "") ? i : last), -1);
    const grid = await host.readActiveSheet();
    expect(parseSheet(grid).map((t) => grid.origin.row + t.area.top)).toEqual([FIRST_TITLE, lastRow + 2]);
    // the cursor is in the new table's 项目名称 value cell (C, two rows under the title)
    expect([fake.selected.row, fake.selected.col]).toEqual([lastRow + 2 + 2, 2]);
    fake.userSelect("Sheet1", 200, 7);
    await actions.insertTemplate();
    expect(fake.text("Sheet1", 200, 7)).toBe("项目支出预算绩效目标表");
  });

  test("templatePosition: empty sheet → A1; selection inside content → two rows below the last block", () => {
    const spec = blankTemplate("legacy", 2024);
    expect(templatePosition(gridFromStrings("S", []), { sheet: "S", row: 4, col: 4 }, spec)).toEqual({
      sheet: "S",
      row: 4,
      col: 4,
    });
    const g = gridFromStrings("S", ONE_BLOCK);
    expect(templatePosition(g, { sheet: "S", row: 3, col: 1 }, spec)).toEqual({
      sheet: "S",
      row: ONE_BLOCK.length + 1,
      col: 0,
    });
  });

  test("with a session wired in, the commands drive it (and 插入 selects the first input cell)", async () => {
    const host = new MemoryHost({ Sheet1: ONE_BLOCK });
    const reasons: string[] = [];
    const session = new Session(host, { report: (_r, why) => reasons.push(why) });
    await session.start();
    let shown = 0;
    const a = sessionActions(session, async () => void shown++);
    await a.runCheck();
    await a.insertTemplate();
    const spec = blankTemplate("legacy", 2024);
    const first = spec.inputs[0];
    // two rows below the last non-empty row, then the template's first input cell
    const last = ONE_BLOCK.map((r) => r.some((c) => c !== "")).lastIndexOf(true);
    expect(host.selected).toEqual({ sheet: "Sheet1", row: last + 2 + (first?.row ?? 0), col: first?.col ?? 0 });
    await a.clearMarks();
    expect([reasons, shown, host.sheets.get("Sheet1")?.marks]).toEqual([["button", "insert"], 1, []]);
  });
});

describe("the fake is strict (so code that passes here has a fair chance in Excel)", () => {
  test("reading a property before load + sync throws PropertyNotLoaded; so does reading after a set", async () => {
    const fake = new FakeExcel({ sheets: { Sheet1: [["a"]] } });
    await fake.run({}, async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1");
      expect(() => r.values).toThrow(/not available.*load/);
      r.load("values");
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([["a"]]);
      r.values = [["b"]];
      await ctx.sync();
      const n = ctx.workbook.names.getItemOrNullObject("nope");
      expect(() => n.isNullObject).toThrow(/not available/);
      n.load("name");
      await ctx.sync();
      expect(n.isNullObject).toBe(true);
    });
    expect(fake.text("Sheet1", 0, 0)).toBe("b");
  });

  test("an API above the host's requirement set fails at sync (ApiNotFound)", async () => {
    const fake = new FakeExcel({ sheets: { Sheet1: [] }, api: "1.8" });
    await expect(
      fake.run({}, async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRanges("A1,B2").conditionalFormats.add("Custom");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(fake.run({ mergeUndoGroup: true }, async (ctx) => ctx.sync())).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });

  test("members the adapter must not use do not exist; unsynced operations and dead proxies are errors", async () => {
    const fake = new FakeExcel({ sheets: { Sheet1: [] } });
    await expect(
      fake.run({}, async (ctx) => {
        (
          ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").format as unknown as { fill: { color: string } }
        ).fill.color = "red";
        await ctx.sync();
      }),
    ).rejects.toThrow(/RangeFormat.fill is not modelled/);
    await expect(
      fake.run({}, async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["x"]];
      }),
    ).rejects.toThrow(/never synced/);
    let kept: Excel.Range | undefined;
    await fake.run({}, async (ctx) => {
      kept = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1");
      kept.load("values");
      await ctx.sync();
    });
    expect(() => kept?.load("text")).toThrow(/finished Excel.run/);
    await expect(
      fake.run({}, async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").load("");
        await ctx.sync();
      }),
    ).rejects.toThrow(/without property names/);
  });

  test("a failing operation rejects the sync; the operations before it stay applied", async () => {
    const fake = new FakeExcel({ sheets: { Sheet1: [] } });
    await expect(
      fake.run({}, async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.getRange("A1").values = [["first"]];
        ws.getRange("B1:C1").values = [["too short"]];
        ws.getRange("D1").values = [["never"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect([fake.text("Sheet1", 0, 0), fake.text("Sheet1", 0, 3)]).toEqual(["first", ""]);
  });

  test("clearMarks costs the same number of syncs for 1 or 200 conditional formats of ours", async () => {
    const counts: number[] = [];
    for (const n of [1, 200]) {
      const { fake, host } = make({ sheets: { Sheet1: ONE_BLOCK } });
      for (let i = 0; i < n; i++)
        fake.addUserConditionalFormat("Sheet1", `B${i + 1}`, { formula: MARK_FORMULA, fill: MARK_COLORS.info });
      await host.clearMarks("Sheet1");
      counts.push(fake.syncCount);
      expect(fake.ownFormats("Sheet1")).toEqual([]);
    }
    expect(counts).toEqual([2, 2]);
  });
});

describe("planMarkRules rectangles", () => {
  test("equal runs in adjacent columns become one rectangle", () => {
    const marks: Mark[] = [];
    for (const col of [1, 2, 3]) for (const row of [4, 5]) marks.push({ row, col, severity: "warning" });
    marks.push({ row: 4, col: 5, severity: "warning" });
    expect(
      planMarkRules(marks)
        .flatMap((f) => f.areas.map(areaToA1))
        .sort(),
    ).toEqual(["B5:D6", "F5"]);
  });
});
