// How a policy's settings read in Chinese: one wording for docs/policies.md and the pane's settings panel.
import { COLUMN_ROLE_LABELS, HEADER_FIELD_DEFS, type HeaderField, type RequirableColumnRole } from "../form/catalogue";

/** The built-in N/A vocabulary (form/na.ts), which every policy has. */
export const NA_BUILT_IN_TEXT = "内置写法（不涉及、不适用、暂无、无、/、— 等，及“本项目不适用此指标”一类句子）";

export function headerFieldsText(fields: ReadonlyArray<HeaderField>): string {
  return fields.map((f) => HEADER_FIELD_DEFS.find((d) => d.field === f)?.label ?? f).join("、");
}

export function requiredColumnsText(columns: ReadonlyArray<RequirableColumnRole>): string {
  return columns.length > 0
    ? columns.map((c) => COLUMN_ROLE_LABELS[c]).join("、")
    : "无（表头标“*”的栏目仍按表样必填）";
}

export function naMarkersText(markers: ReadonlyArray<string>): string {
  return markers.length > 0 ? `${NA_BUILT_IN_TEXT}；另加 ${markers.map((w) => `“${w}”`).join("、")}` : NA_BUILT_IN_TEXT;
}
