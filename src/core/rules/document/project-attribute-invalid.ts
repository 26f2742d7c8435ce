// rules.md §6 A8: 项目属性 is 新增 or 延续 (in one of their accepted spellings), or a checkbox with one box ticked.
import type { TableRule } from "../types";
import { headerKey } from "./util";

/** 新增项目, 延续项目, 延续性项目, 上年延续性项目, 持续性项目, 新增性项目 (and the same without 项目). */
const VALID = /^(?:新增|上年延续|延续|持续)性?(?:项目)?$/;

const TICKED = "■☑☒✓✔√▣◼▇●✅";
const UNTICKED = "□☐口○◻▢";
/** A box character anywhere, or `口` used as a box right after an option (`新增性项目口`). */
const CHECKBOX = new RegExp(`[${TICKED}□☐○◻▢]|项目\\s*口`);
const MARK = new RegExp(`[${TICKED}${UNTICKED}]`, "g");

export const projectAttributeInvalid: TableRule = {
  meta: {
    id: "project-attribute-invalid",
    severity: "warning",
    category: "document",
    opinion: 11,
    scope: "table",
    description: "“项目属性”只能填“新增项目”或“延续（性）项目”；勾选框形式须且只须勾选一项。",
    hasSuggestions: true,
    messages: {
      invalid:
        "项目属性“{{text}}”不是规定的取值。请填写“延续性项目”（以前年度已批准、本年度继续安排的项目）或“新增项目”（本年度新增列入预算的项目）。",
      noneTicked: "项目属性“{{text}}”一项也没有勾选。请勾选“新增项目”或“延续性项目”中的一项（用■或√标记）。",
      severalTicked: "项目属性“{{text}}”勾选了 {{count}} 项。新增项目和延续项目只能二选一，请只保留一个勾选。",
      tickedInvalid: "项目属性“{{text}}”勾选的“{{option}}”不是规定的取值。请勾选“新增项目”或“延续性项目”。",
      use: "改为“{{value}}”",
    },
  },
  check(ctx) {
    const v = ctx.table.header.attribute?.value;
    if (!v || ctx.analysis.isBlankOrNa(v.text)) return;
    const at = { row: v.row, col: v.col };
    const text = v.text.trim();
    const key = headerKey(text);
    if (VALID.test(key)) return;
    const suggest = ["延续性项目", "新增项目"].map((value) => ({ messageId: "use", data: { value }, cell: at, value }));
    if (!CHECKBOX.test(key)) {
      ctx.report({ at, messageId: "invalid", data: { text }, suggest });
      return;
    }
    const ticked = tickedOptions(key);
    if (ticked.length === 0) ctx.report({ at, messageId: "noneTicked", data: { text }, suggest });
    else if (ticked.length > 1)
      ctx.report({ at, messageId: "severalTicked", data: { text, count: ticked.length }, suggest });
    else if (!VALID.test(ticked[0] ?? ""))
      ctx.report({ at, messageId: "tickedInvalid", data: { text, option: ticked[0] ?? "" }, suggest });
  },
};

/**
 * Options whose box is ticked. Boxes follow their option (`持续性项目■新增性项目口`) or precede it
 * (`☑延续项目□新增项目`); the text's first character tells which.
 */
function tickedOptions(key: string): string[] {
  const marks = Array.from(key.matchAll(MARK), (m) => ({ ch: m[0], at: m.index ?? 0 }));
  const out: string[] = [];
  if (marks.length === 0) return out;
  const before = (marks[0]?.at ?? -1) === 0;
  marks.forEach((m, i) => {
    if (!TICKED.includes(m.ch)) return;
    const option = before
      ? key.slice(m.at + 1, marks[i + 1]?.at ?? key.length)
      : key.slice(i > 0 ? (marks[i - 1]?.at ?? -1) + 1 : 0, m.at);
    out.push(option);
  });
  return out;
}
