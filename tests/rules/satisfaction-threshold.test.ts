import { satisfactionThreshold } from "../../src/core/rules/benefit/satisfaction-threshold";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const row = indicatorRow("服务对象满意度指标");
const sat = (value: string): IndicatorRow[] =>
  withIndicator("服务对象满意度指标", ["满意度指标", "服务对象满意度指标 (必填量化)", "指标1: 参训学员满意度", value]);

ruleTester(satisfactionThreshold, {
  valid: [
    { name: "clean table" },
    { name: "seed values pass (L23 ≥95%)", tables: [{ indicators: sat("≥95%") }] },
    { name: "≥85% is above the default floor (L91)", tables: [{ indicators: sat("≥85%") }] },
    { name: "exactly at the floor", tables: [{ indicators: sat("≥80%") }] },
    { name: "a lower configured floor", config: { satisfactionFloor: 70 }, tables: [{ indicators: sat("≥75%") }] },
    { name: "per mille", tables: [{ indicators: sat("≥900‰") }] },
    { name: "a reverse operator is satisfaction-format's", tables: [{ indicators: sat("≤70%") }] },
    { name: "a non-percentage is satisfaction-format's", tables: [{ indicators: sat("满意") }] },
    {
      name: "100% outside 满意度 is not this rule's",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 培训考核合格率", "100%"]) }],
    },
  ],
  invalid: [
    {
      name: "below the floor (catalogue ≥75%)",
      tables: [{ indicators: sat("≥75%") }],
      errors: [{ row, messageId: "belowFloor", cell: `E${row}`, messageIncludes: "≥80%" }],
    },
    {
      name: "＝100% is info (catalogue)",
      tables: [{ indicators: sat("＝100%") }],
      errors: [{ row, messageId: "full", severity: "info", messageIncludes: "≥95%" }],
    },
    {
      name: "bare 100%",
      tables: [{ indicators: sat("100%") }],
      errors: [{ row, messageId: "full", severity: "info" }],
    },
    { name: "≥100%", tables: [{ indicators: sat("≥100%") }], errors: [{ row, messageId: "full", severity: "info" }] },
    {
      name: "a higher configured floor",
      config: { satisfactionFloor: 90 },
      tables: [{ indicators: sat("≥85%") }],
      errors: [{ row, messageId: "belowFloor", messageIncludes: "90%" }],
    },
    {
      name: "a range starting below the floor",
      tables: [{ indicators: sat("70%-90%") }],
      errors: [{ row, messageId: "belowFloor" }],
    },
    {
      name: "per mille below the floor",
      tables: [{ indicators: sat("≥750‰") }],
      errors: [{ row, messageId: "belowFloor" }],
    },
  ],
});
