// review-criteria.md C38: template residue where a target or a 三级 name belongs (`≥**%`, `XX`, `*`, `_`, `null`).
import { z } from "zod";
import { isSatisfactionLevel2 } from "../../form/catalogue";
import {
  exampleName,
  exampleValue,
  isBlockQuantified,
  isBlockRequired,
  requiredLevel2Set,
} from "../../form/requiredness";
import type { Level2Block } from "../../layout/model";
import { nameLeftover } from "../../values/placeholder";
import { optionsOf, type TableRule } from "../types";

const OPTIONS = z.object({
  tokens: z
    .array(z.string())
    .default(["*", "＊", "_", "＿", "null", "undefined", "X", "×"])
    .describe(
      "整格只写这些内容即视为模板残留（不区分大小写）。“**”“XX”“≥**%”等占位写法总会识别；“-”在本工具中按“不涉及”读，需要按一体化系统拒收“-”时可加入此表。",
    ),
});

export const placeholderValue: TableRule = {
  meta: {
    id: "placeholder-value",
    origin: "issue 10, review-criteria.md C38",
    severity: "error",
    category: "value",
    opinion: 2,
    scope: "table",
    options: OPTIONS,
    description:
      "指标值或三级指标名称仍是模板占位符（“**”“≥**%”“XX”“××”“*”“_”“null”等），没有写出本项目的内容；一体化系统保存时会拒收。",
    notes:
      "Judges whole cells: a value the parser reads as a placeholder (`≥**%`, `**元/人·月`, `XX`, `××`) or a value / 三级 name that is only one of the `tokens`; a name that is nothing but a placeholder (`**`, `≥**人`). A placeholder hint inside a real name (`游客满意度(≥**%)`) and the template's `*` before a name are value-unparseable's (info, with a fix that removes them). Error in required rows; warning in optional ones — where a row must be quantified by default (and so quantified-value-required would give an error) or is a satisfaction row (satisfaction-format's error), the row counts as required, so the rules that defer to this one (value-unparseable, quantified-value-required, satisfaction-format) never lose an error to a warning. `-` alone is an N/A marker in this tool (required-marked-na reports it in a required row); a policy can add it to `tokens`, and N/A values in required rows are still left to required-marked-na.",
    messageSeverity: { valueOptional: "warning", nameOptional: "warning" },
    messages: {
      value:
        "指标值“{{value}}”是模板占位符或导出残留，还没有填写本项目的目标值，系统保存时会被拒收。请把它换成实际的目标值，例如“{{example}}”。",
      valueOptional:
        "指标值“{{value}}”是模板占位符或导出残留，还没有填写本项目的目标值。请换成实际的目标值（例如“{{example}}”）；本项目不涉及此项的，三级指标栏写“不涉及”。",
      name: "三级指标“{{name}}”是模板占位符或导出残留，没有写出本项目的指标，系统保存时会被拒收。请写具体的指标名称，例如“{{example}}”。",
      nameOptional:
        "三级指标“{{name}}”是模板占位符或导出残留，没有写出本项目的指标。请写具体的指标名称（例如“{{example}}”）；本项目不涉及此项的，写“不涉及”。",
    },
  },
  check(ctx) {
    const { tokens } = optionsOf(OPTIONS, ctx);
    const lexicon = new Set(tokens.map((t) => t.trim().toLowerCase()).filter((t) => t !== ""));
    const isToken = (text: string): boolean => lexicon.has(text.trim().toLowerCase());
    const required = requiredLevel2Set(ctx.config.defaultRequired, ctx.generation);
    for (const b of ctx.table.level2) {
      const strict = isStrict(b, required);
      for (const ind of b.indicators) {
        const v = ind.value;
        const valueText = ind.valueText.trim();
        // an N/A marker in a required row is required-marked-na's
        const naInRequired = v.kind === "na" && strict;
        if (v.kind === "placeholder" || (!naInRequired && v.kind !== "empty" && isToken(valueText))) {
          ctx.report({
            at: ind.valueCell,
            messageId: strict ? "value" : "valueOptional",
            data: { value: valueText, example: exampleValue(b.name, ctx.year) },
          });
        }
        const name = ind.name.trim();
        const left = name ? nameLeftover(name) : null;
        if ((left !== null && left.clean === "") || (name !== "" && isToken(name))) {
          ctx.report({
            at: ind.nameCell,
            messageId: strict ? "name" : "nameOptional",
            data: { name, example: exampleName(b.name) },
          });
        }
      }
    }
  },
};

/** A row whose residue is an error: required, quantified by default, or a satisfaction row. */
function isStrict(b: Level2Block, required: ReadonlySet<NonNullable<Level2Block["name"]>>): boolean {
  if (isBlockRequired(b, required)) return true;
  if (isSatisfactionLevel2(b.name)) return true;
  return isBlockQuantified(b) && (b.annotation === null || b.annotation.required);
}
