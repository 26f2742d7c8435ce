// review-criteria.md C10: 暂不确定, 待定, 据实, 按实际 … written where the target belongs.
import { z } from "zod";
import { isSatisfactionLevel2 } from "../../form/catalogue";
import { exampleValue, isBlockQuantified } from "../../form/requiredness";
import type { Level2Block } from "../../layout/model";
import { optionsOf, type TableRule } from "../types";

const OPTIONS = z.object({
  words: z
    .array(z.string())
    .default([
      "暂不确定",
      "不确定",
      "待定",
      "待确定",
      "未确定",
      "暂定不了",
      "据实",
      "按实际",
      "根据实际",
      "以实际为准",
      "视情况",
      "看情况",
    ])
    .describe("指标值含有这些词语即视为没有给出目标值（如“暂不确定”“待定”“据实结算”“按实际发生”“视情况而定”）。"),
  maxLength: z
    .number()
    .int()
    .positive()
    .default(20)
    .describe("只判断不超过这么多字的指标值：更长的是说明文字，其中提到“按实际”不等于没有目标。"),
});

export const valueUndetermined: TableRule = {
  meta: {
    id: "value-undetermined",
    origin: "issue 10, review-criteria.md C10",
    severity: "warning",
    category: "value",
    opinion: 2,
    scope: "table",
    options: OPTIONS,
    description: "指标值写的是“暂不确定”“待定”“据实”“按实际”“视情况”等，没有给出预期目标值。",
    notes:
      "Judges short text values (qualitative or frequency, at most `maxLength` characters) that contain one of `words`; text with a figure (`≥95%(据实调整)`) has its target and is not judged. Warning; an error in a row that must be quantified (quantified-value-required would report the same cell as an error) or in a satisfaction row (satisfaction-format's error), so the rules that defer to this one never lose an error to a warning. The budget system's 定量（其他） option with a 指标值说明 (T3/T7) is the legitimate form of an undetermined target; the message points there.",
    messageSeverity: { undeterminedQuantified: "error" },
    messages: {
      undetermined:
        "指标值“{{value}}”没有给出目标：“{{word}}”不是预期目标值，自评时无法对照。请填写预期目标值，例如“{{example}}”；确实无法确定的，在指标值说明中写明测算口径。",
      undeterminedQuantified:
        "“{{level2}}”要求量化，指标值“{{value}}”没有给出目标：“{{word}}”不是预期目标值。请填写预期目标值，例如“{{example}}”；确实无法确定的，在指标值说明中写明测算口径。",
    },
  },
  check(ctx) {
    const { words, maxLength } = optionsOf(OPTIONS, ctx);
    const lexicon = words.map((w) => w.trim()).filter((w) => w !== "");
    for (const b of ctx.table.level2) {
      for (const ind of b.indicators) {
        const v = ind.value;
        // text with a figure (`≥95%(据实调整)`) names its target
        if (v.kind !== "qualitative" && v.kind !== "frequency") continue;
        const value = ind.valueText.trim();
        if (value.length > maxLength) continue;
        const word = lexicon.find((w) => value.includes(w));
        if (word === undefined) continue;
        ctx.report({
          at: ind.valueCell,
          messageId: isStrict(b) ? "undeterminedQuantified" : "undetermined",
          data: { value, word, level2: b.name ?? b.label.text.trim(), example: exampleValue(b.name, ctx.year) },
        });
      }
    }
  },
};

/** quantified-value-required's error rows (quantified, not marked 选填) and satisfaction rows. */
function isStrict(b: Level2Block): boolean {
  if (isSatisfactionLevel2(b.name)) return true;
  return isBlockQuantified(b) && (b.annotation === null || b.annotation.required);
}
