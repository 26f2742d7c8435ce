// The one-table overview at the top of the text report: file → projects → grades → counts, so a reviewer sees
// which workbooks need attention before scrolling through the details.
import type { Severity } from "../../core/rules/types";
import { atLeast, type FileSummary } from "./summary";
import { visible } from "../render-text";

const HEAD = ["文件", "项目", "评级（优/良/中/差）", "错误", "警告", "提示", "审核策略"];
const SOURCE_ZH = { option: "命令行", workbook: "工作簿设置", default: "默认" } as const;

export function renderOverview(files: ReadonlyArray<FileSummary>, min: Severity = "info"): string {
  const show = atLeast(min);
  const rows: string[][] = [HEAD];
  for (const f of files) {
    if (f.error) {
      rows.push([visible(f.path), "—", `无法读取（${f.error.code}）`, "—", "—", "—", "—"]);
      continue;
    }
    const grades = { 优: 0, 良: 0, 中: 0, 差: 0 };
    const counts = { error: 0, warning: 0, info: 0 };
    let projects = 0;
    // from the projects' counts, so the overview needs no finding kept
    for (const s of f.sheets) {
      projects += s.projects.length;
      for (const p of s.projects) {
        grades[p.grade]++;
        counts.error += p.counts.error;
        counts.warning += p.counts.warning;
        counts.info += p.counts.info;
      }
    }
    const hidden = (sev: Severity): string => (show({ severity: sev }) ? String(counts[sev]) : "—");
    // the policy that judged the file, and where it came from (a workbook can carry the unit's own)
    const p = f.sheets.flatMap((s) => s.projects)[0]?.policy;
    const policy = p ? `${p.name}（${SOURCE_ZH[p.source]}）` : "—";
    // a path is the sender's text: control and bidi characters shown, never obeyed by the terminal
    rows.push([
      visible(f.path),
      String(projects),
      `${grades.优}/${grades.良}/${grades.中}/${grades.差}`,
      hidden("error"),
      hidden("warning"),
      hidden("info"),
      policy,
    ]);
  }
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ""))));
  const line = (r: string[]): string =>
    r
      .map((cell, c) => {
        const pad = " ".repeat((widths[c] ?? 0) - displayWidth(cell));
        return c === 0 || c === 2 || c === 6 ? cell + pad : pad + cell;
      })
      .join("  ")
      .trimEnd();
  const out = ["概览", line(rows[0] ?? HEAD), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)];
  if (min !== "info")
    out.push(`（按 --min-severity ${min} 只列出${min === "error" ? "错误" : "错误和警告"}；评级按全部问题计算）`);
  return `${out.join("\n")}\n\n`;
}

/** Terminal columns: CJK and full-width forms take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    w +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}
