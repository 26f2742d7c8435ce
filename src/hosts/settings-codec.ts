// Settings in the workbook: a hidden workbook name `_PTC_SETTINGS` whose formula is the JSON as string constants
// (="…"&"…", src/hosts/name-codec.ts). One codec for the Excel and the WPS adapter, so a workbook set up in
// Excel keeps its settings when a colleague opens it in WPS 表格, and the other way round.
import { ConfigSchema, type Config } from "../core/config";
import { decodeTextFormula, encodeTextFormula } from "./name-codec";
import { HostError, type Settings } from "./host";

export function settingsFormula(s: Settings): string {
  try {
    return encodeTextFormula(
      JSON.stringify({
        config: s.config,
        marksOn: s.marksOn,
        templateProfile: s.templateProfile,
        ...(s.hintMarks === undefined ? {} : { hintMarks: s.hintMarks }),
      }),
    );
  } catch {
    throw new HostError("HOST", "设置内容过长，无法保存到工作簿。请减少自定义的支出标准或规则设置后重试。");
  }
}

/** Settings from the name's formula; null for anything this add-in did not write (or a newer, unknown shape). */
export function settingsFromFormula(formula: unknown): Settings | null {
  if (typeof formula !== "string") return null;
  const text = decodeTextFormula(formula);
  if (text === null) return null;
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof o !== "object" || o === null) return null;
  const { config, marksOn, templateProfile, hintMarks } = o as Record<string, unknown>;
  if (typeof marksOn !== "boolean") return null;
  if (templateProfile !== "legacy" && templateProfile !== "mof-2021") return null;
  if (!ConfigSchema.safeParse(config ?? {}).success) return null;
  const base: Settings = { config: (config ?? {}) as Config, marksOn, templateProfile };
  return typeof hintMarks === "boolean" ? { ...base, hintMarks } : base;
}
