// The WPS adapter and pages against what is unverified in WPS, at the fake's pessimistic defaults: the
// FormatConditions.Add form, ownership of conditional formats, workbook switches, the ribbon → pane signal,
// a late window.Application.
import { DEFAULT_SETTINGS } from "../../../src/hosts/host";
import type { EtApplication } from "../../../src/hosts/wps/et";
import { waitForApplication } from "../../../src/hosts/wps/application";
import {
  CHECK_SEQ_KEY,
  CHECK_SIGNAL_KEY,
  listenForCheckSignal,
  sendCheckSignal,
  type SignalEnv,
} from "../../../src/hosts/wps/ribbon-signal";
import { settingsFormula } from "../../../src/hosts/settings-codec";
import { WpsHost, type WpsHostOptions } from "../../../src/hosts/wps/wps-host";
import { Session } from "../../../src/taskpane/session";
import { sheetRows, withIndicator } from "../../helpers/table-builder";
import { FakeEt, type FakeEtInit } from "./fake-et";

function make(init: FakeEtInit = {}, options: WpsHostOptions = {}): { fake: FakeEt; host: WpsHost } {
  const fake = new FakeEt(init);
  const host = new WpsHost(fake.app as EtApplication, { onError: () => undefined, ...options });
  return { fake, host };
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
/** A table whose 时效 value lies before the budget year: one error finding. */
const BROKEN = sheetRows({
  indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 发放完成时间", "2023年底"]),
});

describe("conditional formats", () => {
  test("FormatConditions.Add with an undefined operator rejected: the explicit form is used, and kept", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [["a", "b"]] } });
    await host.setMarks("Sheet1", [{ row: 0, col: 0, severity: "error", snapshot: "a" }]);
    await host.setMarks("Sheet1", [{ row: 0, col: 1, severity: "error", snapshot: "b" }]);
    expect(fake.formatConditions("Sheet1").map((f) => f.formula1)).toEqual(['=AND(_PTC_ON,EXACT(B1,"b"))']);
    // the first call failed once; the second went straight to the form that works
    expect(fake.count("FormatConditions.Add")).toBe(3);
  });

  test("a bridge that accepts undefined gets the documented form", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [["a"]] }, undefinedArgs: "accepted" });
    await host.setMarks("Sheet1", [{ row: 0, col: 0, severity: "error", snapshot: "a" }]);
    expect(fake.count("FormatConditions.Add")).toBe(1);
  });

  test("a user's rule whose formula merely contains _PTC_ survives setMarks and 清除标注", async () => {
    const { fake, host } = make({ sheets: { Sheet1: [["a", "b"]] } });
    fake.addUserFormatCondition("Sheet1", "A1:B9", '=ISNUMBER(SEARCH("_PTC_",A1))', 255);
    fake.addUserFormatCondition("Sheet1", "A1:B9", "=AND(_PTC_ON,A1>5)", 255);
    await host.setMarks("Sheet1", [{ row: 0, col: 0, severity: "error", snapshot: "a" }]);
    await host.clearMarks();
    expect(fake.formatConditions("Sheet1").map((f) => f.formula1)).toEqual([
      '=ISNUMBER(SEARCH("_PTC_",A1))',
      "=AND(_PTC_ON,A1>5)",
    ]);
  });
});

describe("workbooks", () => {
  function twoBooks(): { fake: FakeEt; host: WpsHost } {
    const made = make({ sheets: { Sheet1: BROKEN }, bookName: "A.xlsx", otherBooks: { "B.xlsx": { Sheet1: BROKEN } } });
    // B switches marks off in its own settings
    made.fake.book("B.xlsx").names.push({
      name: "_PTC_SETTINGS",
      refersTo: settingsFormula({ ...DEFAULT_SETTINGS, marksOn: false, config: { year: 2024 } }),
      visible: false,
    });
    return made;
  }

  test("switching workbooks: B is checked with B's settings and A's marks stay in A", async () => {
    const { fake, host } = twoBooks();
    const session = new Session(host);
    await session.start();
    await session.check("button");
    const marksInA = fake.formatConditions("Sheet1").length;
    expect(marksInA).toBeGreaterThan(0);
    fake.userActivateBook("B.xlsx");
    await settle();
    await session.check("button");
    expect(session.settings.marksOn).toBe(false);
    expect(fake.book("B.xlsx").sheets[0]?.cfs).toEqual([]);
    expect(fake.book("A.xlsx").sheets[0]?.cfs.length).toBe(marksInA);
    session.stop();
  });

  test("a check of A that finishes after the switch writes nothing into B, and says so", async () => {
    const { fake, host } = twoBooks();
    const notices: Array<string | null> = [];
    let switched = false;
    const session = new Session(host, {
      notice: (n) => notices.push(n),
      // the user switches to B between the check's read of A and its mark write
      report: () => {
        if (!switched) fake.userActivateBook("B.xlsx");
        switched = true;
      },
    });
    await session.start();
    const r = await session.check("button");
    expect(r?.diagnostics.some((d) => d.ruleId === "time-outside-budget-year")).toBe(true);
    expect(notices).toContainEqual(expect.stringMatching(/工作簿已切换/));
    await settle();
    await settle();
    // nothing of A's went into B (B's own check, with B's settings, marks nothing)
    expect(fake.book("B.xlsx").sheets[0]?.cfs).toEqual([]);
    expect(fake.book("B.xlsx").names.map((n) => n.name)).toEqual(["_PTC_SETTINGS"]);
    expect(fake.book("A.xlsx").sheets[0]?.cfs).toEqual([]);
    session.stop();
  });
});

