// rules.md §6 E48: unit costs must not exceed the configured 预算支出标准 (the rule's `standards` option).
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";
import { CostStandardSchema } from "../../config";

const OPTIONS = z.object({
  standards: z.array(CostStandardSchema).default([]).describe("预算支出标准：三级指标名称含 match 时每单位金额的上限"),
});
import { stripSpaces, toHalfWidth } from "../../text";
import { trimNumber } from "./util";

export const costPerUnitOverStandard: TableRule = {
  meta: {
    id: "cost-per-unit-over-standard",
    severity: "info",
    category: "cost",
    opinion: 11,
    scope: "table",
    options: OPTIONS,
    description: "成本指标中的单位成本不得超过配置的预算支出标准（如培训费、会议费标准）。",
    notes:
      "Needs the rule's `standards` option; with none configured it reports nothing. A standard applies when its `match` text is in the 三级 name and its `per` equals the value's denominators (名/位 read as 人); ranges are judged by their upper end.",
    messages: {
      overStandard:
        "成本指标“{{name}}”的单位成本“{{value}}”（{{yuan}} 元/{{per}}）超过预算支出标准 {{max}} 元/{{per}}{{source}}。成本指标不得超出规定的预算支出标准设置目标值，请按标准填写，例如“≤{{max}}元/{{per}}”。",
    },
  },
  check(ctx) {
    const { standards } = optionsOf(OPTIONS, ctx);
    if (standards.length === 0) return;
    const prepared = standards.map((s) => ({ ...s, key: normalise(s.match), perKey: perKey(s.per.split(PER_SPLIT)) }));
    for (const t of ctx.analysis.cost.terms) {
      if (t.totalType) continue;
      const name = normalise(t.name);
      const per = perKey(t.per);
      const std = prepared.find((s) => name.includes(s.key) && s.perKey === per);
      if (!std || t.rate.hi <= std.maxYuan * (1 + 1e-9)) continue;
      const perText = std.per.replace(LEADING_SLASH, "");
      const max = trimNumber(std.maxYuan, 2);
      ctx.report({
        at: t.at,
        messageId: "overStandard",
        data: {
          name: t.name,
          value: t.text,
          yuan: trimNumber(t.rate.hi, 2),
          per: perText,
          max,
          source: std.source ? `（${std.source}）` : "",
        },
      });
    }
  },
};

const PER_SPLIT = /[/／]/;
const EACH = /^每/;
const LEADING_SLASH = /^\/+/;

function normalise(s: string): string {
  return stripSpaces(toHalfWidth(s));
}

/** [`名`, `每月`] → `人/月`. */
function perKey(per: ReadonlyArray<string>): string {
  return per
    .map((p) => normalise(p).replace(EACH, ""))
    .filter((p) => p.length > 0)
    .map((p) => (p === "名" || p === "位" ? "人" : p === "个月" ? "月" : p))
    .join("/");
}
