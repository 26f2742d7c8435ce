import { indicatorHeaderMissing } from "../../src/core/rules/structure/indicator-header-missing";
import { gridFromStrings } from "../../src/core/grid";
import { ruleTester } from "../helpers/rule-tester";
import { tableRows, type TableSpec } from "../helpers/table-builder";

/** The default table with its header row (`绩效指标 | 一级指标 | …`, sheet row 10) replaced or removed. */
function withHeader(header: string[] | null, spec: TableSpec = {}) {
  const rows = tableRows(spec);
  const i = rows.findIndex((r) => r[0] === "绩效指标");
  if (header === null) rows.splice(i, 1);
  else rows[i] = header;
  return gridFromStrings("Sheet1", rows);
}

ruleTester(indicatorHeaderMissing, {
  valid: [
    { name: "clean table" },
    {
      name: "header row as in the seed (L14)",
      grid: withHeader(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]),
    },
    {
      name: "known header variants (三级指标名称, 目标值)",
      grid: withHeader(["绩效指标", "一级指标", "二级指标", "三级指标名称", "目标值"]),
    },
  ],
  invalid: [
    {
      name: "indicator rows pasted without the header row",
      grid: withHeader(null),
      errors: [{ row: 10, messageId: "missing", cell: "A10", messageIncludes: "一级指标 | 二级指标" }],
    },
    {
      name: "no header and no indicators at all",
      grid: withHeader(null, { indicators: [] }),
      errors: [{ row: 9, messageId: "noIndicators", cell: "A9" }],
    },
  ],
});