test("settings changed after a switch to another workbook are not saved into it", async () => {
  const { fake, host } = make({
    sheets: { Sheet1: BROKEN },
    bookName: "A.xlsx",
    otherBooks: { "B.xlsx": { Sheet1: BROKEN } },
  });
  const session = new Session(host);
  await session.start();
  await session.check("button");
  fake.userActivateBook("B.xlsx");
  await expect(session.updateSettings({ ...DEFAULT_SETTINGS, marksOn: false })).rejects.toMatchObject({
    code: "BOOK_CHANGED",
  });
  expect(fake.book("B.xlsx").names.some((n) => n.name === "_PTC_SETTINGS")).toBe(false);
  expect(fake.book("A.xlsx").names.some((n) => n.name === "_PTC_SETTINGS")).toBe(false);
  session.stop();
});

describe("the ribbon's 校验 reaches an open pane", () => {
  function env(): SignalEnv & { fire(key: string): void; tick(): void; store: Map<string, unknown> } {
    const store = new Map<string, unknown>();
    const listeners = new Set<(e: { key: string | null }) => void>();
    const intervals = new Set<() => void>();
    return {
      store,
      window: {
        addEventListener: (_t, f) => void listeners.add(f),
        removeEventListener: (_t, f) => void listeners.delete(f),
      },
      localStorage: { setItem: (k) => listeners.forEach((f) => f({ key: k })) },
      pluginStorage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
      setInterval: (f) => {
        intervals.add(f);
        return f;
      },
      clearInterval: (t) => void intervals.delete(t as () => void),
      fire: (key) => listeners.forEach((f) => f({ key })),
      tick: () => intervals.forEach((f) => f()),
    };
  }

  test("one refresh per ribbon check, whichever channel arrives (storage event, PluginStorage poll)", () => {
    const e = env();
    let n = 0;
    const off = listenForCheckSignal(e, () => n++);
    sendCheckSignal(e); // the storage event arrives …
    e.tick(); // … and the poll sees the same number
    expect(n).toBe(1);
    sendCheckSignal({ ...e, localStorage: null }); // no storage event: the poll finds it
    e.tick();
    expect(n).toBe(2);
    e.fire("something-else");
    expect([n, e.store.get(CHECK_SEQ_KEY)]).toEqual([2, 2]);
    off();
    sendCheckSignal(e);
    e.tick();
    expect(n).toBe(2);
    expect(CHECK_SIGNAL_KEY).toBe("ptc:check-request");
  });

  test("the pane's session refreshes its list on the ribbon's check without writing the marks again", async () => {
    const { fake, host } = make({ sheets: { Sheet1: BROKEN }, addon: true });
    const e = env();
    const paneHost = new WpsHost(fake.app as EtApplication, { onError: () => undefined, signals: e });
    const reasons: string[] = [];
    const pane = new Session(paneHost, { report: (_r, why) => reasons.push(why) });
    await pane.start();
    // the ribbon page: its own session, one press
    const ribbon = new Session(host);
    await ribbon.check("button");
    const adds = fake.count("FormatConditions.Add");
    sendCheckSignal(e);
    await settle();
    expect(reasons).toEqual(["ribbon"]);
    expect(fake.count("FormatConditions.Add")).toBe(adds);
    pane.stop();
  });
});

describe("large sheets", () => {
  test("an edit re-reads only the edited table's rows; the findings equal a full check's", async () => {
    const rows = [...BROKEN, [], ...BROKEN, [], ...BROKEN];
    const { fake, host } = make({ sheets: { Sheet1: rows } });
    const timers: Array<() => void> = [];
    const session = new Session(host, {}, { setTimer: (f) => timers.push(f), clearTimer: () => undefined });
    await session.start();
    const first = await session.check("button");
    const table = first?.tables[1];
    const origin = (await host.readActiveSheet()).origin;
    fake.log.length = 0;
    const name = table?.header.projectName?.value;
    fake.userEdit("Sheet1", (name?.row ?? 0) + origin.row, (name?.col ?? 0) + origin.col, "改过的项目");
    await settle();
    timers.splice(0).forEach((f) => f());
    await settle();
    expect(fake.count("Worksheet.UsedRange")).toBe(0);
    expect(fake.count("Range.Value2")).toBe(1);
    const viaPatch = session.reports.get("Sheet1")?.diagnostics.map((d) => `${d.ruleId}@${d.cell}`);
    const { check } = await import("../../../src/core/engine");
    expect(viaPatch).toEqual(check(await host.readActiveSheet()).diagnostics.map((d) => `${d.ruleId}@${d.cell}`));
    expect(session.reports.get("Sheet1")?.tables[1]?.header.projectName?.value?.text).toBe("改过的项目");
    session.stop();
  });
});

describe("a late window.Application", () => {
  test("the page waits for it instead of failing; gives up after the timeout", async () => {
    let app: object | undefined;
    let slept = 0;
    const sleep = async (ms: number): Promise<void> => {
      slept += ms;
      if (slept >= 300) app = { ok: true };
    };
    expect(await waitForApplication(() => app, 5000, 100, sleep)).toEqual({ ok: true });
    expect(slept).toBe(300);
    expect(
      await waitForApplication(
        () => undefined,
        500,
        100,
        async () => undefined,
      ),
    ).toBeNull();
  });
});
