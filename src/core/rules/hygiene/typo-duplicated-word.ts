// rules.md §6 G58: a word typed twice (L64 `面试阶段费用费用`, L328 `沙坡头区2024年度沙坡头区…`).
import type { ReportDescriptor, TableRule } from "../types";
import type { CellPos, HeaderEntry } from "../../layout/model";

/** A 2–6 character unit written twice in a row; at least one character must be Chinese. */
const ADJACENT = /([\u4e00-\u9fffA-Za-z0-9]{2,6}?)\1/g;
const HAS_CJK = /[\u4e00-\u9fff]/;
/** `一步一步`, `一个一个`: reduplication that is meant. */
const MEANT_REPEAT = /^一/;
/** The place name a project or indicator name starts with (`沙坡头区`, `中卫市`). */
const PLACE_PREFIX = /^[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|区|县|旗|盟|镇|乡|街道)/;
const MIN_PLACE_LENGTH = 3;

export const typoDuplicatedWord: TableRule = {
  meta: {
    id: "typo-duplicated-word",
    severity: "info",
    category: "hygiene",
    opinion: 11,
    scope: "table",
    hasSuggestions: true,
    description: "文字中有重复的词（如“费用费用”，或项目名称中地名重复），多为录入错误。",
    notes:
      "Only two kinds of repeat are reported, to leave legitimate repetition alone (`支农、支教、支医`, a word used twice in a long sentence): a 2–6 character unit written twice with nothing between, and a leading place name (≥3 characters, ending in 省/市/区/县 …) that occurs again in a project or indicator name.",
    messages: {
      adjacent: "“{{text}}”中“{{word}}”连写了两遍，应为“{{fixed}}”。",
      place: "“{{text}}”中地名“{{word}}”重复出现，应为“{{fixed}}”。",
      suggestFix: "改为“{{fixed}}”",
    },
  },
  check(ctx) {
    const h = ctx.table.header;
    const report = ctx.report;
    const header: Array<HeaderEntry | null> = [h.projectName, h.department, h.implementingUnit, h.goal];
    for (const e of header) {
      if (!e?.value) continue;
      const at = { row: e.value.row, col: e.value.col };
      const found = adjacent(e.value.text, at, report);
      if (!found && e === h.projectName) placeRepeat(e.value.text, e.value.text, at, report);
    }
    for (const ind of ctx.table.indicators) {
      if (!adjacent(ind.raw, ind.nameCell, report)) placeRepeat(ind.raw, ind.name, ind.nameCell, report);
      if (ind.value.kind === "qualitative") adjacent(ind.valueText, ind.valueCell, report);
    }
  },
};

/** Reports the first doubled unit of a cell; true when one was found. */
function adjacent(text: string, at: CellPos, report: (d: ReportDescriptor) => void): boolean {
  for (const m of text.matchAll(ADJACENT)) {
    const word = m[1];
    if (!word || !HAS_CJK.test(word) || MEANT_REPEAT.test(word)) continue;
    const i = (m.index ?? 0) + word.length;
    const fixed = text.slice(0, i) + text.slice(i + word.length);
    send(report, at, "adjacent", text, word, fixed);
    return true;
  }
  return false;
}

/** `沙坡头区2024年度沙坡头区…`: the leading place name again later in the same name. */
function placeRepeat(cellText: string, name: string, at: CellPos, report: (d: ReportDescriptor) => void): void {
  const trimmed = name.trim();
  const m = PLACE_PREFIX.exec(trimmed);
  const word = m?.[0];
  if (!word || word.length < MIN_PLACE_LENGTH) return;
  const again = trimmed.indexOf(word, word.length);
  if (again < 0) return;
  // remove the second occurrence from the cell as written (it may carry an `指标1:` prefix)
  const offset = cellText.indexOf(trimmed);
  if (offset < 0) return;
  const i = offset + again;
  const fixed = cellText.slice(0, i) + cellText.slice(i + word.length);
  send(report, at, "place", cellText, word, fixed);
}

function send(
  report: (d: ReportDescriptor) => void,
  at: CellPos,
  messageId: string,
  text: string,
  word: string,
  fixed: string,
): void {
  const data = { text: text.trim(), word, fixed: fixed.trim() };
  report({ at, messageId, data, suggest: [{ messageId: "suggestFix", data, cell: at, value: fixed.trim() }] });
}
