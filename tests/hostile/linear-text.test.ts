// Issue 15: the money patterns run in linear time on hostile text. Names and goals of 32 767 characters (Excel's
// limit per cell) made of runs of digits, `%`, `,`, `年`, `≥` beside CJK text. Before the fix each such cell cost
// seconds (20 names: 51 s). No timer is asserted: each test yields between cells, so on quadratic code jest's
// own timeout stops it; the figures are in `npm run bench`.
import { moneyInText } from "../../src/core/rules/cost/money-in-quantity";
import { amountsIn } from "../../src/core/rules/document/goal-amount-mismatch";

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32767;
const RUNS = ["1", "%", ",", "年", "≥", "1,", "1.", "1年", "≥1", "1%", " ", "1 ", "12,345", "2024年", ",1", ".1"];

/** `run` repeated to fill a cell, between two CJK words. */
function hostile(run: string, cjk = "名称"): string {
  const body = run.repeat(Math.floor((MAX_CELL_CHARS - 2 * cjk.length) / run.length));
  return `${cjk}${body}${cjk}`;
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test("money-in-quantity: 20 names of 32 767 characters per run, none with money, are read in linear time", async () => {
  for (const run of RUNS) {
    for (let i = 0; i < 20; i++) {
      expect(moneyInText(hostile(run))).toBeNull();
      await tick();
    }
  }
}, 20000);

test("money-in-quantity still finds the money after a hostile run, and the same money as before", async () => {
  expect(moneyInText(`${hostile("1")}，其中5万元`)).toBe("5万元");
  expect(moneyInText(`${"1,".repeat(10000)}x,5万元`)).toBe("5万元");
  expect(moneyInText("等保测评4万元。")).toBe("4万元");
  expect(moneyInText("惠及5万人")).toBeNull();
  expect(moneyInText("12,345.5 元/人")).toBe("12,345.5元");
});

test("goal-amount-mismatch: goals of 32 767 characters per run are read in linear time", async () => {
  for (const run of RUNS) {
    for (let i = 0; i < 20; i++) {
      expect(amountsIn({ text: hostile(run, "目标"), row: 0, col: 0 })).toEqual([]);
      await tick();
    }
  }
}, 20000);

test("goal-amount-mismatch still finds the amounts around a hostile run", () => {
  const found = amountsIn({ text: `投入60万元，${hostile("1")}，另有24,000元`, row: 0, col: 0 }).map((a) => a.raw);
  expect(found).toEqual(["60万元", "24,000元"]);
});
