// docs/policies.md is generated from the shipped policies (`npm run docs:rules` writes it with docs/rules.md).
import { policySettings } from "./index";
import { headerFieldsText, naMarkersText, requiredColumnsText } from "./labels";
import type { Policy } from "./schema";

const SEV_ZH: Record<string, string> = { off: "关闭", error: "错误", warning: "警告", info: "提示" };

export function renderPolicyDocs(policies: ReadonlyArray<Policy>): string {
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
    out.push(`- 必须有的表头栏目: ${headerFieldsText(s.requiredHeaderFields ?? [])}`);
    out.push(`- 表样有此栏时必须填写的指标栏目: ${requiredColumnsText(s.requiredColumns ?? [])}`);
    out.push(`- 未标注时必填的二级指标: ${(s.defaultRequired ?? []).join("、")}`);
    out.push(`- 表示“不适用”的写法: ${naMarkersText(s.naMarkers ?? [])}`);
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
