// The help page's rule sections (help.html#rule-<id>, the pane's 为什么 links): rendered from the registry and the
// Chinese names, written into help.html by `UPDATE_HELP=1 npx jest tests/taskpane/help.test.ts`, which otherwise
// fails when a registered rule has no section.
import { opinionLabel } from "../core/rules/opinion";
import type { Rule, RuleCategory, Severity } from "../core/rules/types";
import { ruleName } from "./rule-names";

export const HELP_START = "<!-- rules:start (generated: UPDATE_HELP=1 npx jest tests/taskpane/help.test.ts) -->";
export const HELP_END = "<!-- rules:end -->";

const CATEGORY: Readonly<Record<RuleCategory, string>> = {
  document: "表头与文档",
  structure: "指标结构",
  value: "指标值格式",
  time: "时间",
  cost: "成本",
  benefit: "效益与满意度",
  relevance: "相关性与合理性",
  hygiene: "跨表与规范",
};
const SEVERITY: Readonly<Record<Severity, string>> = { error: "错误", warning: "警告", info: "提示" };

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function renderHelpRules(rules: ReadonlyArray<Rule>): string {
  const out: string[] = [HELP_START];
  for (const [cat, label] of Object.entries(CATEGORY) as Array<[RuleCategory, string]>) {
    const group = rules.filter((r) => r.meta.category === cat);
    if (group.length === 0) continue;
    out.push(`<h3>${esc(label)}</h3>`);
    for (const r of group) {
      const m = r.meta;
      const subs = Object.entries(m.subIds ?? {});
      out.push(`<section class="rule" id="rule-${esc(m.id)}">`);
      out.push(`<h4>${esc(ruleName(m.id))} <code>${esc(m.id)}</code></h4>`);
      out.push(`<p>${esc(m.description)}</p>`);
      const facts = [`默认严重程度：${SEVERITY[m.severity]}`];
      if (m.opinion !== undefined) facts.push(`审核意见：${esc(opinionLabel(m.opinion))}`);
      out.push(`<p class="facts">${facts.join(" · ")}</p>`);
      for (const [sub, sev] of subs)
        out.push(
          `<p class="sub" id="rule-${esc(sub)}">${esc(ruleName(sub))} <code>${esc(sub)}</code>：同一规则的细分问题，默认${SEVERITY[sev]}。</p>`,
        );
      out.push("</section>");
    }
  }
  out.push(HELP_END);
  return out.join("\n");
}
