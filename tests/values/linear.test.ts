// The value grammar's additions for real tables (placeholders, names' units and leftovers, stored operators,
// tolerances, date serials) read 32 767-character cells (Excel's limit) in linear time: they run on every value
// and every 三级 name while the clerk types. No timer is asserted (as in tests/hostile): each test yields between
// cells, so on quadratic code jest's own timeout stops it.
import { excelDateSerial } from "../../src/core/values/serial";
import { parseValue } from "../../src/core/values/parse";
import { nameLeftover } from "../../src/core/values/placeholder";
import { unitInName } from "../../src/core/values/units";
import { nameCore } from "../../src/core/analysis/indicator-name";

const MAX_CELL_CHARS = 32767;
/** Runs that make the new scans work hardest: placeholder runs, brackets before them, operators before them. */
const RUNS = [
  "*",
  "**",
  "(",
  "(**",
  "(**)",
  "≥",
  "≥**",
  "》",
  "》=",
  "《",
  "±",
  "X",
  "xX",
  "×",
  "1",
  "1 ",
  "44,561",
  "(亩",
  "亩)",
  "*a",
  "( ",
];

const fill = (run: string, tail: string): string =>
  run.repeat(Math.floor((MAX_CELL_CHARS - tail.length) / run.length)) + tail;
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test("values, names and names' units of 32 767 characters per run are read in linear time", async () => {
  for (const run of RUNS) {
    for (const tail of ["", "**%", "(亩)", "名称"]) {
      const s = fill(run, tail);
      for (let i = 0; i < 5; i++) {
        const v = parseValue(s, { name: s });
        excelDateSerial(v);
        nameLeftover(s);
        unitInName(s);
        nameCore(s);
        await tick();
      }
    }
  }
}, 20000);

test("after a hostile run the readings are still right", () => {
  expect(parseValue(fill("(", "≥**%")).kind).toBe("placeholder");
  expect(nameLeftover(`${fill("名", "")}(≥**%)`)?.text).toBe("(≥**%)");
  expect(unitInName(`${fill("(", "")}亩)`)?.base).toBe("亩");
  expect(unitInName(`${fill("(", "")}1亩)`)).toBeNull();
  expect(unitInName(`${fill("名", "")}(亩)`)?.base).toBe("亩");
});
