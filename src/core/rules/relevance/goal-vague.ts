// review-criteria.md C2: the goal is 明确、清晰 — not built from vague verbs (进一步提高, 明显改善, 有效促进, 全面提升)
// without a measurable result (a number, a rate, a deadline or a named output). T11 calls it 模糊化.
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";
import { goalClauses, goalText, hasDeadline } from "../../analysis/goal";
import { toHalfWidth } from "../../text";

const OPTIONS = z.object({
  adverbs: z
    .array(z.string())
    .default(["进一步", "明显", "显著", "有效", "全面", "持续", "不断", "大力", "切实", "稳步", "逐步"])
    .describe("模糊的程度副词"),
  verbs: z
    .array(z.string())
    .default(["提高", "提升", "改善", "促进", "推进", "推动", "加强", "增强", "强化", "完善", "健全", "缓解", "优化"])
    .describe("紧跟在模糊副词后构成模糊表述的动词（如“进一步提高”“有效缓解”）"),
  outputVerbs: z
    .array(z.string())
    .default([
      "新建",
      "建成",
      "购买",
      "购置",
      "采购",
      "举办",
      "开设",
      "拍摄",
      "制作",
      "出版",
      "编制",
      "开发",
      "安装",
      "改造",
      "修缮",
    ])
    .describe("写明具体产出的动词（如“购买软件系统”）：目标含其一即视为有可衡量的结果"),
});

/** Quoted vague phrases at most. */
const LIST_MAX = 3;

export const goalVague: TableRule = {
  meta: {
    id: "goal-vague",
    origin: "issue 10, review-criteria.md C2",
    severity: "info",
    category: "relevance",
    opinion: 2,
    scope: "table",
    options: OPTIONS,
    defersTo: ["goal-is-work-list"],
    description:
      "年度总体目标应写明可衡量的结果（数量、比率、完成时限或具体产出），不能只有“进一步提高”“有效促进”等模糊表述。",
    notes:
      "Fires when the goal holds an adverb + verb phrase from the lexicons (`进一步强化`, `有效缓解`; 的/地 allowed between) and no measurable result: no quantity other than money (an amount is the input, not a result), no deadline (`2024年底`, `12月31日前`) and no output verb (`购买`, `举办` …). Reported once, on the goal cell; defers to goal-is-work-list, which says the same about a goal listing work items.",
    messages: {
      vague:
        "年度总体目标只用{{phrases}}等表述，没有写明可衡量的结果（数量、比率、完成时限或具体产出），评审无法据以考核。请写明本年度要完成的产出和达到的效果，例如“培训基层干部200人次，考核合格率≥95%，2024年12月31日前完成”。",
    },
  },
  check(ctx) {
    const { adverbs, verbs, outputVerbs } = optionsOf(OPTIONS, ctx);
    const t = ctx.table;
    const text = toHalfWidth(goalText(t));
    if (text.trim() === "") return;
    const clauses = goalClauses(t);
    const first = clauses[0];
    if (!first) return;
    if (clauses.some((c) => c.quantities.some((q) => q.family !== "money"))) return;
    if (hasDeadline(text) || outputVerbs.some((v) => text.includes(v))) return;
    // adverb + verb phrases in text order: `进一步强化`, `有效地缓解`
    const found: Array<{ at: number; phrase: string }> = [];
    for (const a of adverbs) {
      if (a === "") continue;
      for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + a.length)) {
        const rest = text.slice(i + a.length, i + a.length + 8);
        const sep = /^[的地]/.test(rest) ? rest.charAt(0) : "";
        const v = verbs.find((x) => x !== "" && rest.startsWith(x, sep.length));
        if (v !== undefined) found.push({ at: i, phrase: a + sep + v });
      }
    }
    if (found.length === 0) return;
    const phrases = [...new Set(found.sort((x, y) => x.at - y.at).map((f) => f.phrase))];
    const at = t.header.goal?.value ?? first.cell;
    ctx.report({
      at: { row: at.row, col: at.col },
      messageId: "vague",
      data: {
        phrases: phrases
          .slice(0, LIST_MAX)
          .map((p) => `“${p}”`)
          .join(""),
      },
    });
  },
};
