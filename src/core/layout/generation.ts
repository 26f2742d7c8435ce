// Pass 5 — the template generation a table follows, from the labels it uses.
import { MOF2021_LEVEL2 } from "../form/catalogue";
import type { Generation, Indicator, Level1Label, Level2Block } from "./model";

export function detectGeneration(
  level1: ReadonlyArray<Level1Label>,
  level2: ReadonlyArray<Level2Block>,
  indicators: ReadonlyArray<Indicator>,
): Generation {
  const has2021 =
    level1.some((l) => l.name === "成本指标") || level2.some((b) => b.name !== null && MOF2021_LEVEL2.includes(b.name));
  const hasLegacy = level2.some((b) => b.name === "成本指标" && b.level1 === "产出指标");
  const legacyWith2021Names = hasLegacy && indicators.some((i) => MOF2021_LEVEL2.some((n) => i.name.includes(n)));
  if ((has2021 && hasLegacy) || legacyWith2021Names) return "mixed";
  return has2021 ? "mof-2021" : "legacy";
}
