// rules.md §6 A7: one organisation, one spelling across the tables of a workbook.
import type { WorkbookRule } from "../types";
import type { ProjectTable, TextAt } from "../../layout/model";
import { headerKey, splitDeptCode } from "./util";

interface Occurrence {
  readonly table: ProjectTable;
  readonly at: TextAt;
  readonly key: string;
  readonly field: "主管部门" | "实施单位";
}

/** Names too short to identify an organisation on their own (`部`, `局`). */
const MIN_LEN = 2;

export const unitNameInconsistent: WorkbookRule = {
  meta: {
    id: "unit-name-inconsistent",
    severity: "info",
    category: "document",
    opinion: 11,
    scope: "workbook",
    description: "同一单位在工作簿各表中的写法应一致（如“区委组织部”“组织部”“中共中卫市沙坡头区委组织部”）。",
    notes:
      "Spellings are taken as one organisation when one ends with the other (`组织部` ⊂ `区委组织部` ⊂ `中共中卫市沙坡头区委组织部`); a short name that ends two unrelated long names is left alone. A name written after a budget code is identified by the code and not compared.",
    hasSuggestions: true,
    messages: {
      inconsistent:
        "{{field}}“{{text}}”与本工作簿其他表中同一单位的写法不一致（共 {{count}} 种写法：{{spellings}}）。建议统一写为“{{canonical}}”。",
      useCanonical: "改为“{{value}}”",
    },
  },
  check(ctx) {
    const occ: Occurrence[] = [];
    for (const t of ctx.tables) {
      const { isBlankOrNa } = ctx.analysisOf(t);
      const d = t.header.department?.value;
      if (d && !isBlankOrNa(d.text) && splitDeptCode(d.text).code === null)
        occ.push({ table: t, at: d, key: headerKey(d.text), field: "主管部门" });
      const u = t.header.implementingUnit?.value;
      if (u && !isBlankOrNa(u.text)) occ.push({ table: t, at: u, key: headerKey(u.text), field: "实施单位" });
    }
    const counts = new Map<string, number>();
    for (const o of occ) if (o.key.length >= MIN_LEN) counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
    const names = [...counts.keys()];
    if (names.length < 2) return;

    // a name that ends two names which are not themselves related (`组织部` of 区委/市委组织部) is ambiguous;
    // the longer names must form one suffix chain, which sorting by length checks in one pass
    const ambiguous = new Set(
      names.filter((s) => {
        const longer = names.filter((n) => n !== s && n.endsWith(s)).sort((a, b) => a.length - b.length);
        return longer.some((n, i) => i > 0 && !n.endsWith(longer[i - 1] ?? ""));
      }),
    );
    const byLength = names.filter((n) => !ambiguous.has(n)).sort((a, b) => b.length - a.length);
    const groupOf = new Map<string, string[]>();
    for (const longest of byLength) {
      if (groupOf.has(longest)) continue;
      const group = byLength.filter((n) => !groupOf.has(n) && longest.endsWith(n));
      for (const n of group) groupOf.set(n, group);
    }

    for (const o of occ) {
      const group = groupOf.get(o.key);
      if (!group || group.length < 2) continue;
      // the most frequent spelling wins; on a tie the fuller name
      const canonical = [...group].sort(
        (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || b.length - a.length,
      )[0];
      if (canonical === undefined || canonical === o.key) continue;
      const spellings = group.map((n) => `“${n}”${counts.get(n) ?? 0}处`).join("、");
      const at = { row: o.at.row, col: o.at.col };
      ctx.report(o.table, {
        at,
        messageId: "inconsistent",
        data: { field: o.field, text: o.at.text.trim(), count: group.length, spellings, canonical },
        suggest: [{ messageId: "useCanonical", data: { value: canonical }, cell: at, value: canonical }],
      });
    }
  },
};
