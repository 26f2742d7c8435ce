// rules.md §6 B26: one 三级 cell holds several `指标N:`, or one value cell holds several values.
import type { TableRule } from "../types";
import { parseValue } from "../../values/parse";

/** `指标2:` anywhere in the cell (the leading prefix included). */
const PREFIX_G = /指标\s*[0-9０-９]+\s*[:：]/g;
const VALUE_SEP = /\s+/;
const VALUE_MAX = 120;

export const multipleIndicatorsInCell: TableRule = {
  meta: {
    id: "multiple-indicators-in-cell",
    severity: "error",
    category: "structure",
    opinion: 5,
    scope: "table",
    description: "一个三级指标单元格只能写一个指标，一个指标值单元格只能写一个值。",
    notes:
      "A value cell counts as holding several values only when it splits on white space into two or more parts that each parse as a quantity or range (`3600/人/每年 2400/人/每年`); `162个村、36个社区` stays with compound-value.",
    messages: {
      names:
        "三级指标单元格中写了{{count}}个指标（“{{raw}}”）{{valueNote}}。请拆成{{count}}行，每行一个三级指标和一个指标值，例如“指标1: {{first}} | {{firstValue}}”，下一行“指标2: …”。",
      values:
        "指标值单元格中写了{{count}}个值（“{{shown}}”），而三级指标只有一个。请拆成{{count}}行，每行一个三级指标和一个指标值，例如“指标1: … | {{firstValue}}”。",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      const names = (ind.raw.match(PREFIX_G) ?? []).length + (ind.prefix && !ind.prefix.colon ? 1 : 0);
      const values = valueParts(ind.valueText);
      const firstValue = values[0] ?? (ind.valueText.trim() || "…");
      if (names >= 2) {
        const first = ind.name.split(PREFIX_G)[0]?.trim() || ind.name.trim();
        const valueNote =
          values.length >= 2 ? `，指标值单元格中也写了${values.length}个值（“${ind.valueText.trim()}”）` : "";
        ctx.report({
          at: ind.nameCell,
          messageId: "names",
          data: { count: names, raw: shorten(ind.raw.trim()), valueNote, first: shorten(first), firstValue },
        });
      } else if (values.length >= 2) {
        ctx.report({
          at: ind.valueCell,
          messageId: "values",
          data: { count: values.length, shown: ind.valueText.trim(), firstValue },
        });
      }
    }
  },
};

/** The parts of a value cell when it is several quantities side by side; [] otherwise. */
function valueParts(text: string): string[] {
  // several short values side by side; a long text is prose, not a list of targets
  if (text.length > VALUE_MAX) return [];
  const parts = text
    .trim()
    .split(VALUE_SEP)
    .filter((p) => p !== "");
  if (parts.length < 2) return [];
  for (const p of parts) {
    const v = parseValue(p);
    if (v.kind !== "quantity" && v.kind !== "range") return [];
  }
  return parts;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
