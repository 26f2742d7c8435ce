// review-criteria.md C3: the goal is not a list of work content — "形式化：…将一个项目的所有工作内容罗列出来作为目标，
// 但没有说明这些工作最终要达成什么效果" (T11). Heuristic of §2.3: most clauses open with a work verb and the goal
// states no number, rate or deadline.
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";
import { goalClauses, goalText, hasDeadline } from "../../analysis/goal";
import { toHalfWidth } from "../../text";

const OPTIONS = z.object({
  workVerbs: z
    .array(z.string())
    .default(["开展", "组织", "做好", "抓好", "落实", "保障", "推进", "加强", "实施", "完成…工作"])
    .describe("工作事项的开头动词；“完成…工作”表示以“完成”开头且分句中有“工作”"),
  minShare: z.number().min(0).max(1).default(0.7).describe("以工作动词开头的分句占比达到此值时提示（金额分句不计）"),
});

/** Words that may precede the verb: `并开展`, `积极组织`, `认真做好`. */
const LEAD_IN = /^(?:并且?|同时|积极|认真|切实|全力|扎实|继续|进一步|全面|及时)?/;
/** Quoted clause openings at most. */
const LIST_MAX = 3;

function opens(clause: string, entry: string): boolean {
  const s = toHalfWidth(clause).replace(LEAD_IN, "");
  const [head, tail] = entry.split("…");
  if (head === undefined || head === "" || !s.startsWith(head)) return false;
  return tail === undefined || tail === "" || s.slice(head.length).includes(tail);
}

export const goalIsWorkList: TableRule = {
  meta: {
    id: "goal-is-work-list",
    origin: "issue 10, review-criteria.md C3",
    severity: "info",
    category: "relevance",
    opinion: 2,
    scope: "table",
    options: OPTIONS,
    description: "年度总体目标不应只罗列工作内容（开展…、组织…、做好…），应写明这些工作要达成的结果。",
    notes:
      "Clauses as src/core/analysis/goal.ts splits them; clauses stating money (`经费10万元`) are the input and are not counted. Fires when at least `minShare` of the other clauses open with a work verb (after 并/积极/认真 …) and the goal has no quantity other than money and no deadline.",
    messages: {
      workList:
        "年度总体目标只罗列了工作内容（{{openings}}），没有说明这些工作要达到什么结果。请写明本年度的产出数量、质量或效果，例如“组织培训4期、培训200人次，考核合格率≥95%”。",
    },
  },
  check(ctx) {
    const { workVerbs, minShare } = optionsOf(OPTIONS, ctx);
    const t = ctx.table;
    const clauses = goalClauses(t);
    const first = clauses[0];
    if (!first) return;
    if (clauses.some((c) => c.quantities.some((q) => q.family !== "money"))) return;
    if (hasDeadline(goalText(t))) return;
    const counted = clauses.filter((c) => c.quantities.length === 0);
    if (counted.length === 0) return;
    const work = counted.filter((c) => workVerbs.some((v) => opens(c.text, v)));
    if (work.length === 0 || work.length < minShare * counted.length) return;
    const openings = work
      .slice(0, LIST_MAX)
      .map((c) => `“${c.text.length > 12 ? `${c.text.slice(0, 12)}…` : c.text}”`)
      .join("");
    const at = t.header.goal?.value ?? first.cell;
    ctx.report({ at: { row: at.row, col: at.col }, messageId: "workList", data: { openings } });
  },
};
