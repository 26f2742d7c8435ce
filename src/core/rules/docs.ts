// docs/rules.md is generated from rule metadata: one source of truth (markdownlint's doc-build).
import type { Rule } from "./types";
import { opinionLabel } from "./opinion";

const CATEGORY_TITLE: Record<string, string> = {
  document: "A. 表头与文档 (Document and header)",
  structure: "B. 指标结构 (Indicator structure)",
  value: "C. 指标值格式 (Value format)",
  time: "D. 时间 (Time)",
  cost: "E. 成本 (Cost)",
  benefit: "F. 效益与满意度 (Benefit and satisfaction)",
  hygiene: "G. 跨表与规范 (Cross-table and hygiene)",
  relevance: "H. 相关性与合理性 (Relevance and soundness — reviewer judgement support)",
};

const SEVERITY_ZH: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };

export function renderRuleDocs(rules: ReadonlyArray<Rule>): string {
  const out: string[] = [
    "# 规则一览 (Rule reference)",
    "",
    "<!-- Generated from rule metadata by `npm run docs:rules`; do not edit by hand. -->",
    "",
    `共 ${rules.length} 条规则。严重程度可在配置中逐条调整（\`--rule <id>=off|info|warning|error\`），也可单独调整某一条提示（\`--rule <id>/<messageId>=…\`）。`,
    "",
    "**修改建议的原则**：建议只规范写法——运算符（“95%以上”→“≥95%”）、单位（“60万”→“60万元”）、编号、标点、规范的标签和标题，或表样规定的固定选项（“不涉及”、延续性项目/新增项目），以及表格自身已确定的值（预算年度）。建议从不替填报人决定内容：不改目标值、金额、年份以外的数字，不代写指标名称、评价对象、实施单位或效果表述。凡需要判断的（目标金额与资金总额哪个对、区间取哪个值、定性表述怎样写），只报告问题、说明应怎样写，不给“一键修改”。",
    "",
  ];
  for (const [category, title] of Object.entries(CATEGORY_TITLE)) {
    const group = rules.filter((r) => r.meta.category === category);
    if (group.length === 0) continue;
    out.push(`## ${title}`, "");
    for (const r of group) {
      const m = r.meta;
      out.push(`### \`${m.id}\` — ${SEVERITY_ZH[m.severity]} (${m.severity})`, "");
      out.push(m.description, "");
      if (m.subIds && Object.keys(m.subIds).length > 0) {
        const subs = Object.entries(m.subIds).map(([id, sev]) => `\`${id}\` (${sev})`);
        out.push(`- 子规则 (sub-ids): ${subs.join(", ")}`);
      }
      out.push(`- 范围 (scope): ${m.scope === "workbook" ? "整个工作表 (workbook)" : "单个项目表 (table)"}`);
      if (m.hasSuggestions) out.push("- 可提出修改建议 (proposes fixes)");
      if (m.opinion !== undefined) out.push(`- 审核意见 (reviewer opinion): ${opinionLabel(m.opinion)}`);
      if (m.options) {
        const defaults = m.options.parse({}) as Record<string, unknown>;
        out.push("- 选项 (options, set by a policy or `options.<rule>.<name>`):");
        for (const [name, field] of Object.entries(m.options.shape)) {
          const about = (field as { description?: string }).description;
          out.push(`  - \`${name}\` = \`${JSON.stringify(defaults[name])}\`${about ? ` — ${about}` : ""}`);
        }
      }
      if (m.defersTo && m.defersTo.length > 0)
        out.push(`- 让位于 (defers to): ${m.defersTo.map((x) => `\`${x}\``).join(", ")}`);
      out.push("- 提示文本 (messages):");
      for (const [id, text] of Object.entries(m.messages)) {
        const sev = m.messageSeverity?.[id];
        out.push(`  - \`${id}\`${sev ? ` (${sev})` : ""}: ${text}`);
      }
      if (m.origin) out.push(`- 来源 (origin): ${m.origin}`);
      if (m.notes) out.push("", `> Note: ${m.notes}`);
      out.push("");
    }
  }
  return out.join("\n");
}
