// docs/policies.md is generated from the shipped policies (`npm run docs:rules` writes it with docs/rules.md).
import { COLUMN_ROLE_LABELS, HEADER_FIELD_DEFS } from "../form/catalogue";
import { policySettings } from "./index";
import type { Policy } from "./schema";

const SEV_ZH: Record<string, string> = { off: "关闭", error: "错误", warning: "警告", info: "提示" };
/** How the docs name the built-in vocabulary (form/na.ts): every policy has it. */
const NA_BUILT_IN = "内置写法（不涉及、不适用、暂无、无、/、— 等，及“本项目不适用此指标”一类句子）";

export function renderPolicyDocs(policies: ReadonlyArray<Policy>): string {
  const label = (f: string) => HEADER_FIELD_DEFS.find((d) => d.field === f)?.label ?? f;
  const out: string[] = [
    "# 审核策略 (Policies)",
    "",
    "<!-- Generated from src/core/policy/presets.ts by `npm run docs:rules`; do not edit by hand. -->",
    "",
    "策略是一个地区（一个审核机关）对绩效目标表的要求：哪些表头栏目必须有、哪些二级指标必填、哪些写法表示“不适用”、各条规则的阈值和严重程度。",
    "设置的优先顺序：内置默认 < 策略 < 工作簿中保存的设置 < 命令行（`--policy`、`--config`、`--rule`）或任务窗格中的修改。",
    "单位可以写自己的策略文件（JSON），用 `extends` 继承下列任一策略，只写与之不同的部分，例如：",
    "",
    "```json",
    '{ "extends": "hubei", "options": { "satisfaction-threshold": { "floor": 95 } }, "rules": { "duplicate-indicator": "off" } }',
    "```",
    "",
    '`naMarkers` 列出本地区表示“不适用”的写法，追加在内置写法和所继承策略的写法之后，例如 `"naMarkers": ["本项目暂不涉及该指标"]`：指标值写成这样的行按“不适用”检查（必填的二级指标仍要求填写）。',
    "",
  ];
  for (const p of policies) {
    const s = policySettings(p, policies);
    out.push(`## \`${p.id}\` — ${p.name}`, "");
    if (p.extends) out.push(`- 继承 (extends): \`${p.extends}\``);
    out.push(`- 来源 (source): ${p.source}`);
    out.push(`- 必须有的表头栏目: ${(s.requiredHeaderFields ?? []).map(label).join("、")}`);
    const columns = s.requiredColumns ?? [];
    out.push(
      `- 表样有此栏时必须填写的指标栏目: ${columns.length > 0 ? columns.map((c) => COLUMN_ROLE_LABELS[c]).join("、") : "无（表头标“*”的栏目仍按表样必填）"}`,
    );
    out.push(`- 未标注时必填的二级指标: ${(s.defaultRequired ?? []).join("、")}`);
    const na = s.naMarkers ?? [];
    out.push(
      `- 表示“不适用”的写法: ${NA_BUILT_IN}${na.length > 0 ? `；另加 ${na.map((w) => `“${w}”`).join("、")}` : ""}`,
    );
    const rules = Object.entries(s.rules ?? {});
    if (rules.length > 0)
      out.push(`- 规则严重程度: ${rules.map(([id, v]) => `\`${id}\` ${SEV_ZH[v] ?? v}`).join("；")}`);
    const options = Object.entries(s.options ?? {});
    if (options.length > 0)
      out.push(`- 规则选项: ${options.map(([id, o]) => `\`${id}\` ${JSON.stringify(o)}`).join("；")}`);
    out.push("");
  }
  return out.join("\n");
}
