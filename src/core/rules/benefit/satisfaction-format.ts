// rules.md §6 F49: a 服务对象满意度 value is a percentage with a positive or absent operator.
import type { TableRule, Suggestion } from "../types";
import type { ParsedValue } from "../../values/types";
import { opSymbol } from "../../values/parse";
import { fmtNum } from "../../text";
import { isSatisfaction } from "./util";

export const satisfactionFormat: TableRule = {
  meta: {
    id: "satisfaction-format",
    severity: "error",
    category: "benefit",
    opinion: 4,
    scope: "table",
    hasSuggestions: true,
    // template residue and 暂不确定 / 待定 are said precisely there, as errors in a satisfaction row too
    defersTo: ["placeholder-value", "value-undetermined"],
    description: "服务对象满意度指标值必须是百分比，运算符为正向（≥、>）或省略，例如“≥90%”。",
    notes:
      "Empty and 不涉及 values are left to required-marked-na / required-level3-missing, and percentage ranges or lists of percentages to range-value / compound-value, so one cell does not get two errors for one fault (a qualitative value such as `满意` is still reported, as the catalogue names it, although quantified-value-required reports it too). An explicit ＝ is accepted, as operator-direction treats it as positive; satisfaction-threshold reports ＝100%.",
    messages: {
      notPercent:
        "满意度指标“{{name}}”的指标值“{{value}}”不是百分比。满意度目标应写成带正向符号的百分比，例如“{{example}}”。",
      reverseOp:
        "满意度指标“{{name}}”的指标值“{{value}}”用了反向符号“{{op}}”，意思是满意度越低越好。满意度应为正向指标，请写成“{{example}}”。",
      qualitative: "满意度指标“{{name}}”的指标值“{{value}}”是文字描述，无法考核。请写成百分比目标，例如“{{example}}”。",
      suggestPercent: "改为“{{value}}”",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      if (!isSatisfaction(ind)) continue;
      const finding = classify(ind.value);
      if (!finding) continue;
      const example = finding.fix ?? "≥90%";
      const suggest: Suggestion[] = finding.fix
        ? [{ messageId: "suggestPercent", data: { value: finding.fix }, cell: ind.valueCell, value: finding.fix }]
        : [];
      ctx.report({
        at: ind.valueCell,
        messageId: finding.messageId,
        data: { name: ind.name || ind.raw, value: ind.valueText.trim(), op: finding.op ?? "", example },
        suggest,
      });
    }
  },
};

interface Finding {
  readonly messageId: "notPercent" | "reverseOp" | "qualitative";
  /** The value rewritten as a positive percentage, when the intent is clear. */
  readonly fix: string | null;
  readonly op?: string;
}

function classify(v: ParsedValue): Finding | null {
  switch (v.kind) {
    case "empty":
    case "na":
    case "error":
    case "placeholder": // `≥**%`: a template leftover, value-unparseable's
      return null;
    case "quantity": {
      if (v.unit.family === "percent") {
        if (v.op === "<=" || v.op === "<") {
          return { messageId: "reverseOp", fix: `≥${fmtNum(v.number)}${v.unit.base}`, op: opSymbol(v.op) };
        }
        return null;
      }
      return { messageId: "notPercent", fix: v.unit.family === "none" ? bareNumberFix(v.number) : null };
    }
    case "range":
      return v.unit.family === "percent" ? null : { messageId: "notPercent", fix: null };
    case "compound":
      return v.parts.every((p) => p.unit.family === "percent") ? null : { messageId: "notPercent", fix: null };
    case "qualitative":
      return { messageId: "qualitative", fix: null };
    default:
      return { messageId: "notPercent", fix: null };
  }
}

/** `90` → `≥90%`; `0.9` → `≥90%`. Other numbers have no clear reading. */
function bareNumberFix(n: number): string | null {
  if (n > 1 && n <= 100) return `≥${fmtNum(n)}%`;
  if (n > 0 && n <= 1) return `≥${fmtNum(n * 100)}%`;
  return null;
}
