// rules.md §6 F50: satisfaction targets below the configured floor (warning) or at 100% (info).
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";

const OPTIONS = z.object({
  floor: z.number().min(0).max(100).default(80).describe("满意度目标下限（%），低于此值给出警告"),
});
import { fmtNum } from "../../text";
import { isSatisfaction } from "./util";

export const satisfactionThreshold: TableRule = {
  meta: {
    id: "satisfaction-threshold",
    severity: "warning",
    category: "benefit",
    opinion: 11,
    scope: "table",
    options: OPTIONS,
    messageSeverity: { full: "info" },
    description: "服务对象满意度目标不应低于配置的下限（默认80%）；“＝100%”“≥100%”无法超额完成，作提示。",
    notes:
      "The floor is the `floor` option (a policy sets it: 宁夏 85, 湖北 and 湖南 90). Values above 100% are left to percent-out-of-range; reverse operators to satisfaction-format.",
    messages: {
      belowFloor:
        "满意度目标“{{value}}”低于{{floor}}%的下限，评审时通常会被退回。请写不低于下限的目标，例如“≥{{floor}}%”；确需更低的，请在申报说明中写明理由。",
      full: "满意度目标“{{value}}”要求100%满意，无法超额完成，一般也难以实现。请写可实现的目标，例如“{{example}}”。",
    },
  },
  check(ctx) {
    const { floor } = optionsOf(OPTIONS, ctx);
    const example = `≥${fmtNum(Math.min(99, Math.max(floor, 95)))}%`;
    for (const ind of ctx.table.indicators) {
      if (!isSatisfaction(ind)) continue;
      const v = ind.value;
      let low: number;
      let positive = true;
      if (v.kind === "quantity" && v.unit.family === "percent") {
        low = percentOf(v.number, v.unit.base);
        positive = v.op !== "<=" && v.op !== "<";
      } else if (v.kind === "range" && v.unit.family === "percent") {
        low = percentOf(Math.min(v.low, v.high), v.unit.base);
      } else continue;
      if (!positive || !Number.isFinite(low)) continue;
      const data = { value: ind.valueText.trim(), floor: fmtNum(floor), example };
      if (low < floor) ctx.report({ at: ind.valueCell, messageId: "belowFloor", data });
      else if (v.kind === "quantity" && low === 100) ctx.report({ at: ind.valueCell, messageId: "full", data });
    }
  },
};

/** ‰ is the only non-% member of the percent family. */
function percentOf(n: number, base: string): number {
  return base === "‰" ? n / 10 : n;
}
