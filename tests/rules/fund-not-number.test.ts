import { Grid } from "../../src/core/grid";
import { fundNotNumber } from "../../src/core/rules/document/fund-not-number";
import { ruleTester } from "../helpers/rule-tester";
import { tableRows } from "../helpers/table-builder";

/** The default table whose 年度资金总额 cell holds a formula error. */
function totalWithFormulaError(): Grid {
  const rows = tableRows().map((r, i) =>
    r.map((t, j) =>
      i === 5 && j === 2
        ? { value: { error: "#REF!" }, text: "#REF!", formula: "=Sheet2!A1" }
        : t === ""
          ? null
          : { value: t, text: t },
    ),
  );
  return new Grid({ sheet: "Sheet1", rows });
}

/** The default table whose fund cells hold stored numbers, as Excel keeps them. */
function numericFunds(): Grid {
  const rows = tableRows({ total: "343.183", fiscal: "343.183" }).map((r, i) =>
    r.map((t, j) =>
      i >= 5 && i <= 7 && j === 2 && t !== ""
        ? { value: Number(t), text: "" }
        : t === ""
          ? null
          : { value: t, text: t },
    ),
  );
  return new Grid({ sheet: "Sheet1", rows });
}

ruleTester(fundNotNumber, {
  valid: [
    { name: "clean table" },
    { name: "three decimals (L376 `343.183`)", tables: [{ total: "343.183", fiscal: "343.183" }] },
    { name: "stored numbers", grid: numericFunds() },
    { name: "empty 其他资金 is 0 (L12)", tables: [{ other: "" }] },
    { name: "`/` in 其他资金 is 0", tables: [{ other: "/" }] },
    { name: "an empty total is header-field-missing's", tables: [{ total: "" }] },
    {
      name: "a total of 0 beside 财政拨款 90 is fund-sum-mismatch's (S23)",
      tables: [{ total: "0", fiscal: "90", other: "" }],
    },
  ],
  invalid: [
    {
      name: "a word instead of a number",
      tables: [{ total: "五十" }],
      errors: [{ row: 6, messageId: "notNumber", cell: "C6", severity: "error" }],
    },
    {
      name: "`50万元` in the fund cell (info: strip the unit)",
      tables: [{ total: "10万元" }],
      errors: [{ row: 6, messageId: "withUnit", severity: "info", suggestions: ["10"] }],
    },
    {
      name: "yuan are converted to 万元",
      tables: [{ fiscal: "100,000元" }],
      errors: [{ row: 7, messageId: "withUnit", severity: "info", messageIncludes: "折算", suggestions: ["10"] }],
    },
    {
      name: "a formula error",
      grid: totalWithFormulaError(),
      errors: [{ row: 6, messageId: "formulaError", severity: "error", messageIncludes: "#REF!" }],
    },
    {
      name: "a zero total",
      tables: [{ total: "0", fiscal: "0", other: "0" }],
      errors: [{ row: 6, messageId: "notPositive" }],
    },
    {
      name: "a negative amount",
      tables: [{ total: "10", fiscal: "11", other: "-1" }],
      errors: [{ row: 8, messageId: "negative", cell: "C8" }],
    },
  ],
});
