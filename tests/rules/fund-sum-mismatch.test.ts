import { fundSumMismatch } from "../../src/core/rules/document/fund-sum-mismatch";
import { ruleTester } from "../helpers/rule-tester";
import { gridFromStrings } from "../../src/core/grid";
import { tableRows } from "../helpers/table-builder";

/** The default table with its fund block by source: 年度资金总额 then one line per source. */
const bySource = (total: string, sources: ReadonlyArray<[string, string]>) =>
  gridFromStrings(
    "Sheet1",
    tableRows({ total }).flatMap((r) =>
      r[1] === "其中:财政拨款"
        ? sources.map(([label, v], i) => ["", i === 0 ? `其中:${label}` : label, v])
        : r[1] === "其他资金"
          ? []
          : [r],
    ),
  );

ruleTester(fundSumMismatch, {
  valid: [
    { name: "clean table" },
    { name: "L420–422 `25 = 25 + 0`", tables: [{ total: "25", fiscal: "25", other: "0" }] },
    { name: "blank 其他资金 counts as 0 (L12)", tables: [{ total: "60", fiscal: "60", other: "" }] },
    { name: "three decimals (L376)", tables: [{ total: "343.183", fiscal: "343.183", other: "" }] },
    { name: "floating point: 0.1 + 0.2 = 0.3", tables: [{ total: "0.3", fiscal: "0.1", other: "0.2" }] },
    { name: "a word in a fund cell is fund-not-number's", tables: [{ total: "五十", fiscal: "50" }] },
    { name: "an empty total is header-field-missing's", tables: [{ total: "", fiscal: "10" }] },
    {
      name: "a block by source whose lines add up",
      grid: bySource("10", [
        ["中央资金", "6"],
        ["省级资金", "3"],
        ["上年结转", "1"],
      ]),
    },
  ],
  invalid: [
    {
      name: "a block by source whose lines do not add up",
      grid: bySource("10", [
        ["中央资金", "6"],
        ["市级资金", "3"],
      ]),
      errors: [{ row: 6, messageId: "sourcesMismatch", messageIncludes: "中央资金 6 + 市级资金 3", suggestions: [] }],
    },
    {
      name: "总额 0 with 财政拨款 90 (S23)",
      tables: [{ total: "0", fiscal: "90", other: "" }],
      errors: [
        { row: 6, messageId: "mismatch", cell: "C6", severity: "error", messageIncludes: "90", suggestions: [] },
      ],
    },
    {
      name: "other funds left out of the total",
      tables: [{ total: "10", fiscal: "8", other: "1" }],
      errors: [{ row: 6, messageId: "mismatch", suggestions: [] }],
    },
    {
      name: "a figure written with its unit is still summed",
      tables: [{ total: "10", fiscal: "8万元", other: "" }],
      errors: [{ row: 6, messageId: "mismatch", suggestions: [] }],
    },
  ],
});
