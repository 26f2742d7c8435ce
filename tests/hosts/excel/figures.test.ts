// Figures for the report (not assertions of speed): syncs per check and per edit, and bytes per request on a
// 1000-block sheet, for the read as it was (one request for the whole used range) and as it is (bands).
// Run: PTC_FIGURES=1 npx jest tests/hosts/excel/figures.test.ts
import * as fs from "fs";
import * as path from "path";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { Session } from "../../../src/taskpane/session";
import { FakeExcel } from "./fake-office";

const SEED = fs.readFileSync(path.join(__dirname, "../../fixtures/seed-2024.txt"), "utf8").replace(/^\uFEFF/, "");
const SEED_ROWS = SEED.split(/\r?\n/).map((l) => l.split("\t"));
/** 1008 project blocks. */
const BIG = Array.from({ length: 48 }, () => SEED_ROWS).flat();
const settle = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));

(process.env.PTC_FIGURES ? describe : describe.skip)("figures", () => {
  test("bytes per request and syncs, 1000 blocks", async () => {
    // before: the whole used range's values, texts, formats and types (and the sheet's conditional formats) in one request
    const old = new FakeExcel({ sheets: { Sheet1: BIG }, payloadLimit: Infinity });
    await old.run({}, async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load("name,id");
      const used = ws.getUsedRange(true);
      used.load("rowIndex,columnIndex,values,text,numberFormat,valueTypes");
      await ctx.sync();
    });
    const before = old.payloads.map((p) => p.response);

    const fake = new FakeExcel({ sheets: { Sheet1: BIG } });
    const host = new ExcelHost(fake.run, fake.isSetSupported, { onError: () => undefined });
    const timers: Array<() => void> = [];
    let changed: () => void = () => undefined;
    const rechecked = new Promise<void>((r) => (changed = r));
    const session = new Session(
      host,
      { report: (_r, why) => why === "change" && changed() },
      { setTimer: (f) => timers.push(f), clearTimer: () => undefined },
    );
    await session.start();
    const s0 = fake.syncCount;
    const p0 = fake.payloads.length;
    await session.check("button");
    const check = {
      syncs: fake.syncCount - s0,
      responses: fake.payloads.slice(p0).map((p) => p.response),
      requests: fake.payloads.slice(p0).map((p) => p.request),
    };
    const table = session.reports.get("Sheet1")?.tables[500];
    const s1 = fake.syncCount;
    const p1 = fake.payloads.length;
    fake.userEdit("Sheet1", (table?.area.top ?? 0) + 3, 1, "改过的内容");
    let done = false;
    void rechecked.then(() => (done = true));
    while (!done) {
      await settle();
      timers.splice(0).forEach((f) => f());
    }
    await settle(50);
    const edit = { syncs: fake.syncCount - s1, responses: fake.payloads.slice(p1).map((p) => p.response) };
    console.log(JSON.stringify({ blocks: session.reports.get("Sheet1")?.tables.length, before, check, edit }, null, 1));
    session.stop();
  }, 300000);
});
